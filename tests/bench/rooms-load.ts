// Customer rooms under load: presence churn seen by a stable observer, and the room's ceiling
// (owner heartbeats: each renews the lease, one Durable Object storage write per message).
import type { BenchConfig } from "./config";
import type { DoBaseline } from "./do-baseline";
import { atLeast, type Figure, figure, latencyTarget } from "./report";
import { openRoomSocket, type RoomContext } from "./rooms";
import { summarize, tails, tailText } from "./stats";
import { findCeiling } from "./support/ceiling";
import { sleep } from "./support/process";
import { type BenchSocket, closeAll, openMany } from "./support/socket";
import type { FanoutResults } from "./ws-baseline";

interface Pending {
  staffId: string;
  joining: boolean;
  at: number;
}

async function presenceChurn(ctx: RoomContext, config: BenchConfig) {
  const { viewers: stableCount, perSecond, seconds, pool, identities } = config.churn;
  const customer = ctx.takeCustomer();
  const emails = ctx.app.benchReps;
  const staffIds = ctx.app.benchStaffIds;
  const stable = await openMany(stableCount, (i) => openRoomSocket(ctx, customer, emails[i % identities] ?? ""), 4);
  const observer = stable[0];
  if (!observer) throw new Error("no observer");
  // Churners are other people than the stable viewers, so each join and leave shows in presence frames.
  const idle = Array.from({ length: pool }, (_, k) => identities + k);
  const active: { index: number; socket: BenchSocket }[] = [];
  const pending: Pending[] = [];
  const latencies: number[] = [];
  /** The same, split: a join includes opening the socket (the Worker's session check, the room's checks). */
  const byKind = { joins: [] as number[], leaves: [] as number[] };
  // Who the observer's screen shows: a full list, then deltas (who arrived or changed, who left).
  let here = new Set<string | undefined>();
  observer.onFrame((frame, at) => {
    if (frame.type === "presence" && Array.isArray(frame.viewers)) {
      here = new Set(frame.viewers.map((v: { staffId?: string }) => v.staffId));
    } else if (frame.type === "presence-delta" && Array.isArray(frame.upserts) && Array.isArray(frame.removals)) {
      for (const v of frame.upserts as { staffId?: string }[]) here.add(v.staffId);
      for (const staffId of frame.removals as string[]) here.delete(staffId);
    } else {
      return;
    }
    for (let i = pending.length - 1; i >= 0; i--) {
      const p = pending[i];
      if (p && here.has(p.staffId) === p.joining) {
        latencies.push(at - p.at);
        (p.joining ? byKind.joins : byKind.leaves).push(at - p.at);
        pending.splice(i, 1);
      }
    }
  });
  const join = async (measure: boolean) => {
    const index = idle.shift();
    if (index === undefined) return;
    if (measure) pending.push({ staffId: staffIds[index] ?? "", joining: true, at: performance.now() });
    active.push({ index, socket: await openRoomSocket(ctx, customer, emails[index] ?? "") });
  };
  const leave = async () => {
    const gone = active.shift();
    if (!gone) return;
    pending.push({ staffId: staffIds[gone.index] ?? "", joining: false, at: performance.now() });
    await gone.socket.close();
    idle.push(gone.index);
  };
  for (let i = 0; i < Math.floor(pool / 2); i++) await join(false);
  await sleep(500);
  const framesBefore = stable.reduce((sum, s) => sum + s.frames, 0);
  const started = performance.now();
  const events = Math.round(perSecond * seconds);
  const inFlight: Promise<void>[] = [];
  for (let k = 0; k < events; k++) {
    const due = started + (k * 1000) / perSecond;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    inFlight.push((k % 2 === 0 ? leave() : join(true)).catch(() => undefined));
  }
  await Promise.all(inFlight);
  const elapsed = (performance.now() - started) / 1000;
  const framesDuring = stable.reduce((sum, s) => sum + s.frames, 0) - framesBefore;
  const drainUntil = performance.now() + 10_000;
  while (pending.length > 0 && performance.now() < drainUntil) await sleep(20);
  const lost = pending.length;
  await closeAll([...stable, ...active.map((a) => a.socket)]);
  return {
    update: summarize(latencies),
    joins: summarize(byKind.joins),
    leaves: summarize(byKind.leaves),
    lost,
    events,
    framesPerClientPerSecond: framesDuring / stableCount / elapsed,
    achievedEventsPerSecond: events / elapsed,
  };
}

