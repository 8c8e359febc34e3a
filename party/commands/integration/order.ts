// order.upserted: an order from the order platform (the retailer's site or a partner checkout).
// A new one is created with its items; a known one takes the platform's status, financing and
// total when the snapshot is newer. The platform is the system of record for its orders, so its
// status is taken as stated (the rep transition table governs reps' moves, not the platform's).

import { formatCents } from "../../../core/domain/money";
import { CHANNEL_LABELS, STATUS_LABELS } from "../../../core/domain/orders";
import { itemEligibility } from "../../../core/domain/products";
import type { IntegrationApplyCommand } from "../../../core/protocol/integration-commands";
import { insertOrder, insertOrderItems, setOrderTerms } from "../../../db/repositories/order-changes";
import type { CommandContext, CommandPlan, SkipPlan, Statement } from "../types";
import { eventAudit, ledgerStatements, resolveEntity, skipFor } from "./support";

type Event = Extract<IntegrationApplyCommand["event"], { type: "order.upserted" }>;

export async function planOrder(ctx: CommandContext, command: IntegrationApplyCommand, event: Event): Promise<CommandPlan | SkipPlan> {
  const ref = await resolveEntity(ctx, "order", event.entity.id);
  const skip = skipFor(ref, event.entity.version);
  if (skip) return skip;
  const d = event.data;
  const orderId = ref?.localId ?? ctx.id("ord");
  const statements: Statement[] = [];
  let summary: string;
  if (ref) {
    statements.push(setOrderTerms(ctx.db, orderId, { status: d.status, financing: d.financing, totalCents: d.totalCents }, ctx.now));
    summary = `Order ${d.number} is ${STATUS_LABELS[d.status]} (from ${command.endpointName})`;
  } else {
    statements.push(
      insertOrder(ctx.db, {
        id: orderId,
        orgId: ctx.actor.orgId,
        customerId: ctx.customer.id,
        number: d.number,
        channel: d.channel,
        merchant: d.merchant,
        status: d.status,
        financing: d.financing,
        totalCents: d.totalCents,
        needsAttention: false,
        attentionReason: null,
        createdAt: event.occurredAt ?? ctx.now,
        updatedAt: ctx.now,
      }),
      ...insertOrderItems(
        ctx.db,
        d.items.map((item, index) => ({
          id: `itm_${orderId.slice(4)}_${index + 1}`,
          orderId,
          title: item.title,
          category: item.category,
          priceCents: item.priceCents,
          quantity: item.quantity,
          vendorName: item.vendorName ?? null,
          eligibility: itemEligibility(item.category),
        })),
      ),
    );
    summary = `New order ${d.number} from ${CHANNEL_LABELS[d.channel].toLowerCase()} at ${d.merchant}: ${formatCents(d.totalCents)}, ${STATUS_LABELS[d.status]}`;
  }
  return {
    statements: [...statements, ...ledgerStatements(ctx, command, "order", orderId, event.entity.version)],
    note: {
      kind: "system",
      category: "order",
      action: command.event.type,
      text: `${summary}; ${command.endpointName} version ${event.entity.version}.`,
    },
    activity: { kind: "order", summary, data: { orderId, status: d.status, created: !ref } },
    audit: eventAudit(command, "order", orderId, { status: d.status, created: !ref }),
    recordsChanged: [{ record: "order", id: orderId }],
  };
}
