// order.attention: flag an order for attention (with the reason reps will see in the list) or clear it.
import type * as v from "valibot";
import { redactFreeText } from "../../core/domain/redaction";
import { AppError } from "../../core/protocol/errors";
import type { OrderAttentionCommandSchema } from "../../core/protocol/order-commands";
import { setOrderAttention } from "../../db/repositories/order-changes";
import { loadOrder, orderChanged } from "./order-support";
import type { CommandHandler } from "./types";

export const orderAttention: CommandHandler<v.InferOutput<typeof OrderAttentionCommandSchema>> = {
  permission: "order.manage",
  requiresOwnership: true,
  async plan(ctx, command) {
    if (command.needsAttention && !command.reason) {
      throw new AppError("VALIDATION", "Say why the order needs attention", [{ path: "reason", message: "a reason is required" }]);
    }
    const { order } = await loadOrder(ctx, command.orderId);
    if (!command.needsAttention && !order.needsAttention) throw new AppError("CONFLICT", "This order is not flagged for attention");
    const reason = command.needsAttention && command.reason ? redactFreeText(command.reason, ctx.now) : null;
    return {
      statements: [setOrderAttention(ctx.db, order.id, command.needsAttention, reason, ctx.now)],
      note: { text: command.note, category: "order", action: "order.attention" },
      activity: {
        kind: "order",
        summary: command.needsAttention ? `Order ${order.number} flagged: ${reason}` : `Order ${order.number}: attention flag cleared`,
        data: { orderId: order.id, needsAttention: command.needsAttention },
      },
      audit: { action: "order.attention", targetType: "order", targetId: order.id, details: { needsAttention: command.needsAttention } },
      reply: { orderId: order.id, needsAttention: command.needsAttention },
      recordsChanged: orderChanged(order.id),
    };
  },
};
