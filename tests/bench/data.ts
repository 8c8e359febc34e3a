// Data at scale: seed N lean customers into a libSQL file (timed), copy them into local D1, and
// time the repository calls (findCustomer, type-ahead by phone and by name, feed inserts) on
// both, beside raw libSQL on a bare table of as many rows.
import { join } from "node:path";
import { createClient } from "@libsql/client";
import { planSearch } from "../../core/domain/search";
import { createDatabase } from "../../db/client";
import { activityInsert } from "../../db/repositories/activity";
import { findCustomer, searchCustomers } from "../../db/repositories/customers";
import { northwindCustomerId } from "../../db/seed/fixtures";
import type { BenchConfig } from "./config";
import { loadD1FromLibsql, startD1Probe } from "./data-d1";
import { type RawResult, rawLibsqlBaseline } from "./data-raw";
import { atLeast, atMost, type Figure, figure } from "./report";
import { randomStream, type Summary, summarize } from "./stats";
import { bin, runCommand, tempDir } from "./support/process";

const ORG = "org_northwind";

interface Inputs {
  ids: string[];
  phones: string[];
  names: string[];
  feedCustomers: string[];
}

interface BackendResult {
  find: Summary;
  phone: Summary;
  name: Summary;
  insertsPerSecond: number;
  batchedInsertsPerSecond: number;
  floor?: Summary;
}

/** What a rep types: the first six digits of a real customer's number, the first three letters of a first name. */
async function sampleInputs(file: string, config: BenchConfig, random: () => number): Promise<Inputs> {
  const n = config.data.customers;
  const pick = () => northwindCustomerId(1 + Math.floor(random() * n));
  const ids = Array.from({ length: config.data.lookups }, pick);
  const client = createClient({ url: `file:${file}` });
  try {
    const sample = Array.from({ length: config.data.lookups }, pick);
    const rows = await client.execute({
      sql: `SELECT phone_digits, first_name FROM customers WHERE id IN (${sample.map(() => "?").join(",")})`,
      args: sample,
    });
    const phones = rows.rows.map((r) => String(r.phone_digits).slice(1, 7));
    const names = rows.rows.map((r) => String(r.first_name).slice(0, 3));
    return { ids, phones, names, feedCustomers: Array.from({ length: config.data.inserts }, pick) };
  } finally {
    client.close();
  }
}

async function timeEach(inputs: string[], fn: (input: string) => Promise<unknown>): Promise<Summary> {
  for (const input of inputs.slice(0, 30)) await fn(input);
  const samples: number[] = [];
  for (const input of inputs) {
    const t0 = performance.now();
    await fn(input);
    samples.push(performance.now() - t0);
  }
  return summarize(samples);
}

async function measureLibsql(file: string, inputs: Inputs): Promise<BackendResult> {
  const db = createDatabase({ LIBSQL_URL: `file:${file}` });
  const page = { limit: 21, offset: 0 };
  const find = await timeEach(inputs.ids, (id) => findCustomer(db, ORG, id));
  const phone = await timeEach(inputs.phones, (q) => searchCustomers(db, ORG, planSearch(q), page));
  const name = await timeEach(inputs.names, (q) => searchCustomers(db, ORG, planSearch(q), page));
  const started = performance.now();
  const row = (customerId: string, id: string) => ({
    id,
    orgId: ORG,
    customerId,
    kind: "note" as const,
    summary: "Bench feed insert",
    data: "{}",
    actorId: null,
    actorName: null,
    at: Date.now(),
  });
  let i = 0;
  for (const customerId of inputs.feedCustomers) await activityInsert(db, row(customerId, `act_bench_${i++}`));
  const insertsPerSecond = inputs.feedCustomers.length / ((performance.now() - started) / 1000);
  const batchStart = performance.now();
  for (let k = 0; k < inputs.feedCustomers.length; k += 100) {
    const [first, ...rest] = inputs.feedCustomers.slice(k, k + 100).map((c) => activityInsert(db, row(c, `act_bench_${i++}`)));
    if (first) await db.batch([first, ...rest]);
  }
  const batchedInsertsPerSecond = inputs.feedCustomers.length / ((performance.now() - batchStart) / 1000);
  return { find, phone, name, insertsPerSecond, batchedInsertsPerSecond };
}

async function measureD1(stateDir: string, inputs: Inputs): Promise<BackendResult> {
  const probe = await startD1Probe(stateDir);
  try {
    const warm = inputs.ids.slice(0, 30);
    await probe.run("find", warm);
    await probe.run("search", [...inputs.phones.slice(0, 30), ...inputs.names.slice(0, 30)]);
    const find = summarize((await probe.run("find", inputs.ids)).samples);
    const phone = summarize((await probe.run("search", inputs.phones)).samples);
    const name = summarize((await probe.run("search", inputs.names)).samples);
    const floor = summarize((await probe.run("select1", inputs.ids)).samples);
    const inserts = await probe.run("insert", inputs.feedCustomers, "d1");
    const batched = await probe.run("insert-batch", inputs.feedCustomers, "d1b");
    const perSecond = (ms: number) => inputs.feedCustomers.length / (ms / 1000);
    return { find, phone, name, floor, insertsPerSecond: perSecond(inserts.totalMs), batchedInsertsPerSecond: perSecond(batched.totalMs) };
  } finally {
    await probe.stop();
  }
}

