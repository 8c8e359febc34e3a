// Baseline: a bare Durable Object in workerd (tests/bench/fixtures/baseline-worker), started with
// `wrangler dev` on a free port: echo, fan-out, one storage write then fan-out (what a lock grant
// does at least), and the one-storage-write-per-message ceiling. The Worker also has a D1 binding
// for the bare insert the `writes` family compares notes with, and a bare queue for `integrations`.
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { BenchConfig } from "./config";
import { type Figure, figure } from "./report";
import { type Summary, tail } from "./stats";
import { type CeilingStep, findCeiling } from "./support/ceiling";
import { bin, freePort, type Started, startProcess, stopProcess, tempDir, waitForHttp } from "./support/process";
import { BenchSocket } from "./support/socket";
import { measureEcho, measureFanout } from "./ws-baseline";

export interface BaselineWorker {
  baseURL: string;
  started: Started;
  stop: () => Promise<void>;
}

/** The product's compatibility date, so both Workers run on the same runtime behaviour. */
function productCompatibilityDate(): string {
  const match = /^compatibility_date\s*=\s*"([^"]+)"/m.exec(readFileSync("wrangler.toml", "utf8"));
  if (!match?.[1]) throw new Error("wrangler.toml has no compatibility_date");
  return match[1];
}

export async function startBaselineWorker(): Promise<BaselineWorker> {
  const dir = tempDir("tandem-bench-do-");
  const config = join(dir, "wrangler.toml");
  writeFileSync(
    config,
    [
      'name = "tandem-bench-baseline"',
      `main = "${resolve("tests/bench/fixtures/baseline-worker/worker.ts")}"`,
      `compatibility_date = "${productCompatibilityDate()}"`,
      "[[durable_objects.bindings]]",
      'name = "EchoRoom"',
      'class_name = "EchoRoom"',
      "[[migrations]]",
      'tag = "v1"',
      'new_sqlite_classes = ["EchoRoom"]',
      "[[d1_databases]]",
      'binding = "DB"',
      'database_name = "tandem-bench-baseline"',
      'database_id = "00000000-0000-4000-8000-00000000bea5"',
      // The bare queue, configured as the product's inbound queue (wrangler.toml).
      "[[queues.producers]]",
      'binding = "BENCH_EVENTS"',
      'queue = "tandem-bench-events"',
      "[[queues.consumers]]",
      'queue = "tandem-bench-events"',
      "max_batch_size = 100",
      "max_batch_timeout = 0",
      "",
    ].join("\n"),
  );
  const port = await freePort();
  const started = startProcess(bin("wrangler"), [
    "dev",
    "--config",
    config,
    "--port",
    String(port),
    "--ip",
    "127.0.0.1",
    "--persist-to",
    join(dir, "state"),
    "--show-interactive-dev-session=false",
  ]);
  const baseURL = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${baseURL}/bare`, started, 90_000);
  } catch (error) {
    await stopProcess(started.child);
    throw error;
  }
  return { baseURL, started, stop: () => stopProcess(started.child) };
}

export interface DoBaseline {
  echo: Summary;
  fanout: Map<number, Summary>;
  /** One storage write, then the frame to every socket: per viewer count. */
  writeFanout: Map<number, Summary>;
  ceiling: { steps: CeilingStep[]; ceiling: CeilingStep | null };
}

export async function runDoBaseline(worker: BaselineWorker, config: BenchConfig): Promise<{ results: DoBaseline; figures: Figure[] }> {
  const wsBase = worker.baseURL.replace(/^http/, "ws");
  let room = 0;
  const openIn = (name: string) => () => BenchSocket.open(`${wsBase}/ws/${name}`);
  const echo = await measureEcho(openIn(`echo-${room++}`), config.echoReps);
  const fanout = new Map<number, Summary>();
  const writeFanout = new Map<number, Summary>();
  for (const n of config.viewerCounts) {
    fanout.set(n, await measureFanout(openIn(`fan-${n}-${room++}`), n, config.fanoutReps));
    writeFanout.set(n, await measureFanout(openIn(`lock-${n}-${room++}`), n, config.fanoutReps, "write-fan"));
  }

  const pool: BenchSocket[] = [];
  const ceiling = await findCeiling({
    ...config.ceiling,
    sockets: async (count) => {
      while (pool.length < count) pool.push(await BenchSocket.open(`${wsBase}/ws/ceiling`));
      return pool;
    },
    frame: (seq) => ({ type: "write", seq }),
    replyTo: (frame) => (typeof frame.seq === "number" ? frame.seq : null),
  });
  await Promise.all(pool.map((s) => s.close()));

  // Every frame had to arrive or the measurement would have stopped: no errors to hide.
  const none = (s: Summary) => ({ count: 0, of: s.n });
  const echoTail = tail(echo);
  const figures: Figure[] = [
    figure({ family: "baseline", name: "bare DO echo p50", value: echo.p50, unit: "ms", errors: none(echo) }),
    figure({ family: "baseline", name: `bare DO echo ${echoTail.label}`, value: echoTail.value, unit: "ms", errors: none(echo) }),
  ];
  for (const [n, s] of fanout) {
    const t = tail(s);
    figures.push(figure({ family: "baseline", name: `bare DO fan-out to ${n} ${t.label}`, value: t.value, unit: "ms", errors: none(s) }));
  }
  for (const [n, s] of writeFanout) {
    const t = tail(s);
    figures.push(
      figure({
        family: "baseline",
        name: `bare DO 1 storage write + fan-out to ${n} ${t.label}`,
        value: t.value,
        unit: "ms",
        errors: none(s),
        note: `p50 ${s.p50.toFixed(2)} ms`,
      }),
    );
  }
  figures.push(
    figure({
      family: "baseline",
      name: "bare DO ceiling, 1 storage write/msg",
      value: ceiling.ceiling?.achieved ?? null,
      unit: "msg/s",
      ...(ceiling.ceiling ? { errors: { count: ceiling.ceiling.errors + ceiling.ceiling.lost, of: ceiling.ceiling.sent } } : {}),
      note: ceiling.ceiling ? `${ceiling.ceiling.tail} at ${ceiling.ceiling.offered}/s offered` : "no step under the latency limit",
    }),
  );
  return { results: { echo, fanout, writeFanout, ceiling }, figures };
}
