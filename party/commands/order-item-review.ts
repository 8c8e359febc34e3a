// order.item_review: a rep approves or rejects one item against the lease/loan rules. Approving an
// item that fails the rules is refused with the rules' reasons; rejecting always works.
import type * as v from "valibot";
import { assessItem, chooseFinancing, complianceResult } from "../../core/domain/products";
import { AppError } from "../../core/protocol/errors";
import type { OrderItemReviewCommandSchema } from "../../core/protocol/order-commands";
import { setItemReview, setOrderStatus } from "../../db/repositories/order-changes";
import { EDITABLE_STATUSES, itemInput, loadOrder, orderChanged } from "./order-support";
import type { CommandHandler, Statement } from "./types";

export const orderItemReview: CommandHandler<v.InferOutput<typeof OrderItemReviewCommandSchema>> = {
  permission: "order.review_item",
  requiresOwnership: true,
  async plan(ctx, command) {
    const { order, items } = await loadOrder(ctx, command.orderId);
    const item = items.find((i) => i.id === command.itemId);
    if (!item) throw new AppError("NOT_FOUND", "This order has no such item");
    if (!EDITABLE_STATUSES.includes(order.status)) throw new AppError("CONFLICT", "Items are reviewed before an agreement is sent");
    const product = order.financing ?? chooseFinancing(items.map(itemInput), ctx.customer.state).product;
    const result = complianceResult(assessItem(itemInput(item), ctx.customer.state), product);
    if (command.decision === "approve" && result.status !== "pass") {
      throw new AppError("CONFLICT", `${item.title} cannot be approved: ${result.reasons.join("; ")}`, { reasons: result.reasons });
    }
    const reviewStatus = command.decision === "approve" ? "approved" : "rejected";
    const statements: Statement[] = [setItemReview(ctx.db, item.id, reviewStatus, ctx.actor.id, ctx.now)];
    // A rejected item takes an approved order back to review; either way the order was touched.
    const status = order.status === "approved" && reviewStatus === "rejected" ? "in_review" : order.status;
    statements.push(setOrderStatus(ctx.db, order.id, status, ctx.now));
    return {
      statements,
      note: { text: command.note, category: "compliance", action: "order.item_review" },
      activity: {
        kind: "order",
        summary: `${item.title} ${reviewStatus} for ${product ?? "financing"} on order ${order.number}`,
        data: { orderId: order.id, itemId: item.id, decision: command.decision, product, compliance: result.status },
      },
      audit: {
        action: "order.item_review",
        targetType: "order_item",
        targetId: item.id,
        details: { orderId: order.id, decision: command.decision, product, compliance: result.status },
      },
      reply: { orderId: order.id, itemId: item.id, reviewStatus, compliance: result.status },
      recordsChanged: orderChanged(order.id),
    };
  },
};
