// Group commit: writes that become ready while another is on its way to the database ride with the
// next one, in one batch (one round trip). Rooms commit this way: each event of a queue batch goes
// to its own customer's room, and one batch per room was one D1 call per event, the ingest's largest
// cost (issue 14's note). A shared batch is atomic as a whole, so if it fails, nothing of it was
// written and every write in it runs again alone: each gets the outcome it would have had alone.
//
// The leader of a round runs the batch in its own request and leaves each rider its answer; the next
// rider in line leads the next round, so no request works on behalf of one that has ended. A rider not yet
// sent after `rideWaitMs` (its leader's request went away) leaves the line, frees it and goes alone;
// one sent but unanswered after `answerWaitMs` fails (whether it was written is unknown, as when a
// database call times out).
import type { Database } from "./client";

export type Statement = Parameters<Database["batch"]>[0][number];

export interface SharedBatchOptions {
  rideWaitMs: number;
  answerWaitMs: number;
  /** A round takes riders until it holds this many statements; the rest wait for the next one. */
  maxStatements: number;
}

const DEFAULTS: SharedBatchOptions = { rideWaitMs: 5_000, answerWaitMs: 30_000, maxStatements: 500 };

type Turn = { kind: "committed" } | { kind: "alone" } | { kind: "lead"; riders: Rider[] };

class Rider {
  state: "waiting" | "sent" | "left" = "waiting";
  /** Set by the round's leader; the rider looks for it from its own request (see `turnWithin`). */
  turn: Turn | null = null;

  constructor(
    readonly statements: Statement[],
    /** The round it found in progress: if that one is still on (or claimed its successor) when it gives up, the line is stuck. */
    readonly behind: number,
  ) {}
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The rider's turn, or null if it has not come within `ms`. Looked for on the rider's own timers,
 * not awaited as a promise the leader settles: in workerd a promise settled by another Durable
 * Object's request may resume in that request, and the rider would then touch its own storage and
 * sockets from the wrong object ("Cannot perform I/O on behalf of a different Durable Object").
 */
async function turnWithin(rider: Rider, ms: number): Promise<Turn | null> {
  const deadline = Date.now() + ms;
  for (let wait = 1; !rider.turn; wait = Math.min(wait * 2, 8)) {
    if (Date.now() >= deadline) return null;
    await pause(wait);
  }
  return rider.turn;
}

export class SharedBatches {
  private readonly options: SharedBatchOptions;
  private line: Rider[] = [];
  /**
   * The round in progress: 0 none, a round's number while it is sent, minus that number once it has
   * handed the line to the next leader (claimed, not yet sent). A leader that lost the line to a
   * rider's timeout hands nothing over.
   */
  private leading = 0;
  private rounds = 0;

  constructor(
    private readonly send: (statements: Statement[]) => Promise<unknown>,
    options: Partial<SharedBatchOptions> = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
  }

  /** Commits `statements` atomically, alone or with others'; rejects with nothing of them written. */
  async run(statements: Statement[]): Promise<void> {
    if (this.leading === 0) return this.lead(statements, []);
    const rider = new Rider(statements, this.leading);
    this.line.push(rider);
    let turn = await turnWithin(rider, this.options.rideWaitMs);
    if (!turn && rider.state === "waiting") {
      // Never sent: its round's leader is gone. Leave the line, free it (unless a new round has
      // started meanwhile, which hands over as usual), and go alone.
      rider.state = "left";
      this.line = this.line.filter((r) => r !== rider);
      if (this.leading === rider.behind || this.leading === -rider.behind) this.leading = 0;
      await this.send(statements);
      return;
    }
    turn ??= await turnWithin(rider, this.options.answerWaitMs);
    if (!turn) throw new Error("A shared batch did not answer: whether these writes were saved is unknown.");
    if (turn.kind === "alone") await this.send(statements);
    if (turn.kind === "lead") await this.lead(statements, turn.riders);
  }

  private async lead(statements: Statement[], riders: Rider[]): Promise<void> {
    const round = ++this.rounds;
    this.leading = round;
    const aboard = riders.filter((r) => r.state === "waiting");
    for (const r of aboard) r.state = "sent";
    try {
      await this.send([...statements, ...aboard.flatMap((r) => r.statements)]);
    } catch (error) {
      for (const r of aboard) r.turn = { kind: "alone" };
      this.handOver(round);
      if (aboard.length === 0) throw error;
      // Nothing of the shared batch was written: this write alone, for its own outcome.
      await this.send(statements);
      return;
    }
    for (const r of aboard) r.turn = { kind: "committed" };
    this.handOver(round);
  }

  /** The next in line leads the next round, with those behind it up to the round's size. */
  private handOver(round: number): void {
    if (this.leading !== round) return;
    this.line = this.line.filter((r) => r.state === "waiting");
    const next = this.line.shift();
    if (!next) {
      this.leading = 0;
      return;
    }
    let size = next.statements.length;
    let taken = 0;
    while (taken < this.line.length && size + (this.line[taken]?.statements.length ?? 0) <= this.options.maxStatements)
      size += this.line[taken++]?.statements.length ?? 0;
    const riders = this.line.splice(0, taken);
    // Claimed for the next round: it is in progress from now, not free.
    this.leading = -round;
    next.turn = { kind: "lead", riders };
  }
}

/** `statements` in one atomic batch of `db` (none: nothing to send). */
export async function batchAll(db: Database, statements: Statement[]): Promise<void> {
  const [first, ...rest] = statements;
  if (first) await db.batch([first, ...rest]);
}

const lanes = new WeakMap<Database, SharedBatches>();

/** The database's shared batches (one line per database object, so writes never cross databases). */
export function sharedBatchesOf(db: Database): SharedBatches {
  let lane = lanes.get(db);
  if (!lane) {
    lane = new SharedBatches((statements) => batchAll(db, statements));
    lanes.set(db, lane);
  }
  return lane;
}
