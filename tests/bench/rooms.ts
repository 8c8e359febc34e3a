// Customer rooms in the real app: lock-request -> lock-granted at every viewer (beside raw ws
// fan-out to as many sockets), and reps racing for one lock (exactly one winner per round).
import type { BenchConfig } from "./config";
import type { DoBaseline } from "./do-baseline";
import { type Figure, figure, ratioAtMost } from "./report";
import { type Summary, summarize } from "./stats";
import { type BenchApp, roomHeaders, roomUrl } from "./support/app";
import { sleep } from "./support/process";
import { BenchSocket, closeAll, type Frame, fanoutOnce, openMany } from "./support/socket";
import type { FanoutResults } from "./ws-baseline";

/** The room refills 20 frames/s per socket (party/room/connection.ts FrameLimiter): stay under it. */
const MIN_ROUND_MS = 60;
const isRoomState = (f: Frame) => f.type === "room-state";

export interface RoomContext {
  app: BenchApp;
  cookies: Map<string, string>;
  /** Customers not used by another benchmark yet. */
  takeCustomer: () => string;
}

export function openRoomSocket(ctx: RoomContext, customerId: string, email: string): Promise<BenchSocket> {
  const cookie = ctx.cookies.get(email);
  if (!cookie) throw new Error(`${email} is not signed in`);
  return BenchSocket.open(roomUrl(ctx.app, customerId), roomHeaders(ctx.app, cookie), { until: isRoomState, timeoutMs: 30_000 });
}

let settleCount = 0;
/** Waits until the room has recorded everything decided so far: a heartbeat's ack says so. */
async function recorded(socket: BenchSocket, what: string, timeoutMs = 20_000): Promise<void> {
  const reqId = `settle-${++settleCount}`;
  const ack = socket.waitFor((f) => f.type === "ack" && f.reqId === reqId, timeoutMs, what);
  socket.send({ type: "heartbeat", v: 1, reqId, active: false });
  await ack;
}

/** One lock grant seen by `n` viewers, `reps` times; the requester releases between reps. */
async function lockFanout(ctx: RoomContext, n: number, reps: number, viewerIdentities: string[], requesterEmail: string) {
  const customer = ctx.takeCustomer();
  const viewers = await openMany(n, (i) => openRoomSocket(ctx, customer, viewerIdentities[i % viewerIdentities.length] ?? ""), 4);
  const requester = await openRoomSocket(ctx, customer, requesterEmail);
  try {
    const samples: number[] = [];
    for (let i = 0; i < reps + 2; i++) {
      const reqId = `grant-${n}-${i}`;
      const ms = await fanoutOnce(
        viewers,
        (f) => f.type === "lock-granted" && f.reqId === reqId,
        () => requester.send({ type: "lock-request", v: 1, reqId }),
        20_000,
        "lock-granted",
      );
      if (i >= 2) samples.push(ms);
      // Each change is recorded (and reported to the floor) behind its frames: wait for that, so no
      // round queues behind another.
      await recorded(requester, "the grant recorded");
      await fanoutOnce(
        viewers,
        (f) => f.type === "lock-released",
        () => requester.send({ type: "lock-release", v: 1 }),
        20_000,
        "lock-released",
      );
      await recorded(requester, "the release recorded");
      await sleep(MIN_ROUND_MS);
    }
    return summarize(samples);
  } finally {
    await closeAll([...viewers, requester]);
  }
}

export interface RaceResult {
  rounds: number;
  badRounds: number;
  denied: Summary;
  errors: number;
}

/** The winner releases; a refused frame (rate limit) is retried, so one slow round cannot jam the rest. */
async function release(winner: BenchSocket, racers: BenchSocket[]): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const released = Promise.all(racers.map((r) => r.waitFor((f) => f.type === "lock-released", 5_000, "lock-released")));
    winner.send({ type: "lock-release", v: 1 });
    try {
      await released;
      await recorded(winner, "the release recorded", 5_000).catch(() => undefined);
      return;
    } catch {
      await sleep(1_000);
    }
  }
  throw new Error("race: the winner could not release the lock");
}

