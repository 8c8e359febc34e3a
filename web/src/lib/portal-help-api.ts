// The portal help center's calls (/api/portal/tickets), each answer parsed with its schema.
import type { TicketPriority } from "../../../core/domain/tickets";
import { PortalTicketDetailSchema, PortalTicketListSchema } from "../../../core/protocol/ticket-answers";
import { api } from "./api";

const t = (id: string) => `/api/portal/tickets/${encodeURIComponent(id)}`;

export const portalHelpApi = {
  list: () => api.get("/api/portal/tickets", PortalTicketListSchema),
  open: (body: { subject: string; priority: TicketPriority; team: "support" | "billing" | "technical"; body: string }) =>
    api.post("/api/portal/tickets", body, PortalTicketDetailSchema),
  ticket: (id: string) => api.get(t(id), PortalTicketDetailSchema),
  reply: (id: string, body: string) => api.post(`${t(id)}/replies`, { body }, PortalTicketDetailSchema),
  reopen: (id: string, body: string) => api.post(`${t(id)}/reopen`, { body }, PortalTicketDetailSchema),
  rate: (id: string, rating: number) => api.post(`${t(id)}/rating`, { rating }, PortalTicketDetailSchema),
};
