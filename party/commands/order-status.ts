// order.status: a rep moves an order along the transition table (core/domain/orders.ts).
import { and, eq } from "drizzle-orm";
import type * as v from "valibot";
import { STATUS_LABELS } from "../../core/domain/orders";
import type { OrderStatusCommandSchema } from "../../core/protocol/order-commands";
import { virtualCards } from "../../db/schema";
import { cardIssuer } from "../issuers";
import { loadOrder, orderChanged, requireTransition, revokePendingAgreements, statusChange, transitionSummary } from "./order-support";
import type { CommandHandler, Statement } from "./types";

export const orderStatus: CommandHandler<v.InferOutput<typeof OrderStatusCommandSchema>> = {
  permission: "order.manage",
  requiresOwnership: true,
  async plan(ctx, command) {
    const { order, items } = await loadOrder(ctx, command.orderId);
    requireTransition(order.status, command.status, "staff", items);
    const statements: Statement[] = [statusChange(ctx, order, command.status)];
    // Leaving "awaiting signature" withdraws the link; cancelling closes any unused card.
    if (order.status === "awaiting_signature") statements.push(revokePendingAgreements(ctx, order.id));
    let cardsClosed = 0;
    if (command.status === "cancelled") {
      const open = await ctx.db
        .select()
        .from(virtualCards)
        .where(and(eq(virtualCards.orderId, order.id), eq(virtualCards.status, "issued")));
      for (const card of open) await cardIssuer().cancel(card.issuerToken);
      cardsClosed = open.length;
      if (open.length > 0)
        statements.push(
          ctx.db
            .update(virtualCards)
            .set({ status: "cancelled" })
            .where(and(eq(virtualCards.orderId, order.id), eq(virtualCards.status, "issued"))),
        );
    }
    const extra = cardsClosed > 0 ? `; ${cardsClosed} unused card(s) cancelled` : "";
    return {
      statements,
      note: { text: command.note, category: "order", action: "order.status" },
      activity: {
        kind: "order",
        summary: `${transitionSummary(order, command.status)}${extra}`,
        data: { orderId: order.id, from: order.status, to: command.status },
      },
      audit: { action: "order.status", targetType: "order", targetId: order.id, details: { from: order.status, to: command.status } },
      reply: { orderId: order.id, status: command.status, label: STATUS_LABELS[command.status] },
      recordsChanged: orderChanged(order.id),
    };
  },
};