/** `racers` distinct reps send lock-request at once (in a rotating order); the winner releases. */
async function race(ctx: RoomContext, racerEmails: string[], rounds: number): Promise<RaceResult> {
  const customer = ctx.takeCustomer();
  const racers = await openMany(racerEmails.length, (i) => openRoomSocket(ctx, customer, racerEmails[i] ?? ""), 4);
  let errors = 0;
  const offs = racers.map((s) =>
    s.onFrame((f) => {
      if (f.type === "error") errors++;
    }),
  );
  const denied: number[] = [];
  let badRounds = 0;
  let noWinner = 0;
  try {
    for (let round = 0; round < rounds; round++) {
      const roundStart = performance.now();
      const reqId = (i: number) => `r${round}-${i}`;
      const outcome = racers.map(() => "");
      const sentAt = racers.map(() => 0);
      const replies = racers.map((socket, i) =>
        socket
          .waitFor((f) => f.reqId === reqId(i) && (f.type === "lock-granted" || f.type === "lock-denied"), 5_000, "a lock answer")
          .then((at) => ({ at, i })),
      );
      const offTypes = racers.map((socket, i) =>
        socket.onFrame((f) => {
          if (f.reqId === reqId(i) && typeof f.type === "string") outcome[i] = f.type;
        }),
      );
      for (let k = 0; k < racers.length; k++) {
        const i = (round + k) % racers.length;
        sentAt[i] = performance.now();
        racers[i]?.send({ type: "lock-request", v: 1, reqId: reqId(i) });
      }
      const settled = await Promise.allSettled(replies);
      for (const off of offTypes) off();
      for (const result of settled) {
        if (result.status === "fulfilled" && outcome[result.value.i] === "lock-denied")
          denied.push(result.value.at - (sentAt[result.value.i] ?? result.value.at));
      }
      const winners = racers.filter((_, i) => outcome[i] === "lock-granted");
      if (winners.length !== 1 || settled.some((r) => r.status === "rejected")) badRounds++;
      if (winners.length === 0 && ++noWinner >= 5) throw new Error(`race: ${noWinner} rounds without a winner`);
      if (winners[0]) await recorded(winners[0], "the grant recorded", 5_000).catch(() => undefined);
      for (const winner of winners) await release(winner, racers);
      const left = MIN_ROUND_MS - (performance.now() - roundStart);
      if (left > 0) await sleep(left);
    }
  } finally {
    for (const off of offs) off();
    await closeAll(racers);
  }
  return { rounds, badRounds, denied: summarize(denied), errors };
}

export async function runRooms(
  ctx: RoomContext,
  config: BenchConfig,
  baselines: { ws: FanoutResults; worker: DoBaseline | null },
): Promise<{ figures: Figure[]; details: Record<string, unknown> }> {
  const reps = ctx.app.benchReps;
  const identities = reps.slice(0, config.churn.identities);
  const requester = reps[reps.length - 1] ?? "";
  const figures: Figure[] = [];
  const fanout: Record<number, Summary> = {};
  for (const n of config.viewerCounts) {
    process.stdout.write(`  lock -> ${n} viewers\n`);
    const s = await lockFanout(ctx, n, config.fanoutReps, identities, requester);
    fanout[n] = s;
    const raw = baselines.ws.fanout.get(n);
    for (const p of ["p50", "p99"] as const) {
      const f = figure({
        family: "rooms",
        name: `lock-request -> lock-granted at ${n} viewers ${p}`,
        value: s[p],
        unit: "ms",
        baseline: { name: `raw ws fan-out to ${n} ${p}`, value: raw?.[p] ?? null },
      });
      if (p === "p99") f.target = ratioAtMost(1.5)(f.ratio ?? null);
      figures.push(f);
    }
  }
  return { figures, details: { lockFanout: fanout } };
}

export async function runRace(
  ctx: RoomContext,
  config: BenchConfig,
  worker: DoBaseline | null,
): Promise<{ figures: Figure[]; details: Record<string, unknown> }> {
  const reps = ctx.app.benchReps;
  const figures: Figure[] = [];
  process.stdout.write(`  ${config.race.racers} reps racing, ${config.race.rounds} rounds\n`);
  const result = await race(ctx, reps.slice(0, config.race.racers), config.race.rounds);
  figures.push(
    figure({
      family: "rooms",
      name: `race rounds without exactly one winner (of ${result.rounds})`,
      value: result.badRounds,
      unit: "",
      target: { text: "= 0", met: result.badRounds === 0 },
      ...(result.errors > 0 ? { note: `${result.errors} error frames` } : {}),
    }),
  );
  const denied = figure({
    family: "rooms",
    name: `race loser lock-denied p99 (${config.race.racers} racers)`,
    value: result.denied.p99,
    unit: "ms",
    baseline: { name: "bare DO echo p99", value: worker?.echo.p99 ?? null },
  });
  figures.push(denied);
  return { figures, details: { race: result } };
}
