// shopper.intake: a personal-shopper request (from a call or a link the client sent) becomes an
// order the rep builds; the product rules choose lease or loan and say why.
import type * as v from "valibot";
import { formatCents } from "../../core/domain/money";
import { chooseFinancing, itemEligibility, lineTotal } from "../../core/domain/products";
import { redactFreeText } from "../../core/domain/redaction";
import type { ShopperIntakeCommandSchema, ShopperItem } from "../../core/protocol/order-commands";
import { insertOrder, insertOrderItems } from "../../db/repositories/order-changes";
import { orderChanged } from "./order-support";
import type { CommandContext, CommandHandler } from "./types";

/** An item row from intake; the vendor defaults to the merchant the client named. */
export function shopperItemRow(ctx: CommandContext, orderId: string, merchant: string, item: ShopperItem, id = ctx.id("itm")) {
  return {
    id,
    orderId,
    title: item.title,
    category: item.category,
    priceCents: item.priceCents,
    quantity: item.quantity,
    vendorName: item.vendorName ?? merchant,
    vendorUrl: item.url ?? null,
    notes: item.notes ? redactFreeText(item.notes, ctx.now) : null,
    eligibility: itemEligibility(item.category),
    reviewStatus: "pending" as const,
  };
}

export const shopperIntake: CommandHandler<v.InferOutput<typeof ShopperIntakeCommandSchema>> = {
  permission: "shopper.manage",
  requiresOwnership: true,
  async plan(ctx, command) {
    // With a client id, a resent intake finds its note and is answered as a duplicate.
    const key = command.clientId;
    const orderId = key ? `ord_c_${key}` : ctx.id("ord");
    const rows = command.items.map((item, i) =>
      shopperItemRow(ctx, orderId, command.merchant, item, key ? `itm_c_${key}_${i + 1}` : undefined),
    );
    const choice = chooseFinancing(rows, ctx.customer.state);
    const totalCents = rows.reduce((sum, row) => sum + lineTotal(row), 0);
    const day = ctx.today.replace(/-/g, "");
    const number = `PS-${day}-${orderId.slice(-6).toUpperCase()}`;
    return {
      statements: [
        insertOrder(ctx.db, {
          id: orderId,
          orgId: ctx.actor.orgId,
          customerId: ctx.customer.id,
          number,
          channel: "personal_shopper",
          merchant: command.merchant,
          status: "submitted",
          financing: choice.product,
          totalCents,
          needsAttention: false,
          attentionReason: null,
          createdAt: ctx.now,
          updatedAt: ctx.now,
        }),
        ...insertOrderItems(ctx.db, rows),
      ],
      note: { text: command.note, category: "order", action: "shopper.intake", ...(key ? { id: `not_cs_${key}` } : {}) },
      activity: {
        kind: "order",
        summary: `Personal-shopper order ${number} started from a ${command.source}: ${rows.length} item(s), ${formatCents(totalCents)}; ${choice.product ?? "no financing fits yet"}`,
        data: { orderId, source: command.source, financing: choice.product },
      },
      audit: {
        action: "shopper.intake",
        targetType: "order",
        targetId: orderId,
        details: { source: command.source, items: rows.length, totalCents, financing: choice.product },
      },
      reply: { orderId, number, financing: choice.product, why: choice.why, blockers: choice.blockers },
      recordsChanged: orderChanged(orderId),
    };
  },
};