async function roomCeiling(ctx: RoomContext, config: BenchConfig) {
  const customer = ctx.takeCustomer();
  const owner = ctx.app.benchReps[0] ?? "";
  const first = await openRoomSocket(ctx, customer, owner);
  const granted = first.waitFor((f) => f.type === "lock-granted", 20_000);
  first.send({ type: "lock-request", v: 1, reqId: "ceiling" });
  await granted;
  const pool: BenchSocket[] = [first];
  try {
    return await findCeiling({
      ...config.ceiling,
      sockets: async (count) => {
        if (pool.length < count) pool.push(...(await openMany(count - pool.length, () => openRoomSocket(ctx, customer, owner), 4)));
        return pool;
      },
      frame: (seq) => ({ type: "heartbeat", v: 1, active: false, reqId: `h${seq}` }),
      replyTo: (f) => (f.type === "ack" && typeof f.reqId === "string" && f.reqId.startsWith("h") ? Number(f.reqId.slice(1)) : null),
    });
  } finally {
    await closeAll(pool);
  }
}

export async function runRoomsLoad(
  ctx: RoomContext,
  config: BenchConfig,
  baselines: { ws: FanoutResults; worker: DoBaseline | null; settle: () => Promise<number> },
): Promise<{ figures: Figure[]; details: Record<string, unknown> }> {
  const c = config.churn;
  process.stdout.write(`  presence churn: ${c.viewers} viewers, ${c.perSecond} joins/leaves per second for ${c.seconds} s\n`);
  const churn = await presenceChurn(ctx, config);
  const rawFanout = baselines.ws.fanout.get(c.viewers) ?? [...baselines.ws.fanout.values()].at(-1);
  const figures: Figure[] = [];
  const t = tails(churn.update, rawFanout);
  const update = figure({
    family: "rooms",
    name: `presence update ${t.label} at a stable observer (${c.viewers} viewers, ${c.perSecond} joins/leaves/s)`,
    value: t.value,
    unit: "ms",
    errors: { count: churn.lost, of: churn.events, ...(churn.lost > 0 ? { kinds: { "never seen": churn.lost } } : {}) },
    baseline: {
      name: `raw ws fan-out ${t.label} (${baselines.ws.fanout.has(c.viewers) ? c.viewers : "largest N"})`,
      value: t.baseline,
    },
    note: `joins ${tailText(churn.joins, "p99", 0)} (socket opened and checked), leaves ${tailText(churn.leaves, "p99", 0)}`,
  });
  update.target = latencyTarget(100, update.value, churn.lost, churn.events);
  figures.push(update);
  figures.push(
    figure({
      family: "rooms",
      name: "presence churn: frames per client per second",
      errors: { count: churn.lost, of: churn.events },
      value: churn.framesPerClientPerSecond,
      unit: "frames/s",
      note: `${churn.achievedEventsPerSecond.toFixed(1)} joins/leaves per s achieved`,
    }),
  );

  await baselines.settle(); // hundreds of churn sockets are still closing
  process.stdout.write("  room ceiling (owner heartbeats, one storage write each)\n");
  const ceiling = await roomCeiling(ctx, config);
  const best = ceiling.ceiling;
  const last = ceiling.steps.at(-1);
  const capped = !!best && ceiling.steps.every((s) => s.ok);
  const room = figure({
    family: "rooms",
    name: `room ceiling: msg/s with 1 storage write each, tail <= ${config.ceiling.p99LimitMs} ms`,
    value: best?.achieved ?? null,
    unit: "msg/s",
    ...(best ? { errors: { count: best.errors + best.lost, of: best.sent } } : {}),
    baseline: { name: "bare DO, 1 storage write/msg", value: baselines.worker?.ceiling.ceiling?.achieved ?? null },
    note: best
      ? `${best.tail} at ${best.offered}/s offered${capped ? "; step cap reached, ceiling is higher" : ""}`
      : `first step failed: ${last?.tail} at ${last?.offered}/s offered`,
  });
  // No step under the limit means the ceiling is below the first offered rate: a miss, not a gap.
  room.target = best ? atLeast(1000, "msg/s")(room.value) : { text: ">= 1000 msg/s", met: ceiling.steps.length > 0 ? false : null };
  // Every step passed below the target: the run stopped at its cap, so the ceiling is unknown.
  if (capped && room.target.met === false) room.target = { text: room.target.text, met: null };
  figures.push(room);
  return { figures, details: { presenceChurn: churn, roomCeiling: ceiling.steps } };
}
