// The mutation path of any account (a customer's or a merchant's): permission, ownership and
// fencing token, then one batch that writes the change, the note, the feed item and the audit row;
// nothing but a refusal's audit row is written on any refusal.
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
import { type AuditEntry, type AuditSigner, type AuditStream, appendAudit, staffStream } from "../db/repositories/audit";
import { insertOutbox, type OutboxInsert } from "../db/repositories/integration-outbox";
import { orgTimeZone } from "../db/repositories/org";
import type { BaseContext, CommandHandler, CommandPlan, OutboundChange } from "./commands/types";

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

export async function runMutation<A, C extends { type: string }, Ctx extends BaseContext>(
  input: MutationInput<A, C, Ctx>,
): Promise<MutationOutcome> {
  const { db, actor, accountId, command, now, origin, commands } = input;
  const { tables } = commands;
  const handler = commands.handlerFor(command);
  const audit = (outcome: AuditEntry["outcome"], action: string, details: Record<string, unknown>): AuditEntry => ({
    orgId: actor.orgId,
    at: now,
    actorId: actor.id,
    actorRole: isSystemActor(actor) ? "system" : actor.role,
    action,
    ...tables.auditTarget(accountId),
    outcome,
    ...origin,
    details,
  });
  const refuse = async (error: AppError, outcome: AuditEntry["outcome"] = "denied", details: Record<string, unknown> = {}) => {
    await input.audit.commit([audit(outcome, command.type, { code: error.code, ...details })]);
    return failure(error);
  };

  if (!mayRun(actor, handler.permission)) return refuse(new AppError("FORBIDDEN", `Your role may not ${command.type}`));
  const [stored, timeZone] = await Promise.all([commands.find(db, actor.orgId, accountId), orgTimeZone(db, actor.orgId)]);
  // A back end may name a customer Tandem does not have yet: the command creates it (in its plan).
  const account = stored ?? commands.create?.(command, { accountId, orgId: actor.orgId }, now) ?? null;
  if (!account) {
    // Not this org's account (or none): recorded in the caller's own stream, never in that account's.
    await appendAudit(
      db,
      input.signer,
      { ...audit("denied", command.type, { code: "NOT_FOUND" }), customerId: null },
      staffStream(actor.id),
    );
    return failure(new AppError("NOT_FOUND", commands.notFound));
  }

  let token: number | null = null;
  if (handler.requiresOwnership) {
    const presented = (command as { lockToken?: unknown }).lockToken;
    const check = checkWrite(input.lock, actor.id, typeof presented === "number" ? presented : null, now, input.lockConfig);
    if (!check.ok) return refuse(new AppError(check.code, check.message));
    token = check.token;
  }

  let plan: CommandPlan;
  try {
    const base: BaseContext = { db, actor, now, timeZone, today: localDate(now, timeZone), id: newId, origin };
    const planned = await handler.plan(commands.context(base, account), command);
    // Nothing to do (an event older than what the account has): nothing is written.
    if ("skip" in planned) return { result: { ok: true, reply: { skipped: planned.skip } } };
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
    if (existing) return { result: { ok: true, reply: { ...plan.reply, duplicate: true } } };
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
  if (outbox.length > 0) await input.beforeOutbox?.();
  const success = audit("success", plan.audit.action, {
    targetType: plan.audit.targetType,
    targetId: plan.audit.targetId,
    noteId,
    ...plan.audit.details,
  });
  try {
    await input.audit.commit([success], () => [
      ...(token !== null ? [tables.fence(db, accountId, token)] : []),
      ...(plan.guards ?? []).map((guard) => guard.statement),
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
    ]);
  } catch (error) {
    const guard = plan.guards?.find((g) => errorText(error).includes(g.constraint));
    if (guard) return refuse(guard.error, ACCESS_REFUSALS.has(guard.error.code) ? "denied" : "failure");
    if (token !== null && isFenceViolation(error)) {
      return refuse(new AppError("LOCK_STALE", "Ownership changed while saving; nothing was written. Take ownership again."));
    }
    throw error;
  }
  return { result: { ok: true, reply: { ...plan.reply, noteId } }, feed: feedItem(activityRow), plan, outbox };
}
