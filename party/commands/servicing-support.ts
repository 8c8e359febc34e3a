// Loading a lease or loan of this customer for the servicing commands.
import { AppError } from "../../core/protocol/errors";
import { findLease, findLoan } from "../../db/repositories/servicing";
import type { CommandContext } from "./types";

export async function loadLease(ctx: CommandContext, id: string) {
  const lease = await findLease(ctx.db, ctx.customer.id, id);
  if (!lease) throw new AppError("NOT_FOUND", "This customer has no such lease");
  if (lease.status !== "active") throw new AppError("CONFLICT", `This lease is ${lease.status.replace("_", " ")}`);
  return lease;
}

export async function loadLoan(ctx: CommandContext, id: string) {
  const loan = await findLoan(ctx.db, ctx.customer.id, id);
  if (!loan) throw new AppError("NOT_FOUND", "This customer has no such loan");
  if (loan.status !== "active") throw new AppError("CONFLICT", `This loan is ${loan.status.replace("_", " ")}`);
  return loan;
}

/** The product a lease/loan id names must match the product the command says. */
export function requireProductMatch(product: "lease" | "loan", productId: string): void {
  if (!productId.startsWith(product === "lease" ? "lea_" : "loa_")) {
    throw new AppError("VALIDATION", `${productId} is not a ${product}`, [{ path: "productId", message: `not a ${product}` }]);
  }
}
