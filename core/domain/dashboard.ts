// Floor statistics as pure folds over ownership sessions: what a lead's charts show.
import * as v from "valibot";

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
const DAY = 86_400_000;

/** The [from, to) range in ms: whole UTC days, defaulting to the last 7 days including today. */
export function dashboardRange(query: DashboardQuery, now: number): { from: number; to: number } {
  const today = now - (now % DAY);
  const to = query.to ? Date.parse(`${query.to}T00:00:00Z`) + DAY : today + DAY;
  const from = query.from ? Date.parse(`${query.from}T00:00:00Z`) : to - 7 * DAY;
  return { from: Math.max(from, to - MAX_RANGE_DAYS * DAY), to };
}
