// Baseline: raw `ws` on loopback, in its own process. Echo round trip, and fan-out (one sender,
// N receivers, time until every receiver has the message), measured with the same client code
// the room benchmarks use, so the ratio shows what the product adds.
import type { BenchConfig } from "./config";
import { type Figure, figure } from "./report";
import { type Summary, summarize, tail } from "./stats";
import { bin, freePort, startProcess, stopProcess, waitFor } from "./support/process";
import { BenchSocket, closeAll, fanoutOnce, openMany } from "./support/socket";

export interface FanoutResults {
  echo: Summary;
  fanout: Map<number, Summary>;
}

/** Sequential round trips on one socket. */
export async function measureEcho(open: () => Promise<BenchSocket>, reps: number): Promise<Summary> {
  const socket = await open();
  try {
    const samples: number[] = [];
    for (let i = 0; i < reps + 20; i++) {
      const seq = i;
      const ms = await fanoutOnce(
        [socket],
        (f) => f.seq === seq,
        () => socket.send({ type: "echo", seq }),
      );
      if (i >= 20) samples.push(ms); // the first few warm the path
    }
    return summarize(samples);
  } finally {
    await socket.close();
  }
}

/** One sender, `n` receivers; `reps` broadcasts (`fan`, or another type the server fans out), one at a time. */
export async function measureFanout(open: (i: number) => Promise<BenchSocket>, n: number, reps: number, type = "fan"): Promise<Summary> {
  const receivers = await openMany(n, open);
  const sender = await open(n);
  try {
    const samples: number[] = [];
    for (let i = 0; i < reps + 3; i++) {
      const seq = i;
      const ms = await fanoutOnce(
        receivers,
        (f) => f.seq === seq,
        () => sender.send({ type, seq }),
      );
      if (i >= 3) samples.push(ms);
    }
    return summarize(samples);
  } finally {
    await closeAll([...receivers, sender]);
  }
}

export async function runWsBaseline(config: BenchConfig): Promise<{ results: FanoutResults; figures: Figure[] }> {
  const port = await freePort();
  const server = startProcess(bin("tsx"), ["tests/bench/fixtures/ws-server.ts", String(port)]);
  try {
    await waitFor(() => server.log().includes("listening"), server, 20_000);
    const url = `ws://127.0.0.1:${port}`;
    const open = () => BenchSocket.open(url);
    const echo = await measureEcho(open, config.echoReps);
    const fanout = new Map<number, Summary>();
    for (const n of config.viewerCounts) fanout.set(n, await measureFanout(open, n, config.fanoutReps));
    // Every frame had to arrive or the measurement would have stopped: no errors to hide.
    const none = (s: Summary) => ({ count: 0, of: s.n });
    const echoTail = tail(echo);
    const figures: Figure[] = [
      figure({ family: "baseline", name: "raw ws echo p50", value: echo.p50, unit: "ms", errors: none(echo) }),
      figure({ family: "baseline", name: `raw ws echo ${echoTail.label}`, value: echoTail.value, unit: "ms", errors: none(echo) }),
    ];
    for (const [n, s] of fanout) {
      const t = tail(s);
      figures.push(figure({ family: "baseline", name: `raw ws fan-out to ${n} p50`, value: s.p50, unit: "ms", errors: none(s) }));
      figures.push(figure({ family: "baseline", name: `raw ws fan-out to ${n} ${t.label}`, value: t.value, unit: "ms", errors: none(s) }));
    }
    return { results: { echo, fanout }, figures };
  } finally {
    await stopProcess(server.child);
  }
}
