// Data at scale: seed N lean customers into a libSQL file (timed), copy them into local D1, and
// time the repository calls (findCustomer, type-ahead by phone and by name, identifier look-ups,
// feed inserts) on both, beside raw libSQL on a bare table of as many rows. Every look-up's answer
// is checked (search-check.ts); only right answers are timed, the others are errors.
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
import { atLeast, atMost, type ErrorCount, ErrorTally, type Figure, figure, type Verdict, withoutErrors } from "./report";
import { checkSearch, type Hit, identifierSearches, KNOWN_SEARCHES, PAGE_LIMIT, type SearchInput } from "./search-check";
import { randomStream, type Summary, summarize, tail, tails } from "./stats";
import { bin, runCommand, tempDir } from "./support/process";

const ORG = "org_northwind";

interface Inputs {
  ids: string[];
  phones: SearchInput[];
  names: SearchInput[];
  identifiers: SearchInput[];
  feedCustomers: string[];
}

/** Right answers' latencies, and the answers that were wrong. */
interface Checked {
  latency: Summary;
  errors: ErrorCount;
}

interface BackendResult {
  find: Checked;
  phone: Checked;
  name: Checked;
  identifier: Checked;
  insertsPerSecond: number;
  batchedInsertsPerSecond: number;
  floor?: Summary;
}

/**
 * What a rep types: the first six digits of a real customer's number, the first three letters of a
 * first name, a loyalty number or external id; and the known customers of search-check.ts.
 */
async function sampleInputs(file: string, config: BenchConfig, random: () => number): Promise<Inputs> {
  const n = config.data.customers;
  const index = () => 1 + Math.floor(random() * n);
  const pick = () => northwindCustomerId(index());
  const ids = Array.from({ length: config.data.lookups }, pick);
  const known = (kind: SearchInput["kind"]) => KNOWN_SEARCHES.filter((s) => s.kind === kind);
  const client = createClient({ url: `file:${file}` });
  try {
    const sample = Array.from({ length: config.data.lookups }, pick);
    const rows = await client.execute({
      sql: `SELECT id, phone_digits, first_name FROM customers WHERE id IN (${sample.map(() => "?").join(",")})`,
      args: sample,
    });
    const drawn = (kind: "phone" | "name", query: (r: (typeof rows.rows)[number]) => string) =>
      rows.rows.map((r) => ({ query: query(r), expect: String(r.id), kind }));
    return {
      ids,
      phones: [...drawn("phone", (r) => String(r.phone_digits).slice(1, 7)), ...known("phone")],
      names: [...drawn("name", (r) => String(r.first_name).slice(0, 3)), ...known("name")],
      identifiers: [...identifierSearches(Array.from({ length: config.data.lookups }, index)), ...known("identifier")],
      feedCustomers: Array.from({ length: config.data.inserts }, pick),
    };
  } finally {
    client.close();
  }
}

/** Times each call (after a warm-up); a sample counts only when `check` accepts the answer. */
async function timeEach<I, T>(inputs: I[], fn: (input: I) => Promise<T>, check: (input: I, answer: T) => Verdict): Promise<Checked> {
  for (const input of inputs.slice(0, 30)) await fn(input);
  const samples: number[] = [];
  const errors = new ErrorTally();
  for (const input of inputs) {
    const t0 = performance.now();
    const answer = await fn(input);
    const ms = performance.now() - t0;
    const verdict = check(input, answer);
    if (verdict === true) samples.push(ms);
    else errors.add(verdict);
  }
  return { latency: summarize(samples), errors: errors.of(inputs.length) };
}

/** Keeps the probe's per-call samples whose answers are right. */
function checkedSamples<I>(inputs: I[], run: { samples: number[]; answers?: Hit[][] }, check: (input: I, hits: Hit[]) => Verdict): Checked {
  const samples: number[] = [];
  const errors = new ErrorTally();
  inputs.forEach((input, i) => {
    const verdict = check(input, run.answers?.[i] ?? []);
    if (verdict === true) samples.push(run.samples[i] ?? Number.NaN);
    else errors.add(verdict);
  });
  return { latency: summarize(samples), errors: errors.of(inputs.length) };
}

const foundById = (id: string, hits: readonly { id: string }[]): Verdict =>
  hits.length === 1 && hits[0]?.id === id ? true : hits.length === 0 ? "findCustomer: not found" : "findCustomer: another customer";

