// Calendar days as numbered blocks, so a range of days sums a few blocks instead of every day: a day
// counts into one block per level (1, 2, 4 ... 64 days, aligned), and a range is covered by the
// fewest aligned blocks that fit inside it (at most two per level).

/** Blocks up to 2^6 = 64 days. */
export const MAX_BLOCK_LEVEL = 6;

/** Days since 1970-01-01 of a `YYYY-MM-DD` date (the org's calendar day). */
export function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}

export interface Block {
  level: number;
  start: number;
}

/** The block of each level a day belongs to. */
export function blocksOf(day: number): Block[] {
  return Array.from({ length: MAX_BLOCK_LEVEL + 1 }, (_, level) => ({
    level,
    start: day - (((day % 2 ** level) + 2 ** level) % 2 ** level),
  }));
}

/** Aligned blocks that exactly cover the days from `first` to `last` (both inclusive), in order. */
export function coverDays(first: number, last: number): Block[] {
  const blocks: Block[] = [];
  let day = first;
  while (day <= last) {
    let level = MAX_BLOCK_LEVEL;
    while (level > 0 && (day % 2 ** level !== 0 || day + 2 ** level - 1 > last)) level--;
    blocks.push({ level, start: day });
    day += 2 ** level;
  }
  return blocks;
}
