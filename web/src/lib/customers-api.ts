// The customer screens' calls: search, profile, activity, notes, changes and the call list, each
// answer parsed with its schema from core/protocol.
import type { PromptKind } from "../../../core/domain/prompts";
import {
  ActivityPageSchema,
  NoteAddedSchema,
  NotesPageSchema,
  ProfileUpdatedSchema,
  PromptDismissedSchema,
  RevealedSchema,
} from "../../../core/protocol/activity-answers";
import type { ProfileChanges } from "../../../core/protocol/commands";
import { CallListSchema, ProfileSchema, SearchPageSchema } from "../../../core/protocol/customer-answers";
import { api } from "./api";

const enc = encodeURIComponent;

export const customersApi = {
  search: (q: string, offset: number, signal?: AbortSignal) =>
    api.get(`/api/customers?q=${enc(q)}&limit=20&offset=${offset}`, SearchPageSchema, signal),
  profile: (id: string) => api.get(`/api/customers/${enc(id)}`, ProfileSchema),
  activity: (id: string, page: { before?: number; beforeId?: string; kinds?: readonly string[] }, signal?: AbortSignal) => {
    const query = new URLSearchParams({ limit: "30" });
    if (page.before !== undefined) query.set("before", String(page.before));
    if (page.beforeId) query.set("beforeId", page.beforeId);
    if (page.kinds && page.kinds.length > 0) query.set("kinds", page.kinds.join(","));
    return api.get(`/api/customers/${enc(id)}/activity?${query}`, ActivityPageSchema, signal);
  },
  notes: (id: string, offset: number, signal?: AbortSignal) =>
    api.get(`/api/customers/${enc(id)}/notes?limit=30&offset=${offset}`, NotesPageSchema, signal),
  addNote: (id: string, body: { text: string; category: string; clientId: string }) =>
    api.post(`/api/customers/${enc(id)}/notes`, body, NoteAddedSchema),
  updateProfile: (id: string, body: { lockToken: number; note: string; changes: ProfileChanges }) =>
    api.patch(`/api/customers/${enc(id)}/profile`, body, ProfileUpdatedSchema),
  dismissPrompt: (id: string, promptId: PromptKind, reason: string) =>
    api.post(`/api/customers/${enc(id)}/prompts/${enc(promptId)}/dismiss`, { reason }, PromptDismissedSchema),
  /** The org's day decides what is due today (the server knows its time zone). */
  callList: (signal?: AbortSignal) => api.get("/api/call-list", CallListSchema, signal),
  /** One masked field in full, for roles allowed to: audited, noted, rate-limited. Kept in memory only. */
  reveal: (id: string, field: string, note: string) => api.post(`/api/customers/${enc(id)}/reveal`, { field, note }, RevealedSchema),
};
