// cus_0001's loyalty story, fixed so every loyalty tab has something to show on the demo's first
// call: a Gold member 4,150 points from Platinum, recent purchases and check-ins, three campaigns,
// rewards in every state, and promo claims that end in a lockout a rep can reset.
import { DAY } from "./bundle";

/** An attempt to claim a code, as the loyalty app reports it. */
export interface Attempt {
  typed: string;
  at: number;
  channel: "app" | "web" | "in_store";
}

const HOUR = 3_600_000;
const MIN = 60_000;

export const CUSTOMER_ONE_STORY = {
  /** Gold starts at 6,000 and Platinum at 12,000 (Northwind Rewards). */
  qualifyingPoints: 7_850,
  purchaseDays: [2, 9, 23, 41, 60, 75, 98, 130, 170, 210, 260, 330],
  checkinDays: [1, 3, 8, 12, 20, 45],
  campaigns: [
    { key: "spring", status: "converted" as const },
    { key: "gold", status: "engaged" as const },
    { key: "app", status: "targeted" as const },
  ],
  incentives: [
    { key: "double-furniture", status: "completed" as const, progress: 1 },
    { key: "three-visits", status: "activated" as const, progress: 2 },
    { key: "free-delivery", status: "offered" as const, progress: 0 },
  ],
  /** Indexes into loyalty-words.ts REWARDS. */
  rewards: [
    { index: 0, status: "redeemed" as const },
    { index: 1, status: "earned" as const },
    { index: 3, status: "expired" as const },
    { index: 2, status: "earned" as const },
  ],
  /**
   * What Maya typed into the promo box, decided by the rules: four claims, then refusals of every
   * kind (a second SPRING20, a third TECH10 in a day, an expired code, WEEKEND2X at 1 am), and five
   * guesses in eight minutes last night that locked her out.
   */
  attempts(anchor: number): Attempt[] {
    const day = (d: number, hourUtc: number) => anchor - d * DAY + hourUtc * HOUR;
    const guesses = ["SPRNG20", "SPRING2O", "SPRlNG20", "SPRING-20", "SPRING 20"];
    return [
      { typed: "TECH10", at: day(70, 15), channel: "app" },
      { typed: "TECH10", at: day(70, 17), channel: "app" },
      { typed: "TECH10", at: day(70, 19), channel: "app" },
      { typed: "LAYAWAY5", at: day(100, 16), channel: "web" },
      { typed: "SPRING20", at: day(20, 14), channel: "in_store" },
      { typed: "FREESHIP", at: day(8, 18), channel: "web" },
      { typed: "SPRING20", at: day(5, 15), channel: "app" },
      { typed: "WEEKEND2X", at: day(3, 5), channel: "app" },
      ...guesses.map((typed, i) => ({ typed, at: anchor - 3 * HOUR - (8 - i * 2) * MIN, channel: "app" as const })),
      { typed: "SPRING20", at: anchor - 2 * HOUR, channel: "app" },
    ];
  },
};
