// Finished interactions made up for the demo and the bench, and the rollup rows they add up to (the
// same bins, days and weeks the room's records write), built in memory so they insert as few rows.
import { finalSteps } from "../../core/domain/interaction-steps";
import { addDays, startOfLocalDay, weekOf } from "../../core/domain/org-time";
import { type ProcessVersion, versionsInEffect } from "../../core/domain/process-steps";
import { binOf } from "../../core/domain/step-stats";
import type { FinishedInteraction } from "../repositories/monitor-records";
import type { Random } from "./random";

export interface HistoryRep {
  staffId: string;
  teamId: string;
}

export interface HistoryPlan {
  orgId: string;
  timeZone: string;
  /** The first day, `YYYY-MM-DD` in the org's zone, and how many days from it (weekends skipped when asked). */
  firstDay: string;
  days: number;
  weekdaysOnly: boolean;
  reps: HistoryRep[];
  perRepPerDay: number;
  customers: readonly string[];
  versions: readonly ProcessVersion[];
  /** How processes are mixed, by key. */
  mix: Record<string, number>;
  /** How much slower than reference a rep is at a step on a day (1 = reference). */
  pace: (rep: HistoryRep, processKey: string, stepKey: string, startedAt: number) => number;
  rng: Random;
}

/** A normal deviate (Box-Muller), for log-normal step times. */
function gaussian(rng: Random): number {
  const u = Math.max(rng.next(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.next());
}

function pickProcess(plan: HistoryPlan, versions: readonly ProcessVersion[]): ProcessVersion | undefined {
  const total = versions.reduce((sum, v) => sum + (plan.mix[v.processKey] ?? 0), 0);
  let roll = plan.rng.next() * total;
  for (const v of versions) {
    roll -= plan.mix[v.processKey] ?? 0;
    if (roll < 0) return v;
  }
  return versions[0];
}

export function* historyInteractions(plan: HistoryPlan, idPrefix: string): Generator<FinishedInteraction> {
  const { rng } = plan;
  let serial = 0;
  for (let d = 0; d < plan.days; d++) {
    const day = addDays(plan.firstDay, d);
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    if (plan.weekdaysOnly && (weekday === 0 || weekday === 6)) continue;
    const opens = startOfLocalDay(day, plan.timeZone) + 9 * 3_600_000;
    for (const rep of plan.reps) {
      for (let k = 0; k < plan.perRepPerDay; k++) {
        const startedAt = opens + Math.floor(((k + rng.next()) / plan.perRepPerDay) * 8 * 3_600_000);
        const inEffect = versionsInEffect(plan.versions, startedAt);
        const process = pickProcess(plan, inEffect);
        if (!process) continue;
        const perPlace = new Map<string, number>();
        for (const step of process.steps) {
          const seconds = step.referenceSeconds * plan.pace(rep, process.processKey, step.key, startedAt) * Math.exp(0.28 * gaussian(rng));
          perPlace.set(step.location, Math.max(1_000, Math.round(seconds) * 1000));
        }
        if (rng.chance(0.3)) perPlace.set("profile.notes", rng.int(5, 40) * 1000);
        const final = finalSteps(perPlace, inEffect);
        if (!final) continue;
        const activeMs = [...perPlace.values()].reduce((a, b) => a + b, 0);
        serial++;
        yield {
          id: `int_${idPrefix}${String(serial).padStart(8, "0")}`,
          orgId: plan.orgId,
          customerId: plan.customers[serial % plan.customers.length] ?? "",
          staffId: rep.staffId,
          teamId: rep.teamId,
          kind: rng.chance(0.8) ? "ownership" : "call",
          startedAt,
          endedAt: startedAt + activeMs + rng.int(20, 120) * 1000,
          endReason: "released",
          day,
          week: weekOf(day),
          final,
        };
      }
    }
  }
}

/** The daily and weekly rollups of many interactions, as rows. */
export class RollupRows {
  private daily = new Map<string, { n: number; total: number }>();
  private weekly = new Map<string, { n: number; total: number }>();

  add(f: FinishedInteraction): void {
    for (const step of f.final.steps) {
      const bin = binOf(step.seconds);
      bump(this.daily, [f.orgId, f.final.processId, f.teamId, f.staffId, step.key, bin, f.day].join("\u0000"), step.seconds);
      bump(this.weekly, [f.orgId, f.final.processId, step.key, f.week, bin, f.day, f.teamId].join("\u0000"), step.seconds);
    }
  }

  dailyRows() {
    return [...this.daily].map(([key, c]) => {
      const [orgId = "", processId = "", teamId = "", staffId = "", stepKey = "", bin = "0", day = ""] = key.split("\u0000");
      return { orgId, processId, teamId, staffId, stepKey, bin: Number(bin), day, n: c.n, total: c.total };
    });
  }

  weeklyRows() {
    return [...this.weekly].map(([key, c]) => {
      const [orgId = "", processId = "", stepKey = "", week = "", bin = "0", day = "", teamId = ""] = key.split("\u0000");
      return { orgId, processId, stepKey, week, bin: Number(bin), day, teamId, n: c.n, total: c.total };
    });
  }
}

function bump(map: Map<string, { n: number; total: number }>, key: string, seconds: number): void {
  const known = map.get(key);
  if (known) {
    known.n += 1;
    known.total += seconds;
  } else map.set(key, { n: 1, total: seconds });
}
