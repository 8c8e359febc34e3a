// Reading anything of a customer's account (profile, notes, activity, orders, leases, loans) is a
// visit: the customer must be in the caller's org, and the visit leaves its automatic "viewed" note
// (once per person per window; the room decides, so concurrent reads write one).
import type { Context } from "hono";
import { AppError } from "../core/protocol/errors";
import { type CustomerRow, findCustomer } from "../db/repositories/customers";
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
