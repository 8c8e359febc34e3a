// How orders, items, cards and agreements look on the wire: the pure rules' verdicts attached,
// card numbers masked by the PII policy, and never a signing token.
import { signingState } from "../core/domain/agreements";
import { effectiveCardStatus } from "../core/domain/cards";
import { attentionReason, CHANNEL_LABELS, STATUS_LABELS, staffTargets } from "../core/domain/orders";
import { can } from "../core/domain/permissions";
import { presentField } from "../core/domain/pii";
import {
  assessItem,
  CATEGORY_RULES,
  chooseFinancing,
  complianceResult,
  type ItemInput,
  isItemCategory,
  lineTotal,
} from "../core/domain/products";
import type { Role } from "../core/domain/roles";
import type { AgreementView, CardView, OrderDetail, OrderItem, OrderSummary } from "../core/protocol/order-answers";
import type { agreementsOf, CardRow, ItemRow, OrderRow } from "../db/repositories/orders";

export function presentOrderSummary(order: Omit<OrderRow, "orgId" | "customerId" | "merchantId">, now: number): OrderSummary {
  return {
    id: order.id,
    number: order.number,
    channel: order.channel,
    channelLabel: CHANNEL_LABELS[order.channel],
    merchant: order.merchant,
    status: order.status,
    statusLabel: STATUS_LABELS[order.status],
    financing: order.financing,
    totalCents: order.totalCents,
    flagged: order.needsAttention,
    attention: attentionReason(order, now),
    createdAt: order.createdAt,
    updatedAt: order.updatedAt,
  };
}

const itemInput = (item: ItemRow): ItemInput => ({
  title: item.title,
  category: item.category,
  priceCents: item.priceCents,
  quantity: item.quantity,
  vendorName: item.vendorName,
  vendorUrl: item.vendorUrl,
});

export function presentItems(
  items: ItemRow[],
  order: Pick<OrderRow, "financing">,
  state: string | null,
): { choice: OrderDetail["financing"]["choice"]; items: OrderItem[] } {
  const choice = chooseFinancing(items.map(itemInput), state);
  const product = order.financing ?? choice.product;
  return {
    choice,
    items: items.map((item) => {
      const assessment = assessItem(itemInput(item), state);
      return {
        id: item.id,
        title: item.title,
        category: item.category,
        categoryLabel: isItemCategory(item.category) ? CATEGORY_RULES[item.category].label : item.category,
        priceCents: item.priceCents,
        quantity: item.quantity,
        lineTotalCents: lineTotal(item),
        vendorName: item.vendorName,
        vendorUrl: item.vendorUrl,
        notes: item.notes,
        eligibility: assessment.eligibility,
        why: assessment.why,
        lease: assessment.lease,
        loan: assessment.loan,
        compliance: { product, ...complianceResult(assessment, product) },
        reviewStatus: item.reviewStatus,
        reviewedAt: item.reviewedAt,
      };
    }),
  };
}

/** Cards show the last 4 at most, and not at all to roles the policy hides card data from. */
export function presentCards(cards: CardRow[], role: Role, now: number): CardView[] {
  return cards.flatMap((card) => {
    const masked = presentField(role, "cardOnFileNumber", card.last4);
    if (!masked) return [];
    return [
      {
        id: card.id,
        orderId: card.orderId,
        number: masked.value,
        status: effectiveCardStatus(card, now),
        limitCents: card.limitCents,
        merchant: card.merchant,
        expiresAt: card.expiresAt,
        createdAt: card.createdAt,
      },
    ];
  });
}

/** The signer's network address and browser are evidence for reviewers (audit readers), not for every rep. */
export function presentAgreements(rows: Awaited<ReturnType<typeof agreementsOf>>, now: number, role: Role): AgreementView[] {
  const evidence = can(role, "audit.read");
  return rows.map((row) => ({
    id: row.id,
    product: row.product,
    state: signingState(row, now),
    expiresAt: row.expiresAt,
    createdAt: row.createdAt,
    documentSha256: row.documentSha256,
    signature:
      row.signedAt === null
        ? null
        : { name: row.signedName, at: row.signedAt, ip: evidence ? row.signerIp : null, userAgent: evidence ? row.signerUserAgent : null },
  }));
}

export function nextStatuses(order: Pick<OrderRow, "status">): OrderDetail["nextStatuses"] {
  return staffTargets(order.status).map((status) => ({ status, label: STATUS_LABELS[status] }));
}
