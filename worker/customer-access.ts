// Reading anything of a customer's account (profile, notes, activity, orders, leases, loans) is a
// visit: the customer must be in the caller's org, and the visit leaves its automatic "viewed" note
// (once per person per window; the room decides, so concurrent reads write one).
import type { Context } from "hono";
import { VIEW_WINDOW_MS } from "../core/domain/notes";
import { AppError } from "../core/protocol/errors";
import { type CustomerRow, customerWithRecentView, findCustomer } from "../db/repositories/customers";
import type { AppEnv } from "./env";
import { requestOrigin } from "./middleware/session";
import { customerRoom } from "./rooms";

export async function recordVisit(c: Context<AppEnv>, customerId: string): Promise<void> {
  await (await customerRoom(c.env, customerId)).recordView(c.var.actor, requestOrigin(c));
}

/** The customer, visited; NOT_FOUND (audited by the error handler) when not in the caller's org. */
export async function readCustomer(c: Context<AppEnv>, customerId: string): Promise<CustomerRow> {
  const customer = await findCustomer(c.var.db, c.var.actor.orgId, customerId);
  if (!customer) throw new AppError("NOT_FOUND", "No such customer");
  await recordVisit(c, customer.id);
  return customer;
}

/**
 * `readCustomer` for reads a screen repeats often (the loyalty tabs): the room is asked to write
 * the "viewed" note only when this person has none in the window yet, as the profile read does, so
 * a steady read costs no room round trip.
 */
export async function readCustomerOften(c: Context<AppEnv>, customerId: string): Promise<CustomerRow> {
  const found = await customerWithRecentView(c.var.db, c.var.actor.orgId, customerId, c.var.actor.id, Date.now() - VIEW_WINDOW_MS);
  if (!found) throw new AppError("NOT_FOUND", "No such customer");
  if (!found.viewedRecently) await recordVisit(c, found.customer.id);
  return found.customer;
}
