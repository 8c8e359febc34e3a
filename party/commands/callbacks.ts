// callback.schedule, callback.reschedule and callback.complete: the rep's follow-up calls. No
// ownership (a callback is a task about the account, not its data): a rep on the phone schedules one
// while someone else owns the account. Reps work their own; leads assign and work anyone's.
import type * as v from "valibot";
import { type CallbackRefusal, callbackReason, checkDueAt, mayAssign, mayWork } from "../../core/domain/callbacks";
import { redactFreeText } from "../../core/domain/redaction";
import { describeInstant } from "../../core/domain/time-zone";
import type {
  CallbackCompleteCommandSchema,
  CallbackRescheduleCommandSchema,
  CallbackScheduleCommandSchema,
} from "../../core/protocol/callback-commands";
import { AppError } from "../../core/protocol/errors";
import { completeCallback, findCallback, insertCallback, rescheduleCallback } from "../../db/repositories/callbacks";
import { findStaffById, type StaffRecord } from "../../db/repositories/staff";
import type { CommandContext, CommandHandler, CommandPlan } from "./types";

function refuse(refusal: CallbackRefusal | null): void {
  if (!refusal) return;
  const fields = refusal.path ? [{ path: refusal.path, message: refusal.message }] : undefined;
  throw new AppError(refusal.code, refusal.message, fields);
}

/** The person to call back: the actor by default; another person of the org only for a lead. */
async function assigneeFor(ctx: CommandContext, id: string | undefined): Promise<StaffRecord> {
  const person = id && id !== ctx.actor.id ? await findStaffById(ctx.db, id) : await findStaffById(ctx.db, ctx.actor.id);
  // Someone of another org is nobody, as everywhere.
  if (!person || person.orgId !== ctx.actor.orgId) throw new AppError("NOT_FOUND", "No such person to give the callback to");
  refuse(mayAssign(ctx.actor, person));
  return person;
}

/** The floors of everyone concerned: the assignees' teams and the customer's team. */
function queues(ctx: CommandContext, people: (StaffRecord | null)[]): NonNullable<CommandPlan["queues"]> {
  const teams = [ctx.customer.teamId, ...people.map((p) => p?.teamId ?? null)].filter((t): t is string => t !== null);
  const staffIds = people.flatMap((p) => (p ? [p.id] : []));
  return { queue: "callbacks", teamIds: [...new Set(teams)], staffIds: [...new Set(staffIds)] };
}

const whoFor = (ctx: CommandContext, person: StaffRecord) => (person.id === ctx.actor.id ? "" : ` for ${person.name}`);

export const callbackSchedule: CommandHandler<v.InferOutput<typeof CallbackScheduleCommandSchema>> = {
  permission: "callback.manage",
  requiresOwnership: false,
  async plan(ctx, command) {
    refuse(checkDueAt(command.dueAt, ctx.now));
    const assignee = await assigneeFor(ctx, command.assignedTo);
    const id = ctx.id("cb");
    // Shown on call lists and the floor: free text, redacted like every note.
    const reason = redactFreeText(callbackReason(command.reason, command.note), ctx.now);
    const when = describeInstant(command.dueAt, ctx.timeZone);
    return {
      statements: [
        insertCallback(ctx.db, {
          id,
          customerId: ctx.customer.id,
          assignedTo: assignee.id,
          dueAt: command.dueAt,
          reason,
          createdBy: ctx.actor.id,
          createdAt: ctx.now,
        }),
      ],
      note: { text: command.note, category: "callback", action: "callback.schedule" },
      activity: { kind: "communication", summary: `Callback ${when}${whoFor(ctx, assignee)}: ${reason}`, data: { callbackId: id } },
      audit: {
        action: "callback.schedule",
        targetType: "callback",
        targetId: id,
        details: { assignedTo: assignee.id, dueAt: command.dueAt },
      },
      reply: { callbackId: id, dueAt: command.dueAt, assignedTo: assignee.id },
      recordsChanged: [{ record: "callback", id }],
      queues: queues(ctx, [assignee]),
    };
  },
};

export const callbackReschedule: CommandHandler<v.InferOutput<typeof CallbackRescheduleCommandSchema>> = {
  permission: "callback.manage",
  requiresOwnership: false,
  async plan(ctx, command) {
    const callback = await findCallback(ctx.db, ctx.customer.id, command.callbackId);
    if (!callback) throw new AppError("NOT_FOUND", "This customer has no such callback");
    refuse(mayWork(ctx.actor, callback));
    refuse(checkDueAt(command.dueAt, ctx.now));
    const assignee = await assigneeFor(ctx, command.assignedTo ?? callback.assignedTo ?? undefined);
    const before = callback.assignedTo && callback.assignedTo !== assignee.id ? await findStaffById(ctx.db, callback.assignedTo) : null;
    const when = describeInstant(command.dueAt, ctx.timeZone);
    return {
      statements: [rescheduleCallback(ctx.db, callback.id, { dueAt: command.dueAt, assignedTo: assignee.id })],
      note: { text: command.note, category: "callback", action: "callback.reschedule" },
      activity: {
        kind: "communication",
        summary: `Callback moved to ${when}${whoFor(ctx, assignee)}: ${callback.reason}`,
        data: { callbackId: callback.id },
      },
      audit: {
        action: "callback.reschedule",
        targetType: "callback",
        targetId: callback.id,
        details: { from: callback.dueAt, dueAt: command.dueAt, assignedFrom: callback.assignedTo, assignedTo: assignee.id },
      },
      reply: { callbackId: callback.id, dueAt: command.dueAt, assignedTo: assignee.id },
      recordsChanged: [{ record: "callback", id: callback.id }],
      queues: queues(ctx, [assignee, before]),
    };
  },
};

export const callbackComplete: CommandHandler<v.InferOutput<typeof CallbackCompleteCommandSchema>> = {
  permission: "callback.manage",
  requiresOwnership: false,
  async plan(ctx, command) {
    const callback = await findCallback(ctx.db, ctx.customer.id, command.callbackId);
    if (!callback) throw new AppError("NOT_FOUND", "This customer has no such callback");
    refuse(mayWork(ctx.actor, callback));
    const noteId = ctx.id("not");
    const assignee = callback.assignedTo ? await findStaffById(ctx.db, callback.assignedTo) : null;
    return {
      statements: [completeCallback(ctx.db, callback.id, { doneAt: ctx.now, doneBy: ctx.actor.id, doneNoteId: noteId })],
      // The note is the call's outcome; the callback points at it.
      note: { id: noteId, text: command.note, category: "callback", action: "callback.complete" },
      activity: { kind: "communication", summary: `Callback done: ${callback.reason}`, data: { callbackId: callback.id } },
      audit: { action: "callback.complete", targetType: "callback", targetId: callback.id, details: { dueAt: callback.dueAt } },
      reply: { callbackId: callback.id, doneAt: ctx.now },
      recordsChanged: [{ record: "callback", id: callback.id }],
      queues: queues(ctx, [assignee]),
    };
  },
};
