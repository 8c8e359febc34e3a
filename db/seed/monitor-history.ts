// Finished interactions made up for the demo and the bench, and the rollup rows they add up to (the
// same bins, days and weeks the room's records write), built in memory so they insert as few rows.

import { blocksOf, dayNumber } from "../../core/domain/day-blocks";
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

/**
 * The rollups of many interactions, as rows (the same bins, blocks and weeks the room's records
 * write). Series get ids from `firstSeries` on; a bench adds interactions a day at a time and takes
 * each day's rows, since only blocks that end that day are complete (`take`).
 */
export class RollupRows {
  private readonly series = new Map<string, number>();
  private blocks = new Map<string, { n: number; total: number }>();
  private weekly = new Map<string, { n: number; total: number }>();
  private nextSeries: number;
  private newSeries: { id: number; orgId: string; processId: string; teamId: string; staffId: string; stepKey: string }[] = [];

  constructor(firstSeries = 1) {
    this.nextSeries = firstSeries;
  }

  add(f: FinishedInteraction): void {
    const day = dayNumber(f.day);
    for (const step of f.final.steps) {
      const bin = binOf(step.seconds);
      const key = [f.orgId, f.final.processId, f.teamId, f.staffId, step.key].join("\u0000");
      let id = this.series.get(key);
      if (id === undefined) {
        id = this.nextSeries++;
        this.series.set(key, id);
        this.newSeries.push({ id, orgId: f.orgId, processId: f.final.processId, teamId: f.teamId, staffId: f.staffId, stepKey: step.key });
      }
      for (const block of blocksOf(day)) bump(this.blocks, `${id}:${block.level}:${block.start}:${bin}`, step.seconds);
      bump(this.weekly, [f.orgId, f.final.processId, step.key, f.week, bin, f.teamId].join("\u0000"), step.seconds);
    }
  }

  /**
   * Rows to insert: new series, and the blocks (and weeks) that are complete. With `through`, only
   * blocks ending on or before that day and weeks before its week leave; the rest stay to grow.
   */
  take(through?: { day: string }) {
    const last = through ? dayNumber(through.day) : Number.POSITIVE_INFINITY;
    const week = through ? weekOf(through.day) : "9999";
    const series = this.newSeries;
    this.newSeries = [];
    const blocks: { series: number; level: number; start: number; bin: number; n: number; total: number }[] = [];
    for (const [key, c] of this.blocks) {
      const [id = 0, level = 0, start = 0, bin = 0] = key.split(":").map(Number);
      if (start + 2 ** level - 1 > last) continue;
      blocks.push({ series: id, level, start, bin, ...c });
      this.blocks.delete(key);
    }
    const weekly: {
      orgId: string;
      processId: string;
      stepKey: string;
      week: string;
      bin: number;
      teamId: string;
      n: number;
      total: number;
    }[] = [];
    for (const [key, c] of this.weekly) {
      const [orgId = "", processId = "", stepKey = "", w = "", bin = "0", teamId = ""] = key.split("\u0000");
      if (through && w >= week) continue;
      weekly.push({ orgId, processId, stepKey, week: w, bin: Number(bin), teamId, ...c });
      this.weekly.delete(key);
    }
    return { series, blocks, weekly };
  }
}

function bump(map: Map<string, { n: number; total: number }>, key: string, seconds: number): void {
  const known = map.get(key);
  if (known) {
    known.n += 1;
    known.total += seconds;
  } else map.set(key, { n: 1, total: seconds });
}
