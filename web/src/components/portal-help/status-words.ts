// What a merchant reads for a ticket's status: plain words about who has the next move.
import type { TicketStatus } from "../../../../core/domain/tickets";

export const PORTAL_STATUS: Record<TicketStatus, { label: string; hint: string }> = {
  new: { label: "Received", hint: "We have your request; a specialist picks it up soon." },
  open: { label: "Being worked on", hint: "A specialist is on it." },
  waiting_on_client: { label: "Waiting for you", hint: "We asked you something: answer below." },
  resolved: { label: "Resolved", hint: "We think this is solved. Rate the help, or reopen it." },
  closed: { label: "Closed", hint: "This request is closed." },
};
