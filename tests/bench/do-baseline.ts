// Baseline: a bare Durable Object in workerd (tests/bench/fixtures/baseline-worker), started with
// `wrangler dev` on a free port: echo, fan-out and one-storage-write-per-message ceiling.
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { BenchConfig } from "./config";
import { type Figure, figure } from "./report";
import type { Summary } from "./stats";
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
  ceiling: { steps: CeilingStep[]; ceiling: CeilingStep | null };
}

export async function runDoBaseline(worker: BaselineWorker, config: BenchConfig): Promise<{ results: DoBaseline; figures: Figure[] }> {
  const wsBase = worker.baseURL.replace(/^http/, "ws");
  let room = 0;
  const openIn = (name: string) => () => BenchSocket.open(`${wsBase}/ws/${name}`);
  const echo = await measureEcho(openIn(`echo-${room++}`), config.echoReps);
  const fanout = new Map<number, Summary>();
  for (const n of config.viewerCounts) fanout.set(n, await measureFanout(openIn(`fan-${n}-${room++}`), n, config.fanoutReps));

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

  const figures: Figure[] = [
    figure({ family: "baseline", name: "bare DO echo p50", value: echo.p50, unit: "ms" }),
    figure({ family: "baseline", name: "bare DO echo p99", value: echo.p99, unit: "ms" }),
  ];
  for (const [n, s] of fanout) {
    figures.push(figure({ family: "baseline", name: `bare DO fan-out to ${n} p99`, value: s.p99, unit: "ms" }));
  }
  figures.push(
    figure({
      family: "baseline",
      name: "bare DO ceiling, 1 storage write/msg",
      value: ceiling.ceiling?.achieved ?? null,
      unit: "msg/s",
      note: ceiling.ceiling
        ? `p99 ${ceiling.ceiling.p99.toFixed(1)} ms at ${ceiling.ceiling.offered}/s offered`
        : "no step under the p99 limit",
    }),
  );
  return { results: { echo, fanout, ceiling }, figures };
}
