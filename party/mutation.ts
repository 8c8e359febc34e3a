// The mutation path of any account (a customer's or a merchant's): permission, ownership and
// fencing token, then one batch that writes the change, the note, the feed item and the audit row;
// nothing but a refusal's audit row is written on any refusal. Several commands of one account that
// share their reads and one batch: mutation-group.ts.
import type { Actor } from "../core/domain/actor";
import { feedItem } from "../core/domain/feed";
import { checkWrite, type LockConfig, type LockState } from "../core/domain/lock";
import { redactFreeText } from "../core/domain/redaction";
import { isSystemActor, mayRun } from "../core/domain/system-actor";
import { localDate } from "../core/domain/time-zone";
import type { JsonValue, MutationResult } from "../core/protocol/commands";
import { AppError } from "../core/protocol/errors";
import type { FeedItem } from "../core/protocol/room";
import { type Database, errorText, isFenceViolation } from "../db/client";
import { newId } from "../db/crypto";
import { type AccountTables, accountRecordStatements } from "../db/repositories/account-records";
import { type AuditEntry, type AuditSigner, type AuditStream, appendAudit, type Statement, staffStream } from "../db/repositories/audit";
import { insertOutbox, type OutboxInsert } from "../db/repositories/integration-outbox";
import { orgTimeZone } from "../db/repositories/org";
import type { BaseContext, CommandHandler, CommandPlan, OutboundChange, StagedEntities } from "./commands/types";

/** One kind of account's commands: how to find the account, its handlers, and what they are given. */
export interface AccountCommands<A, C extends { type: string }, Ctx extends BaseContext> {
  tables: AccountTables;
  /** What a caller is told about an account outside their org (or none). */
  notFound: string;
  find(db: Database, orgId: string, accountId: string): Promise<A | null>;
  handlerFor(command: C): CommandHandler<C, Ctx>;
  context(base: BaseContext, account: A): Ctx;
  /** The account a command may create when it does not exist yet (a customer a back end names first). */
  create?(command: C, ids: { accountId: string; orgId: string }, now: number): A | null;
  /** What a group of commands will read of back-end records, read ahead in one round trip (runMutationGroup). */
  readAhead?(db: Database, orgId: string, accountId: string, group: readonly C[]): Promise<StagedEntities>;
  /**
   * What a batch planned from records the caller read ahead (outside the room's order:
   * `MutationGroupInput.ahead`) starts with: statements that fail the batch, by `constraint`, unless
   * they are still as read.
   */
  stillAsReadAhead?(db: Database, orgId: string, accountId: string, ahead: StagedEntities): { statements: Statement[]; constraint: string };
  /** The outbox rows of a plan's outbound changes (accounts whose changes back ends must hear of). */
  outbox?(db: Database, account: A, changes: readonly OutboundChange[], now: number): Promise<OutboxInsert[]>;
}

export interface MutationInput<A, C extends { type: string }, Ctx extends BaseContext> {
  db: Database;
  /** The account's audit stream (the room's). */
  audit: AuditStream;
  signer: AuditSigner;
  actor: Actor;
  accountId: string;
  command: C;
  commands: AccountCommands<A, C, Ctx>;
  lock: LockState;
  lockConfig: LockConfig;
  now: number;
  origin: { ip: string | null; userAgent: string | null };
  /** Runs just before a batch that carries outbox rows commits (the room arms its sending alarm). */
  beforeOutbox?: () => Promise<void>;
  /** The org's time zone (the room keeps it); read from the database when not given. */
  timeZone?: (db: Database, orgId: string) => Promise<string>;
}

export interface MutationOutcome {
  result: MutationResult;
  feed?: FeedItem;
  plan?: CommandPlan;
  /** Outbox rows committed with the change: the room hands them to the queue next. */
  outbox?: OutboxInsert[];
}

/** Refusals of access (as opposed to a rule about the data) are audited as `denied`. */
const ACCESS_REFUSALS: ReadonlySet<string> = new Set(["FORBIDDEN", "RATE_LIMITED", "EDIT_WINDOW_CLOSED", "UNAUTHENTICATED"]);

function failure(error: AppError): MutationOutcome {
  const details = error.details === undefined ? {} : { details: JSON.parse(JSON.stringify(error.details)) as JsonValue };
  return { result: { ok: false, error: { code: error.code, message: error.message, ...details } } };
}

