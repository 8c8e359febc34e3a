// The process monitor's dashboard query at scale: 90 days x 50 reps x 200 interactions a day per rep,
// generated like the demo seed (same bins, days and weeks), rolled up day by day into a libSQL file,
// copied into a fresh local D1 and timed inside workerd by the d1-probe Worker, beside a bare
// `SELECT count(*)` over the same rollup table in the same run. Every answer is checked: the step
// times a query summed must be exactly the ones seeded for that process.
import { join } from "node:path";
import { addDays } from "../../core/domain/org-time";
import type { ProcessVersion } from "../../core/domain/process-steps";
import { createDatabase, type Database } from "../../db/client";
import { migrateLibsql } from "../../db/migrate";
import { monitorBlocks, monitorSeries, monitorStepWeekly } from "../../db/schema";
import { historyInteractions, RollupRows } from "../../db/seed/monitor-history";
import { SEED_PROCESSES } from "../../db/seed/monitor-processes";
import { createRandom } from "../../db/seed/random";
import { loadD1FromLibsql, startD1Probe } from "./data-d1";
import { atMost, ErrorTally, type Figure, figure, withoutErrors } from "./report";
import { summarize, tail } from "./stats";
import { tempDir } from "./support/process";

export const MONITOR_SHAPE = { days: 90, reps: 50, teams: 5, perRepPerDay: 200 };
const ORG = "org_northwind";
const FIRST_DAY = "2026-06-01";

const versions: ProcessVersion[] = SEED_PROCESSES.map((p, position) => ({
  processId: `prc_bench_${p.key}`,
  processKey: p.key,
  name: p.name,
  position,
  version: 1,
  effectiveAt: 0,
  steps: p.steps,
}));

async function insertChunked(db: Database, rows: ReturnType<RollupRows["take"]>): Promise<void> {
  const per = 3_000;
  const chunks = <T>(list: T[]) => Array.from({ length: Math.ceil(list.length / per) }, (_, i) => list.slice(i * per, (i + 1) * per));
  const statements = [
    ...chunks(rows.series).map((part) => db.insert(monitorSeries).values(part)),
    ...chunks(rows.blocks).map((part) => db.insert(monitorBlocks).values(part)),
    ...chunks(rows.weekly).map((part) => db.insert(monitorStepWeekly).values(part)),
  ];
  const [first, ...rest] = statements;
  if (first) await db.batch([first, ...rest]);
}

/** Seeds the rollups; answers how many step times each process holds (what a right answer sums to). */
async function seedRollups(file: string): Promise<{ expected: Map<string, number>; interactions: number; rows: number; ms: number }> {
  const started = performance.now();
  const db = createDatabase({ LIBSQL_URL: `file:${file}` });
  await migrateLibsql(db);
  const reps = Array.from({ length: MONITOR_SHAPE.reps }, (_, i) => ({ staffId: `stf_m${i}`, teamId: `team_m${i % MONITOR_SHAPE.teams}` }));
  const plan = {
    orgId: ORG,
    timeZone: "America/New_York",
    firstDay: FIRST_DAY,
    days: MONITOR_SHAPE.days,
    weekdaysOnly: false,
    reps,
    perRepPerDay: MONITOR_SHAPE.perRepPerDay,
    customers: ["cus_0001"],
    versions,
    mix: { "inbound-payment": 5, "loan-servicing": 3, "personal-shopper": 2 },
    pace: (rep: { staffId: string }) => 0.8 + (Number(rep.staffId.slice(5)) % 7) * 0.1,
    rng: createRandom("bench-monitor", 90),
  };
  const expected = new Map<string, number>();
  let interactions = 0;
  let rows = 0;
  let day = "";
  const rollup = new RollupRows();
  const flush = async (through?: { day: string }) => {
    const taken = rollup.take(through);
    rows += taken.blocks.length;
    await insertChunked(db, taken);
  };
  // Days come in order: once a day is done, every block that ends on it is complete.
  for (const f of historyInteractions(plan, "b")) {
    if (f.day !== day && day !== "") await flush({ day });
    day = f.day;
    rollup.add(f);
    interactions++;
    expected.set(f.final.processId, (expected.get(f.final.processId) ?? 0) + f.final.steps.length);
  }
  await flush();
  return { expected, interactions, rows, ms: performance.now() - started };
}

export async function runMonitorData(samples: number): Promise<{ figures: Figure[]; details: Record<string, unknown> }> {
  const dir = tempDir("tandem-bench-monitor-");
  const file = join(dir, "monitor.db");
  process.stdout.write(
    `  seeding ${MONITOR_SHAPE.days} days x ${MONITOR_SHAPE.reps} reps x ${MONITOR_SHAPE.perRepPerDay} interactions a day\n`,
  );
  const seeded = await seedRollups(file);
  const d1State = join(dir, "d1");
  const load = await loadD1FromLibsql(d1State, file);
  const probe = await startD1Probe(d1State);
  const range = { from: FIRST_DAY, to: addDays(FIRST_DAY, MONITOR_SHAPE.days - 1) };
  try {
    const processes = Array.from({ length: samples }, (_, i) => versions[i % versions.length]?.processId ?? "");
    await probe.run("monitor", processes.slice(0, 9), "warm", { range });
    const dashboard = await probe.run("monitor", processes, "m", { range });
    const count = await probe.run("monitor-count", processes, "c");
    const errors = new ErrorTally();
    const right: number[] = [];
    processes.forEach((processId, i) => {
      const got = dashboard.counts?.[i];
      if (got === seeded.expected.get(processId)) right.push(dashboard.samples[i] ?? Number.NaN);
      else errors.add(got === -1 ? "cells and trend disagree" : "wrong number of step times");
    });
    const countErrors = new ErrorTally();
    for (const n of count.counts ?? []) if (n !== seeded.rows) countErrors.add("wrong row count");
    const query = summarize(right);
    const bare = summarize(count.samples);
    const q = tail(query);
    const b = tail(bare);
    const f = figure({
      family: "monitor",
      name: `dashboard query (cells + weekly trend), ${MONITOR_SHAPE.days} days, all teams, ${q.label}`,
      value: q.value,
      unit: "ms",
      errors: errors.of(processes.length),
      baseline: {
        name: `SELECT count(*) over monitor_blocks (${seeded.rows.toLocaleString()} rows), ${b.label}`,
        value: b.value,
        unit: "ms",
      },
      note: `p50 ${query.p50.toFixed(1)} ms (bare count p50 ${bare.p50.toFixed(1)} ms); ${seeded.interactions.toLocaleString()} interactions seeded; count errors ${countErrors.count}`,
    });
    f.target = withoutErrors(atMost(150, "ms")(f.value), f.errors);
    return {
      figures: [f],
      details: { monitorData: { seeded: { ...seeded, expected: Object.fromEntries(seeded.expected) }, load, query, bare } },
    };
  } finally {
    await probe.stop();
  }
}
