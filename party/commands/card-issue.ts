// card.issue: a one-time virtual card to place a funded order by hand. The full number goes to
// the rep who asked, in this command's reply only; Tandem keeps the issuer's token and the last 4.
import type * as v from "valibot";
import { checkCardRequest } from "../../core/domain/cards";
import { formatCents } from "../../core/domain/money";
import { AppError } from "../../core/protocol/errors";
import type { CardIssueCommandSchema } from "../../core/protocol/order-commands";
import { findCardById, insertCard, liveCardCount } from "../../db/repositories/cards";
import { cardIssuer } from "../issuers";
import { DAY_MS, loadOrder } from "./order-support";
import type { CommandHandler, CommandPlan } from "./types";

export const cardIssue: CommandHandler<v.InferOutput<typeof CardIssueCommandSchema>> = {
  permission: "card.issue",
  requiresOwnership: true,
  async plan(ctx, command): Promise<CommandPlan> {
    const { order } = await loadOrder(ctx, command.orderId);
    const cardId = command.clientId ? `vcd_c_${command.clientId}` : ctx.id("vcd");
    const noteId = command.clientId ? `not_cv_${command.clientId}` : undefined;
    const existing = await findCardById(ctx.db, cardId);
    if (existing) {
      // A resend after a dropped reply: the card exists and its number was shown once; never again.
      return {
        statements: [],
        note: { text: command.note, category: "order", action: "card.issue", ...(noteId ? { id: noteId } : {}) },
        activity: { kind: "order", summary: "" },
        audit: { action: "card.issue", targetType: "virtual_card", targetId: cardId },
        reply: { card: { id: cardId, last4: existing.last4, numberShown: true } },
      };
    }
    const limitCents = command.limitCents ?? order.totalCents;
    const check = checkCardRequest({
      orderStatus: order.status,
      orderTotalCents: order.totalCents,
      limitCents,
      expiresInDays: command.expiresInDays,
      activeCards: await liveCardCount(ctx.db, order.id, ctx.now),
    });
    if (!check.ok) throw new AppError("CONFLICT", check.message);
    const expiresAt = ctx.now + command.expiresInDays * DAY_MS;
    const issuer = cardIssuer();
    const card = await issuer.create({
      limitCents,
      currency: "USD",
      merchant: { name: order.merchant },
      expiresAt,
      reference: order.id,
      idempotencyKey: cardId,
    });
    const expiry = new Date(expiresAt).toISOString().slice(0, 10);
    return {
      statements: [
        insertCard(ctx.db, {
          id: cardId,
          orderId: order.id,
          customerId: ctx.customer.id,
          issuerToken: card.token,
          last4: card.last4,
          limitCents,
          merchant: order.merchant,
          status: "issued",
          expiresAt,
          createdBy: ctx.actor.id,
          createdAt: ctx.now,
        }),
      ],
      note: { text: command.note, category: "order", action: "card.issue", ...(noteId ? { id: noteId } : {}) },
      activity: {
        kind: "order",
        summary: `One-time card •••• ${card.last4} issued for order ${order.number}: up to ${formatCents(limitCents)} at ${order.merchant} only, until ${expiry}`,
        data: { orderId: order.id, cardId, last4: card.last4, limitCents },
      },
      audit: {
        action: "card.issue",
        targetType: "virtual_card",
        targetId: cardId,
        details: { orderId: order.id, last4: card.last4, limitCents, merchant: order.merchant, expiresAt, issuer: issuer.name },
      },
      // The only place the full number and CVC ever travel: back to the owner who asked, once.
      reply: {
        card: {
          id: cardId,
          number: card.number,
          cvc: card.cvc,
          last4: card.last4,
          expiryMonth: card.expiryMonth,
          expiryYear: card.expiryYear,
          limitCents,
          merchant: order.merchant,
          expiresAt,
        },
      },
      recordsChanged: [
        { record: "card", id: cardId },
        { record: "order", id: order.id },
      ],
    };
  },
};
