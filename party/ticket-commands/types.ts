// What a ticket's command handlers are given: the base context, the ticket's row as stored (or as
// the opening command creates it), and the SLA table's scale (1 outside the end-to-end tests).
import type { TicketRecord } from "../../db/repositories/tickets";
import type { BaseContext, CommandHandler } from "../commands/types";

export interface TicketContext extends BaseContext {
  ticket: TicketRecord;
  /** Whether the ticket exists yet (an opening command creates it). */
  exists: boolean;
  slaScale: number;
}

export type TicketHandler<C> = CommandHandler<C, TicketContext>;