/** A planned change, ready to commit: alone (runMutation) or with others of one account (runMutationGroup). */
export interface PreparedWrite {
  entry: AuditEntry;
  statements: () => Statement[];
  outbox: OutboxInsert[];
  outcome: MutationOutcome;
  /** The fencing token the batch is guarded by (ownership), and the plan's guards. */
  token: number | null;
  guards: NonNullable<CommandPlan["guards"]>;
}

/** Planning's verdict: a write to commit, a refusal to record (its audit row), or an answer with nothing to write. */
type Prepared =
  | { write: PreparedWrite; staged?: StagedEntities }
  | { refusal: { error: AppError; outcome: AuditEntry["outcome"]; details: Record<string, unknown> } }
  | { answer: MutationOutcome };

function auditEntryOf(
  input: { actor: Actor; accountId: string; now: number; origin: MutationInput<unknown, never, never>["origin"] },
  tables: AccountTables,
) {
  return (outcome: AuditEntry["outcome"], action: string, details: Record<string, unknown>): AuditEntry => ({
    orgId: input.actor.orgId,
    at: input.now,
    actorId: input.actor.id,
    actorRole: isSystemActor(input.actor) ? "system" : input.actor.role,
    action,
    ...tables.auditTarget(input.accountId),
    outcome,
    ...input.origin,
    details,
  });
}

/** Records a refusal (its audit row in the account's stream) and answers it. */
export async function refused<A, C extends { type: string }, Ctx extends BaseContext>(
  input: MutationInput<A, C, Ctx>,
  refusal: Extract<Prepared, { refusal: unknown }>["refusal"],
): Promise<MutationOutcome> {
  const audit = auditEntryOf(input, input.commands.tables);
  await input.audit.commit([audit(refusal.outcome, input.command.type, { code: refusal.error.code, ...refusal.details })]);
  return failure(refusal.error);
}

/** Ownership and the handler's plan for an account already read: what to write, or why not. */
export async function prepare<A, C extends { type: string }, Ctx extends BaseContext>(
  input: MutationInput<A, C, Ctx>,
  account: A,
  timeZone: string,
  staged?: StagedEntities,
): Promise<Prepared> {
  const { db, actor, accountId, command, now, origin, commands } = input;
  const { tables } = commands;
  const handler = commands.handlerFor(command);
  const audit = auditEntryOf(input, tables);
  const refuse = (error: AppError, outcome: AuditEntry["outcome"] = "denied", details: Record<string, unknown> = {}): Prepared => ({
    refusal: { error, outcome, details },
  });

  let token: number | null = null;
  if (handler.requiresOwnership) {
    const presented = (command as { lockToken?: unknown }).lockToken;
    const check = checkWrite(input.lock, actor.id, typeof presented === "number" ? presented : null, now, input.lockConfig);
    if (!check.ok) return refuse(new AppError(check.code, check.message));
    token = check.token;
  }

  let plan: CommandPlan;
  try {
    const base: BaseContext = {
      db,
      actor,
      now,
      timeZone,
      today: localDate(now, timeZone),
      id: newId,
      origin,
      ...(staged ? { staged } : {}),
    };
    const planned = await handler.plan(commands.context(base, account), command);
    // Nothing to do (an event older than what the account has): nothing is written.
    if ("skip" in planned) return { answer: { result: { ok: true, reply: { skipped: planned.skip } } } };
    plan = planned;
  } catch (error) {
    // A handler's own refusal (a business rule, a quota, a window) is audited here like any other.
    if (!(error instanceof AppError)) throw error;
    const details =
      error.details && typeof error.details === "object" && !Array.isArray(error.details) ? (error.details as Record<string, unknown>) : {};
    return refuse(error, ACCESS_REFUSALS.has(error.code) ? "denied" : "failure", details);
  }
  const noteText = redactFreeText(plan.note.text.trim(), now);
  if (noteText.length === 0) return refuse(new AppError("NOTE_REQUIRED", "Every change needs a note"));

  const noteId = plan.note.id ?? newId("not");
  if (plan.note.id) {
    const existing = await tables.noteExists(db, noteId);
    if (existing) return { answer: { result: { ok: true, reply: { ...plan.reply, duplicate: true } } } };
  }
  const kind = plan.note.kind ?? "manual";
  const activityRow = {
    id: newId("act"),
    orgId: actor.orgId,
    accountId,
    kind: plan.activity.kind,
    summary: plan.activity.kind === "note" ? noteText : plan.activity.summary,
    data: JSON.stringify(plan.activity.data ?? {}),
    actorId: actor.id,
    actorName: actor.name,
    at: now,
  };
  const outbox = plan.outbound?.length && commands.outbox ? await commands.outbox(db, account, plan.outbound, now) : [];
  const entry = audit("success", plan.audit.action, {
    targetType: plan.audit.targetType,
    targetId: plan.audit.targetId,
    noteId,
    ...plan.audit.details,
  });
  const guards = plan.guards ?? [];
  const statements = () => [
    ...(token !== null ? [tables.fence(db, accountId, token)] : []),
    ...guards.map((guard) => guard.statement),
    ...accountRecordStatements(db, tables, {
      statements: plan.statements,
      note: {
        id: noteId,
        orgId: actor.orgId,
        accountId,
        authorId: isSystemActor(actor) ? null : actor.id,
        authorName: actor.name,
        kind,
        category: plan.note.category,
        action: plan.note.action,
        text: noteText,
        immutable: kind !== "manual",
        createdAt: now,
      },
      activity: activityRow,
    }),
    ...insertOutbox(db, outbox),
  ];
  const outcome: MutationOutcome = { result: { ok: true, reply: { ...plan.reply, noteId } }, feed: feedItem(activityRow), plan, outbox };
  return { write: { entry, statements, outbox, outcome, token, guards }, ...(staged ? { staged } : {}) };
}

