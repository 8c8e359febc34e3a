// The callback calls (schedule, reschedule, complete; whom a lead may assign), each answer parsed
// with its schema from core/protocol/callback-answers.ts.
import { CallbackAssigneesSchema, CallbackCompletedSchema, CallbackScheduledSchema } from "../../../core/protocol/callback-answers";
import { api } from "./api";

const enc = encodeURIComponent;

export const callbacksApi = {
  schedule: (customerId: string, body: { dueAt: number; note: string; reason?: string; assignedTo?: string }) =>
    api.post(`/api/customers/${enc(customerId)}/callbacks`, body, CallbackScheduledSchema),
  reschedule: (customerId: string, callbackId: string, body: { dueAt: number; note: string; assignedTo?: string }) =>
    api.post(`/api/customers/${enc(customerId)}/callbacks/${enc(callbackId)}/reschedule`, body, CallbackScheduledSchema),
  complete: (customerId: string, callbackId: string, note: string) =>
    api.post(`/api/customers/${enc(customerId)}/callbacks/${enc(callbackId)}/complete`, { note }, CallbackCompletedSchema),
  assignees: () => api.get("/api/callbacks/assignees", CallbackAssigneesSchema),
};
