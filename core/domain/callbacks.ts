// Callback rules: when one may be due, who may work it, and who may take one. Pure: the actor,
// the callback and `now` in, a refusal (or null) out.
import type { Actor } from "./actor";
import { can } from "./permissions";
import type { Role } from "./roles";

/** A callback is for later: a time a few minutes gone (the rep typed slowly) still counts as now. */
export const CALLBACK_PAST_SLACK_MS = 5 * 60_000;
/** Nobody plans a call back further out than this; a later date is a typo. */
export const CALLBACK_MAX_AHEAD_MS = 180 * 86_400_000;
/** The reason the call list shows, cut from the note when none is given. */
export const CALLBACK_REASON_MAX = 120;

export type CallbackRefusal = { code: "VALIDATION" | "FORBIDDEN" | "CONFLICT"; message: string; path?: string };

export function checkDueAt(dueAt: number, now: number): CallbackRefusal | null {
  if (dueAt < now - CALLBACK_PAST_SLACK_MS) return { code: "VALIDATION", message: "A callback must be due in the future", path: "dueAt" };
  if (dueAt > now + CALLBACK_MAX_AHEAD_MS)
    return { code: "VALIDATION", message: "A callback can be at most 180 days ahead", path: "dueAt" };
  return null;
}

/** Reps work their own callbacks; leads (callback.assign) anyone's. */
export function mayWork(
  actor: Pick<Actor, "id" | "role">,
  callback: { assignedTo: string | null; doneAt: number | null },
): CallbackRefusal | null {
  if (callback.doneAt !== null) return { code: "CONFLICT", message: "This callback is already done" };
  if (callback.assignedTo === actor.id || can(actor.role, "callback.assign")) return null;
  return { code: "FORBIDDEN", message: "This callback is someone else's; ask them or a team lead" };
}

/** Giving a callback to someone other than oneself is a lead's call, and only to someone who takes callbacks. */
export function mayAssign(
  actor: Pick<Actor, "id" | "role">,
  assignee: { id: string; role: Role; status: "active" | "disabled" },
): CallbackRefusal | null {
  if (assignee.id !== actor.id && !can(actor.role, "callback.assign"))
    return { code: "FORBIDDEN", message: "Only a team lead may give a callback to someone else" };
  if (assignee.status !== "active" || !can(assignee.role, "callback.manage"))
    return { code: "VALIDATION", message: "That person does not take callbacks", path: "assignedTo" };
  return null;
}

/** The call list's line: the given reason, else the note's first line, cut to length. */
export function callbackReason(reason: string | undefined, note: string): string {
  const text = (reason?.trim() || note.trim().split("\n")[0] || "Callback").replace(/\s+/g, " ");
  return text.length > CALLBACK_REASON_MAX ? `${text.slice(0, CALLBACK_REASON_MAX - 1)}…` : text;
}
