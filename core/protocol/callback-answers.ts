// Answers of the callback routes: the commands' replies, and whom a lead may give a callback to.
import * as v from "valibot";
import { RoleSchema } from "../domain/roles";
import { commandReply } from "./replies";

/** POST /api/customers/:id/callbacks and …/callbacks/:callbackId/reschedule */
export const CallbackScheduledSchema = commandReply({ callbackId: v.string(), dueAt: v.number(), assignedTo: v.string() });
export type CallbackScheduled = v.InferOutput<typeof CallbackScheduledSchema>;

/** POST /api/customers/:id/callbacks/:callbackId/complete */
export const CallbackCompletedSchema = commandReply({ callbackId: v.string(), doneAt: v.number() });
export type CallbackCompleted = v.InferOutput<typeof CallbackCompletedSchema>;

/** GET /api/callbacks/assignees: the org's active people who take callbacks. */
export const CallbackAssigneesSchema = v.object({
  items: v.array(v.object({ id: v.string(), name: v.string(), role: RoleSchema, teamId: v.nullable(v.string()) })),
});
export type CallbackAssignees = v.InferOutput<typeof CallbackAssigneesSchema>;