export interface AccountRead<A> {
  account: A;
  /** The account did not exist: the command creates it. */
  created: boolean;
  timeZone: string;
}

/** Permission and the account: the account as stored (or the one the command creates), or the refusal already recorded. */
export async function accountFor<A, C extends { type: string }, Ctx extends BaseContext>(
  input: MutationInput<A, C, Ctx>,
  known?: AccountRead<A>,
  find: AccountCommands<A, C, Ctx>["find"] = input.commands.find,
): Promise<AccountRead<A> | { outcome: MutationOutcome }> {
  const { db, actor, accountId, command, now, commands } = input;
  const handler = commands.handlerFor(command);
  if (!mayRun(actor, handler.permission))
    return {
      outcome: await refused(input, {
        error: new AppError("FORBIDDEN", `Your role may not ${command.type}`),
        outcome: "denied",
        details: {},
      }),
    };
  if (known) return known;
  const [stored, timeZone] = await Promise.all([find(db, actor.orgId, accountId), (input.timeZone ?? orgTimeZone)(db, actor.orgId)]);
  // A back end may name a customer Tandem does not have yet: the command creates it (in its plan).
  const account = stored ?? commands.create?.(command, { accountId, orgId: actor.orgId }, now) ?? null;
  if (!account) {
    // Not this org's account (or none): recorded in the caller's own stream, never in that account's.
    const audit = auditEntryOf(input, commands.tables);
    await appendAudit(
      db,
      input.signer,
      { ...audit("denied", command.type, { code: "NOT_FOUND" }), customerId: null },
      staffStream(actor.id),
    );
    return { outcome: failure(new AppError("NOT_FOUND", commands.notFound)) };
  }
  return { account, created: stored === null, timeZone };
}

/** Commits one prepared write; a guard's or the fence's refusal is recorded instead. */
export async function commitOne<A, C extends { type: string }, Ctx extends BaseContext>(
  input: MutationInput<A, C, Ctx>,
  write: PreparedWrite,
): Promise<MutationOutcome> {
  const { token, guards } = write;
  if (write.outbox.length > 0) await input.beforeOutbox?.();
  try {
    await input.audit.commit([write.entry], write.statements);
  } catch (error) {
    const guard = guards.find((g) => errorText(error).includes(g.constraint));
    if (guard)
      return refused(input, { error: guard.error, outcome: ACCESS_REFUSALS.has(guard.error.code) ? "denied" : "failure", details: {} });
    if (token !== null && isFenceViolation(error)) {
      return refused(input, {
        error: new AppError("LOCK_STALE", "Ownership changed while saving; nothing was written. Take ownership again."),
        outcome: "denied",
        details: {},
      });
    }
    throw error;
  }
  return write.outcome;
}

export async function runMutation<A, C extends { type: string }, Ctx extends BaseContext>(
  input: MutationInput<A, C, Ctx>,
): Promise<MutationOutcome> {
  const found = await accountFor(input);
  if ("outcome" in found) return found.outcome;
  const prepared = await prepare(input, found.account, found.timeZone);
  if ("answer" in prepared) return prepared.answer;
  if ("refusal" in prepared) return refused(input, prepared.refusal);
  return commitOne(input, prepared.write);
}
