// `npm run bench [-- --quick]`: baselines first, then the product, on the same machine and run.
// Writes bench-results/<stamp>-<mode>.{md,json} and latest.{md,json}; missed targets are reported,
// not fatal: the exit code is non-zero only when a benchmark crashed.
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, freemem, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { type LoadResult, runApi, runApiBaseline } from "./api";
import { configFor } from "./config";
import { runData, runDataBaseline } from "./data";
import { runDeskBaseline, runDeskLive, runDeskQueue } from "./desk";
import { type DoBaseline, runDoBaseline, startBaselineWorker } from "./do-baseline";
import { runFaq } from "./faq";
import { runFloor } from "./floor";
import { type IntegrationBaselines, runIntegrations, runIntegrationsBaseline } from "./integrations";
import { runLoyaltyApi } from "./loyalty";
import { runLoyaltyNearby } from "./loyalty-nearby";
import { runMonitorData } from "./monitor-data";
import { runMonitorWeb } from "./monitor-web";
import { type BenchRun, type Figure, markdown, writeResults } from "./report";
import { type RoomContext, runRace, runRooms } from "./rooms";
import { runRoomsLoad } from "./rooms-load";
import { summarize } from "./stats";
import { type BenchApp, signInAll, startApp, waitQuiet } from "./support/app";
import type { LoadResult as HttpLoad } from "./support/http-load";
import { cleanupAll, cleanupNow, runCommand } from "./support/process";
import { tapServerErrors } from "./support/server-errors";
import { lighthouseBaseline, runWeb } from "./web";
import { runWrites, runWritesBaseline } from "./writes";
import { type FanoutResults, runWsBaseline } from "./ws-baseline";

const FAMILIES = ["rooms", "floor", "api", "writes", "data", "web", "loyalty", "faq", "integrations", "monitor", "desk"] as const;
type Family = (typeof FAMILIES)[number];

const { values } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    only: { type: "string" },
    skip: { type: "string" },
    build: { type: "boolean" },
    "no-build": { type: "boolean" },
    lighthouse: { type: "boolean" },
    "no-lighthouse": { type: "boolean" },
    customers: { type: "string" },
    senders: { type: "string" },
    out: { type: "string", default: "bench-results" },
  },
});

const config = configFor(values.quick ?? false);
const out = values.out ?? "bench-results";
if (values.build) config.build = true;
if (values["no-build"]) config.build = false;
if (values.lighthouse) config.lighthouse = true;
if (values["no-lighthouse"]) config.lighthouse = false;
if (values.customers) config.data.customers = Number(values.customers);
if (values.senders) config.integrations.senders = Number(values.senders);
/** The OIDC callback writes its refusal's audit row only when single sign-on is configured; no provider is contacted. */
const BENCH_OIDC_VARS = {
  OIDC_ISSUER: "http://127.0.0.1:9",
  OIDC_CLIENT_ID: "tandem-bench",
  OIDC_CLIENT_SECRET: "bench-secret-not-for-production",
};
const listed = (text?: string) => new Set((text ?? "").split(",").filter(Boolean));
const only = listed(values.only);
const skip = listed(values.skip);
const enabled = (family: Family) => (only.size === 0 || only.has(family)) && !skip.has(family);

const figures: Figure[] = [];
const skipped: BenchRun["skipped"] = [];
const details: Record<string, unknown> = { config };
let crashed = false;

const quietWaits: Record<string, number> = {};
details.quietWaitsMs = quietWaits;