async function measureLibsql(file: string, inputs: Inputs): Promise<BackendResult> {
  const db = createDatabase({ LIBSQL_URL: `file:${file}` });
  const page = { limit: PAGE_LIMIT, offset: 0 };
  const search = (input: SearchInput) => searchCustomers(db, ORG, planSearch(input.query), page).then((r) => r.hits);
  const find = await timeEach(
    inputs.ids,
    (id) => findCustomer(db, ORG, id),
    (id, row) => foundById(id, row ? [row] : []),
  );
  const phone = await timeEach(inputs.phones, search, checkSearch);
  const name = await timeEach(inputs.names, search, checkSearch);
  const identifier = await timeEach(inputs.identifiers, search, checkSearch);
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
  return { find, phone, name, identifier, insertsPerSecond, batchedInsertsPerSecond };
}

async function measureD1(stateDir: string, inputs: Inputs): Promise<BackendResult> {
  const probe = await startD1Probe(stateDir);
  try {
    const queries = (list: SearchInput[]) => list.map((s) => s.query);
    await probe.run("find", inputs.ids.slice(0, 30));
    await probe.run("search", queries([...inputs.phones.slice(0, 30), ...inputs.names.slice(0, 30)]));
    const find = checkedSamples(inputs.ids, await probe.run("find", inputs.ids), foundById);
    const searched = async (list: SearchInput[]) => checkedSamples(list, await probe.run("search", queries(list)), checkSearch);
    const phone = await searched(inputs.phones);
    const name = await searched(inputs.names);
    const identifier = await searched(inputs.identifiers);
    const floor = summarize((await probe.run("select1", inputs.ids)).samples);
    const inserts = await probe.run("insert", inputs.feedCustomers, "d1");
    const batched = await probe.run("insert-batch", inputs.feedCustomers, "d1b");
    const perSecond = (ms: number) => inputs.feedCustomers.length / (ms / 1000);
    return {
      find,
      phone,
      name,
      identifier,
      floor,
      insertsPerSecond: perSecond(inserts.totalMs),
      batchedInsertsPerSecond: perSecond(batched.totalMs),
    };
  } finally {
    await probe.stop();
  }
}

function backendFigures(backend: string, r: BackendResult, raw: RawResult, n: string, inserted: number, timer = ""): Figure[] {
  // A failed insert or SELECT 1 throws and stops the run: a figure that exists had none.
  const none = (of: number) => ({ count: 0, of });
  const p99 = atMost(2, "ms");
  const fig = (name: string, s: Checked, base: Summary, baseName: string) => {
    const t = tails(s.latency, base);
    const f = figure({
      family: "data",
      name: `${backend} ${name} ${t.label} (${n})`,
      value: t.value,
      unit: "ms",
      errors: s.errors,
      baseline: { name: `raw libSQL ${baseName} ${t.label}`, value: t.baseline },
      note: `p50 ${s.latency.p50.toFixed(2)} ms${timer}`,
    });
    f.target = withoutErrors(p99(f.value), s.errors);
    return f;
  };
  const inserts = figure({
    errors: none(inserted),
    family: "data",
    name: `${backend} feed inserts/s (activity_events, one per statement)`,
    value: r.insertsPerSecond,
    unit: "rows/s",
    baseline: { name: "raw libSQL single inserts", value: raw.insertsPerSecond },
  });
  inserts.target = atLeast(5000, "rows/s")(inserts.value);
  const batched = figure({
    errors: none(inserted),
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
    fig("loyalty number / external id / known customer look-up", r.identifier, raw.prefix, "indexed prefix"),
    inserts,
    batched,
  ];
  if (r.floor) {
    const t = tail(r.floor);
    out.push(
      figure({
        family: "data",
        name: `${backend} binding round trip (SELECT 1) ${t.label}, for context`,
        errors: none(r.floor.n),
        value: t.value,
        unit: "ms",
        note: `p50 ${r.floor.p50.toFixed(2)} ms${timer}`,
      }),
    );
  }
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
    ...backendFigures("libSQL", libsql, raw, label, inputs.feedCustomers.length),
    ...backendFigures("D1", d1, raw, label, inputs.feedCustomers.length, "; timed inside workerd, whose clock moves in 1 ms steps"),
  ];
  return { figures, details: { data: { customers: n, seedMs, load, raw, libsql, d1 } } };
}
