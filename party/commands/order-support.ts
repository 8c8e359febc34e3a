// What the order, card and shopper handlers share: loading an order of this customer, the item
// rules' inputs, the transition check, and recomputing an order after its items change.
import { decideTransition, type ItemReviewTally, type OrderStatus, STATUS_LABELS, type TransitionVia } from "../../core/domain/orders";
import { chooseFinancing, type ItemInput, lineTotal } from "../../core/domain/products";
import { AppError } from "../../core/protocol/errors";
import { setOrderTerms } from "../../db/repositories/order-changes";
import { findOrder, type ItemRow, type OrderRow, orderItemsOf } from "../../db/repositories/orders";
import type { CommandContext, Statement } from "./types";

export const DAY_MS = 86_400_000;

export async function loadOrder(ctx: CommandContext, orderId: string): Promise<{ order: OrderRow; items: ItemRow[] }> {
  const order = await findOrder(ctx.db, ctx.actor.orgId, orderId, ctx.customer.id);
  if (!order) throw new AppError("NOT_FOUND", "This customer has no such order");
  return { order, items: await orderItemsOf(ctx.db, order.id) };
}

export function tally(items: Pick<ItemRow, "reviewStatus">[]): ItemReviewTally {
  return {
    total: items.length,
    approved: items.filter((i) => i.reviewStatus === "approved").length,
    rejected: items.filter((i) => i.reviewStatus === "rejected").length,
  };
}

export function itemInput(item: Pick<ItemRow, "title" | "category" | "priceCents" | "quantity" | "vendorName" | "vendorUrl">): ItemInput {
  return {
    title: item.title,
    category: item.category,
    priceCents: item.priceCents,
    quantity: item.quantity,
    vendorName: item.vendorName,
    vendorUrl: item.vendorUrl,
  };
}

/** Refuses (CONFLICT, with the table's reason) a move the transition table does not allow. */
export function requireTransition(from: OrderStatus, to: OrderStatus, via: TransitionVia, items: ItemRow[]): void {
  const decision = decideTransition(from, to, via, tally(items));
  if (!decision.ok) throw new AppError(decision.code, decision.message);
}

export const transitionSummary = (order: OrderRow, to: OrderStatus) =>
  `Order ${order.number}: ${STATUS_LABELS[order.status]} → ${STATUS_LABELS[to]}`;

/** A personal-shopper order can be edited until an agreement is out. */
export const EDITABLE_STATUSES: readonly OrderStatus[] = ["submitted", "in_review", "approved"];

/** Total, financing choice and (for an approved order) a return to review after the items changed. */
export function recompute(
  ctx: CommandContext,
  order: OrderRow,
  items: ItemInput[],
): { statement: Statement; summary: string; choice: ReturnType<typeof chooseFinancing> } {
  const choice = chooseFinancing(items, ctx.customer.state);
  const totalCents = items.reduce((sum, item) => sum + lineTotal(item), 0);
  const status: OrderStatus = order.status === "approved" ? "in_review" : order.status;
  const statement = setOrderTerms(ctx.db, order.id, { totalCents, financing: choice.product, status }, ctx.now);
  const back = status !== order.status ? "; back to review" : "";
  return { statement, choice, summary: `${choice.product ? `financing: ${choice.product}` : "no financing fits yet"}${back}` };
}

export const orderChanged = (orderId: string) => [{ record: "order" as const, id: orderId }];