function backendFigures(backend: string, r: BackendResult, raw: RawResult, n: string, timer = ""): Figure[] {
  const p99 = atMost(2, "ms");
  const fig = (name: string, s: Summary, base: Summary, baseName: string) => {
    const f = figure({
      family: "data",
      name: `${backend} ${name} p99 (${n})`,
      value: s.p99,
      unit: "ms",
      baseline: { name: `raw libSQL ${baseName} p99`, value: base.p99 },
      note: `p50 ${s.p50.toFixed(2)} ms${timer}`,
    });
    f.target = p99(f.value);
    return f;
  };
  const inserts = figure({
    family: "data",
    name: `${backend} feed inserts/s (activity_events, one per statement)`,
    value: r.insertsPerSecond,
    unit: "rows/s",
    baseline: { name: "raw libSQL single inserts", value: raw.insertsPerSecond },
  });
  inserts.target = atLeast(5000, "rows/s")(inserts.value);
  const batched = figure({
    family: "data",
    name: `${backend} feed inserts/s, 100 per batch (one commit each)`,
    value: r.batchedInsertsPerSecond,
    unit: "rows/s",
    baseline: { name: "raw libSQL, 100 per batch", value: raw.batchedInsertsPerSecond },
  });
  batched.target = atLeast(5000, "rows/s")(batched.value);
  const out = [
    fig("findCustomer", r.find, raw.lookup, "primary-key lookup"),
    fig("type-ahead, phone prefix", r.phone, raw.prefix, "indexed prefix"),
    fig("type-ahead, name prefix (FTS5)", r.name, raw.prefix, "indexed prefix"),
    inserts,
    batched,
  ];
  if (r.floor)
    out.push(
      figure({
        family: "data",
        name: `${backend} binding round trip (SELECT 1) p99, for context`,
        value: r.floor.p99,
        unit: "ms",
        note: `p50 ${r.floor.p50.toFixed(2)} ms${timer}`,
      }),
    );
  return out;
}

/** Raw libSQL on a bare table of as many rows: measured with the other baselines, before the product. */
export async function runDataBaseline(config: BenchConfig): Promise<RawResult> {
  return rawLibsqlBaseline(tempDir("tandem-bench-raw-"), config.data.customers, config.data, randomStream(1));
}

export async function runData(config: BenchConfig, raw: RawResult): Promise<{ figures: Figure[]; details: Record<string, unknown> }> {
  const n = config.data.customers;
  const label = `${n.toLocaleString("en-US")} customers`;
  const dir = tempDir("tandem-bench-data-");
  const random = randomStream(20_260_101);
  const file = join(dir, "tandem.db");
  process.stdout.write(`  seeding libSQL with ${label} (lean)\n`);
  const seedMs = await runCommand(bin("tsx"), [
    "db/seed/cli.ts",
    "--target",
    "libsql",
    "--url",
    `file:${file}`,
    "--customers",
    String(n),
    "--detail",
    "lean",
  ]);
  const inputs = await sampleInputs(file, config, random);
  process.stdout.write("  timing libSQL\n");
  const libsql = await measureLibsql(file, inputs);
  process.stdout.write("  loading D1 from the libSQL file\n");
  const d1State = join(dir, "d1");
  const load = await loadD1FromLibsql(d1State, file);
  process.stdout.write("  timing D1 (inside workerd)\n");
  const d1 = await measureD1(d1State, inputs);
  const figures: Figure[] = [
    figure({
      family: "data",
      name: `libSQL seed, ${label} (lean, db/seed/cli.ts)`,
      value: seedMs / 1000,
      unit: "s",
      baseline: { name: "raw libSQL bulk insert of as many bare rows", value: raw.loadMs / 1000 },
    }),
    figure({
      family: "data",
      name: `D1 load: migrate + copy the libSQL file (ATTACH), ${label}`,
      value: (load.migrateMs + load.copyMs) / 1000,
      unit: "s",
      note: `copy ${(load.copyMs / 1000).toFixed(1)} s`,
    }),
    ...backendFigures("libSQL", libsql, raw, label),
    ...backendFigures("D1", d1, raw, label, "; timed inside workerd, whose clock moves in 1 ms steps"),
  ];
  return { figures, details: { data: { customers: n, seedMs, load, raw, libsql, d1 } } };
}
