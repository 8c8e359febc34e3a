// How step times read on the monitor's screens: minutes and seconds, and what a level means in words.
import type { Level } from "../../../../core/domain/step-stats";

/** "1:35" (minutes:seconds), "0:42"; a dash when there is nothing to show. */
export function mmss(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined) return "—";
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

export const LEVEL_TEXT: Record<Level, string> = {
  "under-min": "under the minimum",
  "on-target": "on target",
  "over-reference": "over the reference",
  drawdown: "past the maximum",
};

export const levelClass = (level: Level | null | undefined) => (level ? `level-${level}` : "level-none");
