// Several commands of one account in order (a customer's back-end events from one queue batch),
// each with the outcome it would have alone, sharing the account's read and one batch for
// consecutive writes. Built from the single mutation path's steps (mutation.ts).
import { errorText } from "../db/client";
import { orgTimeZone } from "../db/repositories/org";
import type { BaseContext, StagedEntities } from "./commands/types";
import {
  type AccountCommands,
  type AccountRead,
  accountFor,
  commitOne,
  type MutationInput,
  type MutationOutcome,
  type PreparedWrite,
  prepare,
  refused,
  runMutation,
} from "./mutation";

export interface MutationGroupInput<A, C extends { type: string }, Ctx extends BaseContext>
  extends Omit<MutationInput<A, C, Ctx>, "command"> {
  /** One account's commands by one actor, in the order they must apply. */
  group: readonly C[];
  /** Whether a command may share a batch with others; one that may not runs alone, and the account is read again after it. */
  batchable(command: C): boolean;
  /**
   * How the batchable commands find the account (the room may keep it between groups); the others
   * always read it from the database (`commands.find`).
   */
  findForGroup?: AccountCommands<A, C, Ctx>["find"];
  /**
   * The records the group names, read by the caller before the room (the inbound consumer reads a
   * whole queue batch's in one round trip): planned from in place of `readAhead`, and the first batch
   * that commits checks they are still as read (`commands.stillAsReadAhead`); if not, it fails and
   * its commands run alone, read afresh.
   */
  ahead?: StagedEntities;
}

const UNAVAILABLE: MutationOutcome = {
  result: { ok: false, error: { code: "UNAVAILABLE", message: "Saving failed on our side; nothing was written. Try again in a moment." } },
};

/**
 * Several commands of one account, in order, with the outcome each would have alone: the account
 * and the org's time zone are read once, and consecutive writes commit in ONE batch (each with its
 * own note, feed item and audit row), planned against what the earlier ones staged. A refusal is
 * recorded in its place in the stream, between the writes before and after it. If a shared batch
 * fails, nothing of it was written and each of its commands runs alone, planned afresh, so one bad
 * command never holds back the others. A failure of our own (not a refusal) answers UNAVAILABLE
 * for that command only.
 */
export async function runMutationGroup<A, C extends { type: string }, Ctx extends BaseContext>(
  input: MutationGroupInput<A, C, Ctx>,
): Promise<MutationOutcome[]> {
  const outcomes: MutationOutcome[] = [];
  // Each command its own moment, a millisecond apart at least, so the feed keeps their order.
  const moments = input.group.map((_, index) => input.now + index);
  const one = (command: C, index: number): MutationInput<A, C, Ctx> => ({ ...input, command, now: moments[index] ?? input.now });
  const safely = async (index: number, work: () => Promise<MutationOutcome>) => {
    try {
      outcomes[index] = await work();
    } catch (error) {
      const command = input.group[index]?.type;
      console.error(JSON.stringify({ level: "error", msg: "mutation failed", room: input.accountId, command, error: String(error) }));
      outcomes[index] = UNAVAILABLE;
    }
  };
  let read: AccountRead<A> | null = null;
  // Back-end records as the group sees them: read ahead, then moved by each plan. Once a batch is
  // committed they hold as the database does; when one fails, the database is asked again.
  let staged: StagedEntities = new Map();
  let pending: { index: number; write: PreparedWrite }[] = [];
  const { db, actor, accountId, commands } = input;
  const batchable = input.group.filter((command) => input.batchable(command));
  const readAhead = commands.readAhead;
  const stillAsReadAhead = commands.stillAsReadAhead;
  // The caller's records, until a committed batch has checked them (then staged holds as the database does).
  let unconfirmed = input.ahead && stillAsReadAhead ? input.ahead : null;
  if (unconfirmed) staged = new Map(unconfirmed);
  if (batchable.length > 1 && (unconfirmed || readAhead)) {
    const [stored, timeZone, ahead] = await Promise.all([
      (input.findForGroup ?? commands.find)(db, actor.orgId, accountId),
      (input.timeZone ?? orgTimeZone)(db, actor.orgId),
      unconfirmed || !readAhead ? staged : readAhead(db, actor.orgId, accountId, batchable),
    ]);
    if (stored) read = { account: stored, created: false, timeZone };
    staged = ahead;
  }
  /** Forgets what was staged: the next command reads the account and its records afresh. */
  const readAfresh = () => {
    staged = new Map();
    read = null;
    unconfirmed = null;
  };

  const flush = async () => {
    const chunk = pending;
    pending = [];
    const [first] = chunk;
    if (!first) return;
    const alone = async () => {
      readAfresh();
      for (const p of chunk) await safely(p.index, () => runMutation(one(input.group[p.index] as C, p.index)));
    };
    const check = unconfirmed && stillAsReadAhead ? stillAsReadAhead(db, actor.orgId, accountId, unconfirmed) : null;
    if (chunk.length === 1 && !check) {
      await safely(first.index, () => commitOne(one(input.group[first.index] as C, first.index), first.write));
      // Refused at commit (a guard, the fence): what it staged did not happen.
      if (!outcomes[first.index]?.result.ok) staged = new Map();
      return;
    }
    try {
      if (chunk.some((p) => p.write.outbox.length > 0)) await input.beforeOutbox?.();
      await input.audit.commit(
        chunk.map((p) => p.write.entry),
        () => [...(check?.statements ?? []), ...chunk.flatMap((p) => p.write.statements())],
      );
      for (const p of chunk) outcomes[p.index] = p.write.outcome;
      unconfirmed = null;
    } catch (error) {
      // Nothing of the batch was written: each runs alone, planned afresh, so one bad command holds back no other.
      const moved = check !== null && errorText(error).includes(check.constraint);
      console.error(
        JSON.stringify(
          moved
            ? { level: "info", msg: "records moved since they were read ahead; one at a time", room: input.accountId }
            : { level: "warn", msg: "group batch failed; one at a time", room: input.accountId, error: String(error) },
        ),
      );
      await alone();
    }
  };

  for (const [index, command] of input.group.entries()) {
    const single = one(command, index);
    if (!input.batchable(command)) {
      await flush();
      await safely(index, () => runMutation(single));
      readAfresh();
      continue;
    }
    await safely(index, async () => {
      const found = await accountFor(single, read ?? undefined, input.findForGroup);
      if ("outcome" in found) return found.outcome;
      if (found.created) {
        // It creates the account: alone, and the account is read again after it.
        await flush();
        readAfresh();
        return runMutation(single);
      }
      read = found;
      const prepared = await prepare(single, found.account, found.timeZone, new Map(staged));
      if ("answer" in prepared) return prepared.answer;
      if ("refusal" in prepared) {
        await flush();
        // Planned from records read outside the room: refused only on what the database says now.
        if (unconfirmed) {
          readAfresh();
          return runMutation(single);
        }
        return refused(single, prepared.refusal);
      }
      pending.push({ index, write: prepared.write });
      if (prepared.staged) staged = prepared.staged;
      return prepared.write.outcome;
    });
  }
  await flush();
  return outcomes;
}
