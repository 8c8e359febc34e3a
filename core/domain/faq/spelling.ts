// Typo tolerance: a word the articles never use is read as the closest word they do use, within one
// edit for short words and two for long ones (a swap of neighbours is one edit). Short words and
// numbers are left alone: "car" is not a typo of "card".

/** What the index knows, for spelling: the words articles use (besides the phrase table's). */
export interface KnownWords {
  has(word: string): boolean;
  /** Candidate corrections within two edits, with how many articles use each. */
  near(word: string): Iterable<[string, number]>;
}

/** Edits between two words (insert, delete, substitute, swap neighbours), or `limit + 1` past it. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const above = rows[i - 1] ?? [];
      let d = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (i > 0 && best > limit) return limit + 1;
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? limit + 1;
}

/** How many edits a word of this length may be off by: none below three letters, one up to seven. */
export function editsAllowed(length: number): number {
  if (length < 3) return 0;
  return length < 8 ? 1 : 2;
}

const sameLetters = (a: string, b: string) => a.length === b.length && [...a].sort().join("") === [...b].sort().join("");

/**
 * The known word this one is most likely a typo of: fewest edits, then two letters swapped (the most
 * common slip), then the word more articles use.
 * Short words are read only as a short function word ("waht", "whn") or with two letters swapped
 * ("jbo"), and a typo keeps its first letter (except one swap of the first two): "car" is not "card".
 */
export function correctWord(word: string, known: KnownWords, functionWords: KnownWords): string | null {
  const limit = editsAllowed(word.length);
  if (limit === 0 || /\d/.test(word)) return null;
  const pick = (pool: KnownWords, accept: (candidate: string) => boolean) => {
    let best: { word: string; distance: number; docs: number; swapped: boolean } | null = null;
    for (const [candidate, docs] of pool.near(word)) {
      const distance = editDistance(word, candidate, limit);
      if (distance > limit || !accept(candidate)) continue;
      if (candidate[0] !== word[0] && !(distance === 1 && sameLetters(candidate, word))) continue;
      const swapped = distance === 1 && sameLetters(candidate, word);
      if (
        !best ||
        distance < best.distance ||
        (distance === best.distance && (swapped > best.swapped || (swapped === best.swapped && docs > best.docs)))
      )
        best = { word: candidate, distance, docs, swapped };
    }
    return best?.word ?? null;
  };
  if (word.length <= 4) {
    // Three letters are too few to guess from: only swapped letters ("teh", "jbo") are read.
    const short = (candidate: string) => word.length === 4 || sameLetters(candidate, word);
    return pick(functionWords, short) ?? pick(known, short);
  }
  return pick(known, () => true);
}

/** Known words bucketed by length, so a correction looks only at words of a plausible length. */
export function knownWords(entries: Iterable<readonly [string, number]>): KnownWords {
  const docs = new Map<string, number>();
  const byLength = new Map<number, [string, number][]>();
  for (const [word, count] of entries) {
    docs.set(word, Math.max(count, docs.get(word) ?? 0));
  }
  for (const [word, count] of docs) {
    const bucket = byLength.get(word.length) ?? [];
    bucket.push([word, count]);
    byLength.set(word.length, bucket);
  }
  return {
    has: (word) => docs.has(word),
    *near(word) {
      for (let length = word.length - 2; length <= word.length + 2; length++) yield* byLength.get(length) ?? [];
    },
  };
}
