// card.cancel and card.mark_used: close a one-time card, or record that it placed the order
// (which moves a funded order to "ordered").
import type * as v from "valibot";
import { cardChangeRefusal, effectiveCardStatus } from "../../core/domain/cards";
import { AppError } from "../../core/protocol/errors";
import type { CardCancelCommandSchema, CardMarkUsedCommandSchema } from "../../core/protocol/order-commands";
import { setCardStatus } from "../../db/repositories/cards";
import { setOrderStatus } from "../../db/repositories/order-changes";
import { findCard } from "../../db/repositories/orders";
import { cardIssuer } from "../issuers";
import { loadOrder, requireTransition, transitionSummary } from "./order-support";
import type { CommandContext, CommandHandler, Statement } from "./types";

async function usableCard(ctx: CommandContext, cardId: string, change: "cancel" | "mark_used") {
  const card = await findCard(ctx.db, ctx.customer.id, cardId);
  if (!card) throw new AppError("NOT_FOUND", "This customer has no such card");
  const refusal = cardChangeRefusal(effectiveCardStatus(card, ctx.now), change);
  if (refusal) throw new AppError("CONFLICT", refusal);
  return card;
}

export const cardCancel: CommandHandler<v.InferOutput<typeof CardCancelCommandSchema>> = {
  permission: "card.issue",
  requiresOwnership: true,
  async plan(ctx, command) {
    const card = await usableCard(ctx, command.cardId, "cancel");
    await cardIssuer().cancel(card.issuerToken);
    return {
      statements: [setCardStatus(ctx.db, card.id, "cancelled")],
      note: { text: command.note, category: "order", action: "card.cancel" },
      activity: { kind: "order", summary: `One-time card •••• ${card.last4} cancelled`, data: { cardId: card.id, orderId: card.orderId } },
      audit: {
        action: "card.cancel",
        targetType: "virtual_card",
        targetId: card.id,
        details: { orderId: card.orderId, last4: card.last4 },
      },
      reply: { cardId: card.id, status: "cancelled" },
      recordsChanged: [
        { record: "card", id: card.id },
        { record: "order", id: card.orderId },
      ],
    };
  },
};

export const cardMarkUsed: CommandHandler<v.InferOutput<typeof CardMarkUsedCommandSchema>> = {
  permission: "card.issue",
  requiresOwnership: true,
  async plan(ctx, command) {
    const card = await usableCard(ctx, command.cardId, "mark_used");
    const { order, items } = await loadOrder(ctx, card.orderId);
    const statements: Statement[] = [setCardStatus(ctx.db, card.id, "used")];
    let summary = `One-time card •••• ${card.last4} used at ${card.merchant} (confirmation ${command.confirmation})`;
    if (order.status === "funded") {
      requireTransition(order.status, "ordered", "card", items);
      statements.push(setOrderStatus(ctx.db, order.id, "ordered", ctx.now));
      summary += `; ${transitionSummary(order, "ordered")}`;
    }
    return {
      statements,
      note: { text: command.note, category: "order", action: "card.mark_used" },
      activity: { kind: "order", summary, data: { cardId: card.id, orderId: order.id, confirmation: command.confirmation } },
      audit: {
        action: "card.mark_used",
        targetType: "virtual_card",
        targetId: card.id,
        details: { orderId: order.id, last4: card.last4, confirmation: command.confirmation },
      },
      reply: { cardId: card.id, status: "used" },
      recordsChanged: [
        { record: "card", id: card.id },
        { record: "order", id: order.id },
      ],
    };
  },
};
