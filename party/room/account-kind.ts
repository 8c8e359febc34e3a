// What makes a room a customer's or a merchant's: where its records go (its tables), who may read,
// own and take over the account, what its room-state calls it, and whether the teams' floors hear
// about it. Everything else in party/room/ is the same for both (docs/decisions/015-merchant-rooms.md).
import type { Permission } from "../../core/domain/permissions";
import type { AccountTables } from "../../db/repositories/account-records";
import { CUSTOMER_TABLES } from "../../db/repositories/customer-tables";
import { MERCHANT_TABLES } from "../../db/repositories/merchant-tables";
import { TICKET_TABLES } from "../../db/repositories/ticket-tables";
import type { OwnershipPermissions } from "./connection";

export interface AccountKind extends OwnershipPermissions {
  tables: AccountTables;
  /** Who may open the account's room. */
  read: Permission;
  /** What a join to an account the person may not see is told (never "forbidden": it does not exist for them). */
  notFound: string;
  /** The room-state names the account under this key. */
  stateKey: "customerId" | "merchantId" | "ticketId";
  /** Customers are served by teams whose floor rooms hear who is on each account; merchants are not. */
  floors: boolean;
}

export const CUSTOMER_KIND: AccountKind = {
  tables: CUSTOMER_TABLES,
  read: "customer.read",
  acquire: "lock.acquire",
  takeover: "lock.takeover",
  takeoverRefusal: "Only team leads and above can take over an account",
  notFound: "No such customer",
  stateKey: "customerId",
  floors: true,
};

export const MERCHANT_KIND: AccountKind = {
  tables: MERCHANT_TABLES,
  read: "merchant.read",
  acquire: "merchant.own",
  takeover: "merchant.takeover",
  takeoverRefusal: "Only directors and admins can take over a merchant account",
  notFound: "No such merchant",
  stateKey: "merchantId",
  floors: false,
};

export const TICKET_KIND: AccountKind = {
  tables: TICKET_TABLES,
  read: "ticket.read",
  acquire: "ticket.work",
  takeover: "ticket.takeover",
  takeoverRefusal: "Only team leads and above can take over a ticket",
  notFound: "No such ticket",
  stateKey: "ticketId",
  // Tickets are followed on the desk's own room (party/desk-room.ts), not on the teams' floors.
  floors: false,
};
