// Customer rooms in the real app: lock-request -> lock-granted at every viewer (beside a bare
// Durable Object that writes one storage value then fans out to as many sockets, reached the same
// way), and reps racing for one lock (exactly one winner per round).
import type { BenchConfig } from "./config";
import type { DoBaseline } from "./do-baseline";
import { type ErrorCount, ErrorTally, type Figure, figure, ratioAtMost, withoutErrors } from "./report";
import { type Summary, summarize, tails } from "./stats";
import { type BenchApp, roomHeaders, roomUrl } from "./support/app";
import { sleep } from "./support/process";
import { BenchSocket, closeAll, type Frame, fanoutOnce, openMany } from "./support/socket";

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

interface FanoutRun {
  latency: Summary;
  errors: ErrorCount;
}

/** The grant every viewer saw is the requester's, all with the same token, above the last one. */
function grantVerdict(grants: Frame[], requesterId: string, lastToken: number): true | string {
  const tokens = new Set(grants.map((g) => g.token));
  const token = grants[0]?.token;
  if (grants.some((g) => (g.owner as { staffId?: unknown } | undefined)?.staffId !== requesterId)) return "grant names another owner";
  if (tokens.size !== 1 || typeof token !== "number") return "viewers saw different tokens";
  return token > lastToken ? true : "token did not rise";
}

const LOST = "grant not seen by every viewer within 5 s";

/** Sends one lock-request; resolves with the time until every viewer had the grant, or what went wrong. */
async function grantRound(
  socket: BenchSocket,
  viewers: BenchSocket[],
  reqId: string,
  grants: Frame[],
): Promise<{ ms: number } | { error: string }> {
  const refused = socket.waitFor((f) => f.reqId === reqId && (f.type === "lock-denied" || f.type === "error"), 5_000, "a refusal");
  // The predicate keeps each viewer's grant frame, to check who it names and its token.
  const granted = fanoutOnce(
    viewers,
    (f) => f.type === "lock-granted" && f.reqId === reqId && grants.push(f) > 0,
    () => socket.send({ type: "lock-request", v: 1, reqId }),
    5_000,
    "lock-granted",
  );
  granted.catch(() => undefined); // a refusal may win the race below; the timeout then goes nowhere
  const outcome = Promise.race([granted.then((ms) => ({ ms })), refused.then(() => ({ error: "lock refused" }))]);
  return outcome.catch(() => ({ error: LOST }));
}

/**
 * One lock grant seen by `n` viewers, `reps` times; the requester releases between reps. A round
 * counts only when every viewer got the requester's grant (right owner, a new token); a refused,
 * lost or wrong grant is an error and the run goes on.
 */
async function lockFanout(
  ctx: RoomContext,
  n: number,
  reps: number,
  viewerIdentities: string[],
  requester: { email: string; staffId: string },
) {
  const customer = ctx.takeCustomer();
  const viewers = await openMany(n, (i) => openRoomSocket(ctx, customer, viewerIdentities[i % viewerIdentities.length] ?? ""), 4);
  const socket = await openRoomSocket(ctx, customer, requester.email);
  const errors = new ErrorTally();
  const samples: number[] = [];
  let lastToken = 0;
  let failedInARow = 0;
  try {
    for (let i = 0; i < reps + 2; i++) {
      const reqId = `grant-${n}-${i}`;
      const grants: Frame[] = [];
      const outcome = await grantRound(socket, viewers, reqId, grants);
      const verdict = "ms" in outcome ? grantVerdict(grants, requester.staffId, lastToken) : outcome.error;
      if (i >= 2) {
        if (verdict === true && "ms" in outcome) samples.push(outcome.ms);
        else errors.add(verdict === true ? "unknown" : verdict);
      }
      const token = grants[0]?.token;
      if (typeof token === "number") lastToken = Math.max(lastToken, token);
      // Lost grants cost 5 s each: a room that stopped answering ends the run instead of dragging it out.
      failedInARow = verdict === LOST ? failedInARow + 1 : 0;
      if (failedInARow >= 5) throw new Error(`lock fan-out at ${n} viewers: 5 grants in a row were lost`);
      // Each change is recorded (and reported to the floor) behind its frames: wait for that, so no
      // round queues behind another.
      await recorded(socket, "the grant recorded");
      await fanoutOnce(
        viewers,
        (f) => f.type === "lock-released",
        () => socket.send({ type: "lock-release", v: 1 }),
        20_000,
        "lock-released",
      ).catch(() => undefined); // a round whose grant failed may have nothing to release
      await recorded(socket, "the release recorded");
      await sleep(MIN_ROUND_MS);
    }
    return { latency: summarize(samples), errors: errors.of(reps) } satisfies FanoutRun;
  } finally {
    await closeAll([...viewers, socket]);
  }
}

export interface RaceResult {
  rounds: number;
  badRounds: number;
  denied: Summary;
  /** Error frames. */
  errors: number;
  /** Lock requests that got neither a grant nor a refusal within 5 s. */
  unanswered: number;
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
  let unanswered = 0;
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
      unanswered += settled.filter((r) => r.status === "rejected").length;
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
  return { rounds, badRounds, denied: summarize(denied), errors, unanswered };
}

export async function runRooms(
  ctx: RoomContext,
  config: BenchConfig,
  baselines: { worker: DoBaseline | null },
): Promise<{ figures: Figure[]; details: Record<string, unknown> }> {
  const reps = ctx.app.benchReps;
  const identities = reps.slice(0, config.churn.identities);
  const requester = { email: reps.at(-1) ?? "", staffId: ctx.app.benchStaffIds.at(-1) ?? "" };
  const figures: Figure[] = [];
  const fanout: Record<number, FanoutRun> = {};
  for (const n of config.viewerCounts) {
    process.stdout.write(`  lock -> ${n} viewers\n`);
    const run = await lockFanout(ctx, n, config.fanoutReps, identities, requester);
    fanout[n] = run;
    // The fair floor: a bare Durable Object reached the same way (a WebSocket through workerd)
    // that writes one storage value and then sends the frame to every socket.
    const bare = baselines.worker?.writeFanout.get(n);
    const bareName = `bare DO, 1 storage write + fan-out to ${n}`;
    figures.push(
      figure({
        family: "rooms",
        name: `lock-request -> lock-granted at ${n} viewers p50`,
        value: run.latency.p50,
        unit: "ms",
        errors: run.errors,
        baseline: { name: `${bareName} p50`, value: bare?.p50 ?? null },
      }),
    );
    const t = tails(run.latency, bare);
    const f = figure({
      family: "rooms",
      name: `lock-request -> lock-granted at ${n} viewers ${t.label}`,
      value: t.value,
      unit: "ms",
      errors: run.errors,
      baseline: { name: `${bareName} ${t.label}`, value: t.baseline },
    });
    f.target = withoutErrors(ratioAtMost(1.5)(f.ratio ?? null), run.errors);
    figures.push(f);
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
  const t = tails(result.denied, worker?.echo);
  const kinds = {
    ...(result.errors > 0 ? { "error frame": result.errors } : {}),
    ...(result.unanswered > 0 ? { unanswered: result.unanswered } : {}),
  };
  const denied = figure({
    family: "rooms",
    name: `race loser lock-denied ${t.label} (${config.race.racers} racers)`,
    value: t.value,
    unit: "ms",
    errors: { count: result.errors + result.unanswered, of: result.rounds * config.race.racers, kinds },
    baseline: { name: `bare DO echo ${t.label}`, value: t.baseline },
  });
  figures.push(denied);
  return { figures, details: { race: result } };
}
