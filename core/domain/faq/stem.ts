// The Porter (1980) stemmer: "payments", "paying" and "payment" meet at one term, on both sides of
// the search (what articles are indexed under, and what a caller says), so the index never has to.

const VOWELS = new Set(["a", "e", "i", "o", "u"]);

function consonant(word: string, i: number): boolean {
  const c = word[i] ?? "";
  if (VOWELS.has(c)) return false;
  if (c === "y") return i === 0 || !consonant(word, i - 1);
  return true;
}

/** m: how many vowel-consonant sequences the stem has ([C](VC)^m[V]). */
function measure(stem: string): number {
  let m = 0;
  let i = 0;
  while (i < stem.length && consonant(stem, i)) i++;
  while (i < stem.length) {
    while (i < stem.length && !consonant(stem, i)) i++;
    if (i >= stem.length) break;
    m++;
    while (i < stem.length && consonant(stem, i)) i++;
  }
  return m;
}

const hasVowel = (stem: string) => [...stem].some((_, i) => !consonant(stem, i));
const doubleConsonant = (w: string) => w.length >= 2 && w.at(-1) === w.at(-2) && consonant(w, w.length - 1);
/** Ends consonant-vowel-consonant, the last not w, x or y ("hop", not "snow"). */
function cvc(w: string): boolean {
  const n = w.length;
  if (n < 3 || !consonant(w, n - 1) || consonant(w, n - 2) || !consonant(w, n - 3)) return false;
  return !["w", "x", "y"].includes(w[n - 1] ?? "");
}

/** The longest listed suffix the word ends with; the rule applies only if its stem passes `ok`. */
function replaceSuffix(word: string, rules: readonly (readonly [string, string])[], ok: (stem: string) => boolean): string {
  let best: readonly [string, string] | null = null;
  for (const rule of rules) if (word.endsWith(rule[0]) && (!best || rule[0].length > best[0].length)) best = rule;
  if (!best) return word;
  const stem = word.slice(0, word.length - best[0].length);
  return ok(stem) ? stem + best[1] : word;
}

const STEP2: readonly (readonly [string, string])[] = [
  ["ational", "ate"],
  ["tional", "tion"],
  ["enci", "ence"],
  ["anci", "ance"],
  ["izer", "ize"],
  ["bli", "ble"],
  ["alli", "al"],
  ["entli", "ent"],
  ["eli", "e"],
  ["ousli", "ous"],
  ["ization", "ize"],
  ["ation", "ate"],
  ["ator", "ate"],
  ["alism", "al"],
  ["iveness", "ive"],
  ["fulness", "ful"],
  ["ousness", "ous"],
  ["aliti", "al"],
  ["iviti", "ive"],
  ["biliti", "ble"],
  ["logi", "log"],
];
const STEP3: readonly (readonly [string, string])[] = [
  ["icate", "ic"],
  ["ative", ""],
  ["alize", "al"],
  ["iciti", "ic"],
  ["ical", "ic"],
  ["ful", ""],
  ["ness", ""],
];
const STEP4 = [
  "al",
  "ance",
  "ence",
  "er",
  "ic",
  "able",
  "ible",
  "ant",
  "ement",
  "ment",
  "ent",
  "ou",
  "ism",
  "ate",
  "iti",
  "ous",
  "ive",
  "ize",
].map((s) => [s, ""] as const);

function step1(word: string): string {
  let w = word;
  if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("ies")) w = w.slice(0, -2);
  else if (!w.endsWith("ss") && w.endsWith("s")) w = w.slice(0, -1);

  if (w.endsWith("eed")) {
    if (measure(w.slice(0, -3)) > 0) w = w.slice(0, -1);
  } else {
    const suffix = w.endsWith("ed") ? "ed" : w.endsWith("ing") ? "ing" : null;
    if (suffix && hasVowel(w.slice(0, -suffix.length))) {
      w = w.slice(0, -suffix.length);
      if (w.endsWith("at") || w.endsWith("bl") || w.endsWith("iz")) w += "e";
      else if (doubleConsonant(w) && !["l", "s", "z"].includes(w.at(-1) ?? "")) w = w.slice(0, -1);
      else if (measure(w) === 1 && cvc(w)) w += "e";
    }
  }
  if (w.endsWith("y") && hasVowel(w.slice(0, -1))) w = `${w.slice(0, -1)}i`;
  return w;
}

function step4(word: string): string {
  const w = replaceSuffix(word, STEP4, (stem) => measure(stem) > 1);
  if (w !== word) return w;
  // "-ion" goes only after s or t ("adoption" -> "adopt", not "onion" -> "on").
  if (word.endsWith("ion")) {
    const stem = word.slice(0, -3);
    if (measure(stem) > 1 && (stem.endsWith("s") || stem.endsWith("t"))) return stem;
  }
  return word;
}

function step5(word: string): string {
  let w = word;
  if (w.endsWith("e")) {
    const stem = w.slice(0, -1);
    const m = measure(stem);
    if (m > 1 || (m === 1 && !cvc(stem))) w = stem;
  }
  if (measure(w) > 1 && doubleConsonant(w) && w.endsWith("l")) w = w.slice(0, -1);
  return w;
}

/** The stem of one lower-case word; words of one or two letters stay as they are. */
export function stem(word: string): string {
  if (word.length <= 2 || !/^[a-z]+$/.test(word)) return word;
  let w = step1(word);
  w = replaceSuffix(w, STEP2, (s) => measure(s) > 0);
  w = replaceSuffix(w, STEP3, (s) => measure(s) > 0);
  w = step4(w);
  return step5(w);
}
