// Numbers as staff type them into free text: runs of digits ("groups") joined by separators
// ("gaps"), found once so every redaction rule reads the same digits the same way.

/**
 * Decimal digits people actually type: ASCII, Arabic-Indic and Eastern Arabic-Indic (Arabic,
 * Persian, Urdu keyboards) and full-width (CJK input methods). A card typed in any of them is
 * still a card.
 */
const DIGIT = "[0-9\\u0660-\\u0669\\u06F0-\\u06F9\\uFF10-\\uFF19]";
const DIGIT_ZEROS = [0x30, 0x660, 0x6f0, 0xff10];

/**
 * What people put between the digits of one number: spaces (also no-break and thin ones), tabs,
 * dots, dashes of every width, slashes, underscores, and invisible marks pasted from other apps
 * (direction marks around numbers in right-to-left text, zero-width spaces, byte-order marks).
 * Line breaks are not gaps: a number does not continue on the next line, a list does.
 */
const GAP_CHAR = "[ \\t\\u00A0\\u2007\\u202F._/\\\\\\-\\u2010-\\u2015\\u2212\\u200B-\\u200F\\u2060\\uFEFF]";

/** Up to this many separator characters still join two groups ("4000 - 0566", "4000    0566"). */
export const MAX_GAP = 4;

const CHAIN = new RegExp(`${DIGIT}+(?:${GAP_CHAR}{1,${MAX_GAP}}${DIGIT}+)*`, "g");
const GROUP = new RegExp(`${DIGIT}+`, "g");

export interface DigitGroup {
  /** UTF-16 offsets in the text, end exclusive. */
  start: number;
  end: number;
  /** The group's digits in ASCII. */
  digits: string;
}

export interface NumberChain {
  start: number;
  end: number;
  groups: DigitGroup[];
  /** gaps[i] is the text between groups[i] and groups[i + 1]. */
  gaps: string[];
  /** The gap before the first group, when the chain goes on from digits a rule left out. */
  before?: string;
}

function asciiDigit(char: string): string {
  const code = char.charCodeAt(0);
  for (const zero of DIGIT_ZEROS) if (code >= zero && code <= zero + 9) return String(code - zero);
  return char;
}

/** Every chain of digit groups in the text, in order. */
export function findNumberChains(text: string): NumberChain[] {
  const chains: NumberChain[] = [];
  for (const match of text.matchAll(CHAIN)) {
    const start = match.index;
    const groups: DigitGroup[] = [];
    for (const group of match[0].matchAll(GROUP)) {
      const groupStart = start + group.index;
      groups.push({ start: groupStart, end: groupStart + group[0].length, digits: Array.from(group[0], asciiDigit).join("") });
    }
    const gaps = groups.slice(1).map((group, i) => text.slice(groups[i]?.end, group.start));
    chains.push({ start, end: start + match[0].length, groups, gaps });
  }
  return chains;
}

/** The digits of groups first..last (inclusive) run together. */
export function digitsOf(chain: NumberChain, first: number, last: number): string {
  return chain.groups
    .slice(first, last + 1)
    .map((group) => group.digits)
    .join("");
}

/**
 * Whether groups first..last read as one number of their own inside a longer chain: the gaps to
 * the groups around them differ from every gap inside ("123-45-6789 / 555-0102" is two numbers,
 * "1-123-45-6789" is one).
 */
export function standsAlone(chain: NumberChain, first: number, last: number): boolean {
  const inner = new Set(chain.gaps.slice(first, last));
  const before = first === 0 ? chain.before : chain.gaps[first - 1];
  const after = chain.gaps[last];
  return (before === undefined || !inner.has(before)) && (after === undefined || !inner.has(after));
}
