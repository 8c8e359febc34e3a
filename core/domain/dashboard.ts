// Floor statistics as pure folds over ownership sessions: what a lead's charts show.
import * as v from "valibot";
import { addDays, dayBounds, localDate } from "./time-zone";

export interface SessionRow {
  staffId: string;
  staffName: string;
  startedAt: number;
  endedAt: number | null;
  startedBy: "request" | "takeover" | "handoff";
  waitedMs: number | null;
}

export interface FloorStats {
  /** One bucket per hour of the range that had any session start. */
  handledPerHour: { hour: number; accounts: number }[];
  averageHandleMs: number | null;
  handleByRep: { staffId: string; name: string; sessions: number; averageMs: number | null }[];
  handoffs: number;
  takeovers: number;
  averageHandoffWaitMs: number | null;
}

const HOUR = 3_600_000;

const mean = (values: number[]) => (values.length ? Math.round(values.reduce((a, b) => a + b, 0) / values.length) : null);

export function floorStats(sessions: readonly SessionRow[]): FloorStats {
  const perHour = new Map<number, number>();
  const byRep = new Map<string, { name: string; durations: number[]; sessions: number }>();
  const durations: number[] = [];
  const waits: number[] = [];
  let handoffs = 0;
  let takeovers = 0;
  for (const s of sessions) {
    const hour = s.startedAt - (s.startedAt % HOUR);
    perHour.set(hour, (perHour.get(hour) ?? 0) + 1);
    const rep = byRep.get(s.staffId) ?? { name: s.staffName, durations: [], sessions: 0 };
    rep.sessions += 1;
    if (s.endedAt !== null && s.endedAt >= s.startedAt) {
      durations.push(s.endedAt - s.startedAt);
      rep.durations.push(s.endedAt - s.startedAt);
    }
    byRep.set(s.staffId, rep);
    if (s.startedBy === "handoff") {
      handoffs += 1;
      if (s.waitedMs !== null) waits.push(s.waitedMs);
    }
    if (s.startedBy === "takeover") takeovers += 1;
  }
  return {
    handledPerHour: [...perHour.entries()].sort(([a], [b]) => a - b).map(([hour, accounts]) => ({ hour, accounts })),
    averageHandleMs: mean(durations),
    handleByRep: [...byRep.entries()]
      .map(([staffId, r]) => ({ staffId, name: r.name, sessions: r.sessions, averageMs: mean(r.durations) }))
      .sort((a, b) => b.sessions - a.sessions || a.name.localeCompare(b.name)),
    handoffs,
    takeovers,
    averageHandoffWaitMs: mean(waits),
  };
}

const IsoDateSchema = v.pipe(v.string(), v.isoDate("must be a date like 2026-11-23"));

export const DashboardQuerySchema = v.pipe(
  v.object({
    team: v.optional(v.pipe(v.string(), v.maxLength(64))),
    region: v.optional(v.pipe(v.string(), v.maxLength(64))),
    from: v.optional(IsoDateSchema),
    to: v.optional(IsoDateSchema),
  }),
  v.check((q) => !q.from || !q.to || q.from <= q.to, "`from` must not be after `to`"),
);
export type DashboardQuery = v.InferOutput<typeof DashboardQuerySchema>;

export const MAX_RANGE_DAYS = 92;

/**
 * The [from, to) range in ms: whole days of the org's time zone, defaulting to the last 7 days
 * including today, at most MAX_RANGE_DAYS; with the first and last day it covers (`YYYY-MM-DD`).
 */
export function dashboardRange(
  query: DashboardQuery,
  now: number,
  timeZone: string,
): { from: number; to: number; firstDay: string; lastDay: string } {
  const lastDay = query.to ?? localDate(now, timeZone);
  const earliest = addDays(lastDay, -(MAX_RANGE_DAYS - 1));
  const wanted = query.from ?? addDays(lastDay, -6);
  // ISO dates compare as text.
  const firstDay = wanted.localeCompare(earliest) < 0 ? earliest : wanted;
  return { from: dayBounds(firstDay, timeZone).start, to: dayBounds(lastDay, timeZone).end, firstDay, lastDay };
}
