// The room's side of the mutation path: one command (runMutation) or a group of one actor's
// commands (runMutationGroup), each after the room's decisions are recorded (the fence reads
// lock_epoch from the database), with what the room keeps between mutations (kept-reads.ts), and
// a failure of ours answered UNAVAILABLE with nothing written. The room runs these inside its
// one-at-a-time queue and hands the outcomes to `after` (feed, frames, outbox, the owner kept).
import type { Actor } from "../../core/domain/actor";
import type { LockConfig, LockState } from "../../core/domain/lock";
import type { MutationResult } from "../../core/protocol/commands";
import type { Database } from "../../db/client";
import { type AuditStream, auditSignerFor } from "../../db/repositories/audit";
import type { BaseContext, StagedEntities } from "../commands/types";
import { type AccountCommands, type MutationOutcome, runMutation } from "../mutation";
import { runMutationGroup } from "../mutation-group";
import type { KeptReads } from "./kept-reads";

export type Origin = { ip: string | null; userAgent: string | null };

const unavailable = (message: string): MutationResult => ({ ok: false, error: { code: "UNAVAILABLE", message } });
const NOT_RECORDED = "The last ownership change is not recorded yet; nothing was written. Try again in a moment.";
const FAILED = "Saving failed on our side; nothing was written. Try again in a moment.";

/** What the mutation path needs of its room. */
export interface MutationParts {
  env: Env;
  accountId: () => string;
  db: () => Database;
  audit: () => Promise<AuditStream>;
  lock: () => Promise<LockState>;
  lockConfig: LockConfig;
  kept: KeptReads;
  /** Everything the room decided is recorded; rejects when it cannot be yet. */
  recordedNow: () => Promise<void>;
  /** Arms the outbox's sending alarm before a batch with outbox rows commits. */
  armOutbox: (now: number) => Promise<void>;
  /** What follows committed changes. */
  after: (actor: Actor, outcomes: readonly MutationOutcome[], now: number) => Promise<void>;
}

export class RoomMutations {
  constructor(private readonly parts: MutationParts) {}

  /** One command; for work already in the room's queue. */
  async one<A, C extends { type: string }, Ctx extends BaseContext>(
    actor: Actor,
    command: C,
    origin: Origin,
    commands: AccountCommands<A, C, Ctx>,
  ): Promise<MutationResult> {
    // Any command may change the account's row.
    this.parts.kept.dropAccount();
    const [outcome] = await this.run(actor, origin, 1, async (shared) => [await runMutation({ ...shared, command, commands })], {
      command: command.type,
    });
    return outcome ?? unavailable(FAILED);
  }

  /** Several commands of one actor, in order, sharing reads and batches (runMutationGroup); one result each. */
  async group<A, C extends { type: string }, Ctx extends BaseContext>(
    actor: Actor,
    group: readonly C[],
    origin: Origin,
    commands: AccountCommands<A, C, Ctx>,
    batchable: (command: C) => boolean,
    ahead?: StagedEntities,
  ): Promise<MutationResult[]> {
    const { kept } = this.parts;
    const findForGroup = kept.accountFinder(commands.find);
    return this.run(actor, origin, group.length, async (shared) => {
      const outcomes = await runMutationGroup({ ...shared, findForGroup, group, batchable, commands, ...(ahead ? { ahead } : {}) });
      if (group.some((command) => !batchable(command)) || outcomes.some((outcome) => outcome.plan?.accountChanged)) kept.dropAccount();
      return outcomes;
    });
  }

  /** The steps both share: recorded first, the stream, signer and lock read, the work, then what follows it. */
  private async run(
    actor: Actor,
    origin: Origin,
    count: number,
    work: (shared: SharedInput) => Promise<MutationOutcome[]>,
    log: Record<string, unknown> = {},
  ): Promise<MutationResult[]> {
    const { parts } = this;
    try {
      await parts.recordedNow();
    } catch {
      return Array.from({ length: count }, () => unavailable(NOT_RECORDED));
    }
    const now = Date.now();
    let outcomes: MutationOutcome[];
    try {
      const [audit, signer, lock] = await Promise.all([parts.audit(), auditSignerFor(parts.env), parts.lock()]);
      outcomes = await work({
        db: parts.db(),
        audit,
        signer,
        actor,
        accountId: parts.accountId(),
        lock,
        lockConfig: parts.lockConfig,
        now,
        origin,
        beforeOutbox: () => parts.armOutbox(now),
        timeZone: parts.kept.timeZone,
      });
    } catch (error) {
      parts.kept.dropAccount();
      console.error(JSON.stringify({ level: "error", msg: "mutation failed", room: parts.accountId(), ...log, error: String(error) }));
      return Array.from({ length: count }, () => unavailable(FAILED));
    }
    await parts.after(actor, outcomes, now);
    return outcomes.map((outcome) => outcome.result);
  }
}

type SharedInput = Omit<Parameters<typeof runMutation>[0], "command" | "commands">;
