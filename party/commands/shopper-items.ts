// shopper.item_add and shopper.item_remove: the rep builds a personal-shopper order until an
// agreement is out; every change recomputes the total and the lease/loan choice.
import type * as v from "valibot";
import { AppError } from "../../core/protocol/errors";
import type { ShopperItemAddCommandSchema, ShopperItemRemoveCommandSchema } from "../../core/protocol/order-commands";
import { deleteOrderItem, insertOrderItems } from "../../db/repositories/order-changes";
import type { OrderRow } from "../../db/repositories/orders";
import { EDITABLE_STATUSES, itemInput, loadOrder, orderChanged, recompute } from "./order-support";
import { shopperItemRow } from "./shopper-intake";
import type { CommandHandler } from "./types";

function requireEditable(order: OrderRow): void {
  if (order.channel !== "personal_shopper") throw new AppError("CONFLICT", "Only personal-shopper orders are built by reps");
  if (!EDITABLE_STATUSES.includes(order.status)) {
    throw new AppError("CONFLICT", "Items can change only before an agreement is sent; withdraw the agreement first");
  }
}

export const shopperItemAdd: CommandHandler<v.InferOutput<typeof ShopperItemAddCommandSchema>> = {
  permission: "shopper.manage",
  requiresOwnership: true,
  async plan(ctx, command) {
    const { order, items } = await loadOrder(ctx, command.orderId);
    requireEditable(order);
    if (items.length >= 10) throw new AppError("CONFLICT", "An order holds at most 10 items");
    const row = shopperItemRow(ctx, order.id, order.merchant, command.item);
    const { statement, summary, choice } = recompute(ctx, order, [...items.map(itemInput), row]);
    return {
      statements: [...insertOrderItems(ctx.db, row), statement],
      note: { text: command.note, category: "order", action: "shopper.item_add" },
      activity: {
        kind: "order",
        summary: `${row.title} added to order ${order.number}; ${summary}`,
        data: { orderId: order.id, itemId: row.id },
      },
      audit: {
        action: "shopper.item_add",
        targetType: "order_item",
        targetId: row.id,
        details: { orderId: order.id, financing: choice.product },
      },
      reply: { orderId: order.id, itemId: row.id, financing: choice.product, why: choice.why, blockers: choice.blockers },
      recordsChanged: orderChanged(order.id),
    };
  },
};

export const shopperItemRemove: CommandHandler<v.InferOutput<typeof ShopperItemRemoveCommandSchema>> = {
  permission: "shopper.manage",
  requiresOwnership: true,
  async plan(ctx, command) {
    const { order, items } = await loadOrder(ctx, command.orderId);
    requireEditable(order);
    const item = items.find((i) => i.id === command.itemId);
    if (!item) throw new AppError("NOT_FOUND", "This order has no such item");
    const rest = items.filter((i) => i.id !== item.id);
    const { statement, summary, choice } = recompute(ctx, order, rest.map(itemInput));
    return {
      statements: [deleteOrderItem(ctx.db, item.id), statement],
      note: { text: command.note, category: "order", action: "shopper.item_remove" },
      activity: {
        kind: "order",
        summary: `${item.title} removed from order ${order.number}; ${summary}`,
        data: { orderId: order.id, itemId: item.id },
      },
      audit: {
        action: "shopper.item_remove",
        targetType: "order_item",
        targetId: item.id,
        details: { orderId: order.id, financing: choice.product },
      },
      reply: { orderId: order.id, financing: choice.product, why: choice.why, blockers: choice.blockers },
      recordsChanged: orderChanged(order.id),
    };
  },
};
