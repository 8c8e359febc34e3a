// The service desk's calls: the queue page, the counters, a ticket, and every change (through the
// ticket's room: replies, status changes and escalation carry the owner's token), each answer
// parsed with its schema from core/protocol.
import type { TicketPriority, TicketStatus, TicketTeam } from "../../../core/domain/tickets";
import {
  DeskCountersSchema,
  TicketChangedSchema,
  TicketDetailSchema,
  TicketOpenedSchema,
  TicketQueuePageSchema,
} from "../../../core/protocol/ticket-answers";
import { api } from "./api";

const t = (id: string) => `/api/desk/tickets/${encodeURIComponent(id)}`;

export const deskApi = {
  queue: (query: URLSearchParams, signal?: AbortSignal) => api.get(`/api/desk/tickets?${query}`, TicketQueuePageSchema, signal),
  counters: () => api.get("/api/desk/counters", DeskCountersSchema),
  ticket: (id: string) => api.get(t(id), TicketDetailSchema),
  reply: (id: string, lockToken: number, body: string) => api.post(`${t(id)}/replies`, { lockToken, body }, TicketChangedSchema),
  note: (id: string, text: string) => api.post(`${t(id)}/notes`, { text }, TicketChangedSchema),
  status: (id: string, lockToken: number, status: TicketStatus, note: string) =>
    api.post(`${t(id)}/status`, { lockToken, status, note }, TicketChangedSchema),
  escalate: (id: string, lockToken: number, note: string) => api.post(`${t(id)}/escalate`, { lockToken, note }, TicketChangedSchema),
  openForCustomer: (body: { customerId: string; subject: string; priority: TicketPriority; team: TicketTeam; body: string }) =>
    api.post("/api/desk/tickets", body, TicketOpenedSchema),
};
