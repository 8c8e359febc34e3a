// Steps an offered message rate up (each message answered by the server after one storage write)
// until the tail latency (p99, or the maximum of a short step: stats.ts) passes the limit or the
// server stops keeping up; the ceiling is the last good step.
import { MIN_SAMPLES, summarize, tail } from "../stats";
import { sleep } from "./process";
import type { BenchSocket, Frame } from "./socket";

export interface CeilingStep {
  offered: number;
  achieved: number;
  sockets: number;
  sent: number;
  answered: number;
  /** Error frames, and messages never answered. */
  errors: number;
  lost: number;
  p50: number;
  /** The step's tail latency and its label: "p99 12.3 ms", or "max 12.3 ms" below 200 samples. */
  tailMs: number;
  tail: string;
  ok: boolean;
}

export interface CeilingOptions {
  startRate: number;
  factor: number;
  maxRate: number;
  stepSeconds: number;
  p99LimitMs: number;
  /** Messages per second one socket may send (the room's per-socket frame limit). */
  perSocketRate: number;
  /** Returns at least `count` open sockets (opening more when needed). */
  sockets: (count: number) => Promise<BenchSocket[]>;
  frame: (seq: number) => Record<string, unknown>;
  /** The sequence number a reply answers, or null when it is no reply. */
  replyTo: (frame: Frame) => number | null;
  /** Bisection steps between the last good and the first failing rate. */
  refine: number;
}

export async function findCeiling(options: CeilingOptions): Promise<{ steps: CeilingStep[]; ceiling: CeilingStep | null }> {
  const steps: CeilingStep[] = [];
  let seq = 0;
  const runStep = async (rate: number): Promise<CeilingStep> => {
    const needed = Math.ceil(rate / options.perSocketRate);
    const sockets = (await options.sockets(needed)).slice(0, needed);
    await sleep(300); // sockets that just joined finish their side effects before the step starts
    const sentAt = new Map<number, number>();
    const latencies: number[] = [];
    let errors = 0;
    let lastReply = 0;
    const unsubscribe = sockets.map((socket) =>
      socket.onFrame((frame, at) => {
        if (frame.type === "error") errors++;
        const answered = options.replyTo(frame);
        const started = answered === null ? undefined : sentAt.get(answered);
        if (answered === null || started === undefined) return;
        sentAt.delete(answered);
        latencies.push(at - started);
        lastReply = at;
      }),
    );
    // Enough messages for a true p99 at every rate, so every step is judged by the same rule.
    const total = Math.max(Math.round(rate * options.stepSeconds), MIN_SAMPLES.p99);
    const stepStart = performance.now();
    let sent = 0;
    while (sent < total) {
      // Send what is due by now, spread round-robin over the sockets.
      const due = Math.min(total, Math.floor(((performance.now() - stepStart) / 1000) * rate) + 1);
      for (; sent < due; sent++) {
        const id = ++seq;
        const socket = sockets[sent % sockets.length];
        if (!socket) continue;
        sentAt.set(id, performance.now());
        socket.send(options.frame(id));
      }
      await sleep(2);
    }
    const drainDeadline = performance.now() + Math.max(3_000, options.p99LimitMs * 20);
    while (sentAt.size > 0 && performance.now() < drainDeadline) await sleep(10);
    for (const off of unsubscribe) off();
    const lost = sentAt.size;
    const summary = summarize([...latencies, ...new Array<number>(lost).fill(Number.POSITIVE_INFINITY)]);
    const worst = tail(summary);
    const tailText = `${worst.label} ${worst.value.toFixed(1)} ms`;
    const elapsed = Math.max(lastReply, stepStart + (total / rate) * 1000) - stepStart;
    const achieved = latencies.length / (elapsed / 1000);
    const step: CeilingStep = {
      offered: rate,
      achieved,
      sockets: sockets.length,
      sent: total,
      answered: latencies.length,
      errors,
      lost,
      p50: summary.p50,
      tailMs: worst.value,
      tail: tailText,
      ok: worst.value <= options.p99LimitMs && achieved >= rate * 0.9 && errors === 0,
    };
    steps.push(step);
    process.stdout.write(`    ${rate}/s offered: ${achieved.toFixed(0)}/s answered, ${tailText}, ${errors} errors, ${lost} lost\n`);
    return step;
  };
  // Double the rate until a step fails, then halve the gap to the last good step a few times.
  let good: CeilingStep | null = null;
  let bad: CeilingStep | null = null;
  for (let rate = options.startRate; rate <= options.maxRate && !bad; rate *= options.factor) {
    const step = await runStep(rate);
    if (step.ok) good = step;
    else bad = step;
  }
  for (let i = 0; i < options.refine && good && bad; i++) {
    const step = await runStep(Math.round((good.offered + bad.offered) / 2));
    if (step.ok) good = step;
    else bad = step;
  }
  return { steps, ceiling: good };
}