/** Runs one benchmark; a crash is recorded (and fails the run) but the others still run. */
async function step<T>(name: string, fn: () => Promise<T>, app?: BenchApp): Promise<T | null> {
  if (app) quietWaits[name] = await waitQuiet(app);
  const started = performance.now();
  process.stdout.write(`\n== ${name}\n`);
  try {
    const result = await fn();
    process.stdout.write(`   ${name}: ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    return result;
  } catch (error) {
    crashed = true;
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`   ${name} crashed: ${message}\n`);
    skipped.push({ family: name, reason: `crashed: ${message.split("\n")[0]}` });
    return null;
  }
}

function collect(result: { figures: Figure[]; details?: Record<string, unknown> } | null): void {
  if (!result) return;
  figures.push(...result.figures);
  Object.assign(details, result.details ?? {});
}

async function main(): Promise<void> {
  const startedAt = new Date();
  const needsApp =
    enabled("rooms") ||
    enabled("floor") ||
    enabled("api") ||
    enabled("writes") ||
    enabled("loyalty") ||
    enabled("integrations") ||
    enabled("monitor") ||
    enabled("desk") ||
    (enabled("web") && config.lighthouse);
  if (enabled("integrations")) config.appCustomers = Math.max(config.appCustomers, config.integrations.rooms);
  if (enabled("writes")) config.appCustomers = Math.max(config.appCustomers, config.writes.rooms);
  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? "unknown",
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverage: loadavg(),
  };
  process.stdout.write(`Tandem bench, ${config.mode} mode; free memory ${Math.round(freemem() / 2 ** 30)} GB\n`);

  // --- baselines -------------------------------------------------------------------------------
  let ws: FanoutResults | null = null;
  let worker: DoBaseline | null = null;
  let bare: LoadResult | null = null;
  let bareInsert: Map<number, HttpLoad> | null = null;
  const bareQueue: IntegrationBaselines = { single: null, batched: null, paced: null };
  let bareDesk: Awaited<ReturnType<typeof runDeskBaseline>> | null = null;
  let pageBaseline: Awaited<ReturnType<typeof lighthouseBaseline>> = null;
  const roomsOrFloor = enabled("rooms") || enabled("floor");
  if (roomsOrFloor) {
    const wsResult = await step("baseline: raw ws", () => runWsBaseline(config));
    ws = wsResult?.results ?? null;
    collect(wsResult);
  }
  const lighthouse = enabled("web") && config.lighthouse;
  if (enabled("rooms") || enabled("api") || enabled("writes") || enabled("integrations") || enabled("desk") || lighthouse) {
    const fixture = await step("baseline: start the baseline Worker", startBaselineWorker);
    if (fixture) {
      if (enabled("rooms")) {
        const doResult = await step("baseline: bare Durable Object", () => runDoBaseline(fixture, config));
        worker = doResult?.results ?? null;
        collect(doResult);
      }
      if (enabled("api")) bare = await step("baseline: bare HTTP handler", () => runApiBaseline(fixture.baseURL, config));
      if (enabled("writes"))
        bareInsert = await step("baseline: bare D1 insert over HTTP", () => runWritesBaseline(fixture.baseURL, config));
      if (lighthouse) pageBaseline = await step("baseline: Lighthouse on a static page", () => lighthouseBaseline(fixture, config));
      if (enabled("integrations"))
        for (const mode of ["single", "batched", "paced"] as const)
          bareQueue[mode] = await step(`baseline: bare queue consumer, ${mode}`, () =>
            runIntegrationsBaseline(fixture.baseURL, config, mode),
          );
      if (enabled("desk"))
        bareDesk = await step("baseline: bare D1 write + Durable Object fan-out", () => runDeskBaseline(fixture.baseURL, config));
      await fixture.stop();
    }
  }

  const raw = enabled("data") ? await step("baseline: raw libSQL", () => runDataBaseline(config)) : null;
  details.baselines = {
    rawWs: ws && { echo: ws.echo, fanout: Object.fromEntries(ws.fanout) },
    durableObject: worker && {
      echo: worker.echo,
      fanout: Object.fromEntries(worker.fanout),
      writeFanout: Object.fromEntries(worker.writeFanout),
      ceilingSteps: worker.ceiling.steps,
    },
    bareHttp: bare,
    bareD1Insert: bareInsert && Object.fromEntries(bareInsert),
    bareQueue,
    bareDesk,
    staticPageLighthouse: pageBaseline,
    rawLibsql: raw,
  };

  const CROWD_VARS = { ROOM_SOCKETS_PER_PERSON: "5000", ROOM_SOCKETS_PER_ROOM: "5000" };
  // --- the product -----------------------------------------------------------------------------
  if ((enabled("web") || enabled("monitor")) && config.build)
    await step("build the web app", () => runCommand("npm", ["run", "build"], { quiet: true }));
  let app: BenchApp | null = null;
  if (needsApp) {
    const timings: Record<string, number> = {};
    app = await step("start the app (fresh local D1, seeded)", () =>
      startApp({
        customers: config.appCustomers,
        benchReps: Math.max(config.race.racers, config.churn.identities + config.churn.pool) + 1,
        timings,
        // The bench's synthetic people stand in for crowds (a few identities behind 200 viewers, and
        // one owner's many sockets for the room ceiling): they may open more sockets than a person may.
        vars: { ...CROWD_VARS, ...(enabled("writes") ? BENCH_OIDC_VARS : {}) },
      }),
    );
    details.appStart = timings;
  }
  if (app) {
    const current = app;
    const extra = ["lead.east@tandem.test", "rep.ana@tandem.test"];
    const cookies = (await step("sign in staff", () => signInAll(current.baseURL, [...current.benchReps, ...extra]))) ?? new Map();
    let nextCustomer = config.api.ids; // the API benchmark reads the first ids; rooms take the rest
    const ctx: RoomContext = {
      app: current,
      cookies,
      takeCustomer: () => {
        const id = current.customerIds[nextCustomer++ % current.customerIds.length];
        if (!id) throw new Error("no customers seeded");
        return id;
      },
    };
    const wsBase = ws ?? { echo: emptySummary(), fanout: new Map() };
    if (enabled("rooms")) {
      collect(await step("rooms: lock fan-out", () => runRooms(ctx, config, { worker }), current));
      collect(await step("rooms: lock race", () => runRace(ctx, config, worker), current));
      collect(
        await step(
          "rooms: presence churn and ceiling",
          () => runRoomsLoad(ctx, config, { ws: wsBase, worker, settle: () => waitQuiet(current) }),
          current,
        ),
      );
    }
    const lead = cookies.get("lead.east@tandem.test");
    if (enabled("floor") && lead) collect(await step("floor fan-in", () => runFloor(ctx, config, lead), current));
    const ana = cookies.get("rep.ana@tandem.test");
    if (enabled("api") && ana) collect(await step("api", () => runApi(current, ana, config, bare), current));
    if (enabled("loyalty") && ana) collect(await step("loyalty: tab API", () => runLoyaltyApi(current, ana, config), current));
    if (enabled("writes")) {
      const writers = current.benchReps.map((email) => cookies.get(email)).filter((c): c is string => !!c);
      const serverErrors = tapServerErrors(current.started.child);
      const writes = { app: current, cookies: writers, rooms: current.customerIds.slice(0, config.writes.rooms), serverErrors };
      collect(await step("writes", () => runWrites({ ...writes, settle: () => waitQuiet(current) }, config, bareInsert), current));
      serverErrors.stop();
    }
    if (enabled("integrations") && ana)
      collect(await step("integrations", () => runIntegrations(current, ana, config, bareQueue), current));
    if (enabled("desk") && ana)
      collect(await step("desk: a new ticket on every console", () => runDeskLive(current, cookies, ana, config, bareDesk), current));
    if (enabled("web")) collect(await step("web", () => runWeb(config, { app: current, cookies, pageBaseline, skipped }), current));
    if (enabled("monitor"))
      collect(await step("monitor: what capture costs a rep", () => runMonitorWeb(current, config.mode === "quick"), current));
    await current.stop();
    // The app's own log (wrangler dev), for whoever reads a crash or an outlier.
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, "latest-app.log"), current.started.log());
  } else if (enabled("web")) {
    collect(await step("web", () => runWeb(config, { app: null, cookies: new Map(), pageBaseline, skipped })));
  }
  // The data benchmarks run with nothing else of ours running.
  if (enabled("data") && raw) collect(await step("data", () => runData(config, raw)));
  if (enabled("loyalty")) collect(await step("loyalty: nearby stores", () => runLoyaltyNearby(config)));
  if (enabled("faq")) collect(await step("faq", () => runFaq(config)));
  // p99 needs 200 samples (stats.ts): the quick run takes exactly those, the full one more.
  if (enabled("monitor"))
    collect(await step("monitor: dashboard query at scale", () => runMonitorData(config.mode === "quick" ? 210 : 600)));
  if (enabled("desk")) collect(await step("desk: the queue at scale", () => runDeskQueue(config.desk.queueSamples)));

  const finishedAt = new Date();
  const run: BenchRun = {
    mode: config.mode,
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    durationS: (finishedAt.getTime() - startedAt.getTime()) / 1000,
    machine,
    figures,
    skipped,
    details,
  };
  const paths = writeResults(run, out);
  process.stdout.write(`\n${markdown(run)}\nWrote ${paths.md} and ${paths.json}\n`);
}

function emptySummary() {
  return summarize([]);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    cleanupNow();
    process.exit(130);
  });
}
process.on("uncaughtException", (error) => {
  process.stderr.write(`bench crashed: ${error.stack ?? error.message}\n`);
  cleanupNow();
  process.exit(1);
});

try {
  await main();
} catch (error) {
  crashed = true;
  process.stderr.write(`bench crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
} finally {
  await cleanupAll();
}
process.exit(crashed ? 1 : 0);
