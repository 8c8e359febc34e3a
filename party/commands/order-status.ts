// order.status: a rep moves an order along the transition table (core/domain/orders.ts).
import type * as v from "valibot";
import { STATUS_LABELS } from "../../core/domain/orders";
import type { OrderStatusCommandSchema } from "../../core/protocol/order-commands";
import { revokePendingAgreements } from "../../db/repositories/agreements";
import { cancelIssuedCards, issuedCardsOf } from "../../db/repositories/cards";
import { setOrderStatus } from "../../db/repositories/order-changes";
import { cardIssuer } from "../issuers";
import { loadOrder, orderChanged, requireTransition, transitionSummary } from "./order-support";
import type { CommandHandler, Statement } from "./types";

export const orderStatus: CommandHandler<v.InferOutput<typeof OrderStatusCommandSchema>> = {
  permission: "order.manage",
  requiresOwnership: true,
  async plan(ctx, command) {
    const { order, items } = await loadOrder(ctx, command.orderId);
    requireTransition(order.status, command.status, "staff", items);
    const statements: Statement[] = [setOrderStatus(ctx.db, order.id, command.status, ctx.now)];
    // Leaving "awaiting signature" withdraws the link; cancelling closes any unused card.
    if (order.status === "awaiting_signature") statements.push(revokePendingAgreements(ctx.db, order.id));
    let cardsClosed = 0;
    if (command.status === "cancelled") {
      const open = await issuedCardsOf(ctx.db, order.id);
      for (const card of open) await cardIssuer().cancel(card.issuerToken);
      cardsClosed = open.length;
      if (open.length > 0) statements.push(cancelIssuedCards(ctx.db, order.id));
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
      outbound: [
        {
          topic: "order.status_changed",
          record: { type: "order", id: order.id },
          payload: { orderNumber: order.number, from: order.status, to: command.status },
        },
      ],
    };
  },
};
