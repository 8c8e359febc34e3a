// The simulated back ends' records as Tandem's event envelope (core/protocol/integration-events.ts),
// and as the bootstrap import's flat rows (core/protocol/import-rows.ts) for GET /export.
import type { InboundEvent } from "../../core/protocol/integration-events";
import type { SimCustomer, SimLease, SimLoan, SimOrder, World } from "./world";

let seq = 0;
/** A sender's event id: new for every event the back end emits (its retries reuse it). */
const eventId = (kind: string) => `sim-${kind}-${Date.now().toString(36)}-${(++seq).toString(36)}`;

export function customerEvent(c: SimCustomer): InboundEvent {
  return {
    id: eventId("customer"),
    type: "customer.upserted",
    occurredAt: Date.now(),
    entity: { id: c.id, version: c.version },
    data: {
      firstName: c.firstName,
      lastName: c.lastName,
      phone: c.phone,
      email: c.email,
      addressLine1: c.addressLine1,
      city: c.city,
      state: c.state,
      postalCode: c.postalCode,
    },
  };
}

export function orderEvent(o: SimOrder): InboundEvent {
  return {
    id: eventId("order"),
    type: "order.upserted",
    occurredAt: Date.now(),
    entity: { id: o.id, version: o.version },
    customer: { externalId: o.customer },
    data: {
      number: o.number,
      channel: o.channel,
      merchant: o.merchant,
      status: o.status as never,
      financing: o.financing,
      totalCents: o.totalCents,
      items: [{ ...o.item, category: o.item.category as never }],
    },
  };
}

export function leaseEvent(l: SimLease): InboundEvent {
  const { id, version, customer, ...data } = l;
  return {
    id: eventId("lease"),
    type: "lease.upserted",
    occurredAt: Date.now(),
    entity: { id, version },
    customer: { externalId: customer },
    data: { ...data, status: data.status as never },
  };
}

export function loanEvent(l: SimLoan): InboundEvent {
  const { id, version, customer, paymentCents: _, ...data } = l;
  return {
    id: eventId("loan"),
    type: "loan.upserted",
    occurredAt: Date.now(),
    entity: { id, version },
    customer: { externalId: customer },
    data: { ...data, status: data.status as never },
  };
}

export function paymentEvent(p: {
  id: string;
  customer: string;
  product: "lease" | "loan";
  productId: string;
  amountCents: number;
}): InboundEvent {
  return {
    id: eventId("payment"),
    type: "payment.posted",
    occurredAt: Date.now(),
    entity: { id: p.id, version: 1 },
    customer: { externalId: p.customer },
    data: { product: p.product, productId: p.productId, amountCents: p.amountCents, method: "bank", status: "posted", paidAt: Date.now() },
  };
}

const str = (value: string | number | null | undefined) => (value === null || value === undefined ? "" : String(value));

/** Every record as an import row, customers first (their accounts must exist before their records). */
export function exportRows(world: World): Record<string, string>[] {
  const rows: Record<string, string>[] = [];
  for (const c of world.customers.values())
    rows.push({
      record: "customer",
      id: c.id,
      version: str(c.version),
      first_name: c.firstName,
      last_name: c.lastName,
      phone: c.phone,
      email: str(c.email),
      address_line1: str(c.addressLine1),
      city: str(c.city),
      state: str(c.state),
      postal_code: str(c.postalCode),
    });
  for (const o of world.orders.values())
    rows.push({
      record: "order",
      id: o.id,
      version: str(o.version),
      customer_id: o.customer,
      number: o.number,
      channel: o.channel,
      merchant: o.merchant,
      status: o.status,
      financing: str(o.financing),
      total_cents: str(o.totalCents),
      item_title: o.item.title,
      item_category: o.item.category,
      item_price_cents: str(o.item.priceCents),
      item_quantity: str(o.item.quantity),
      vendor_name: str(o.item.vendorName),
    });
  for (const l of world.leases.values())
    rows.push({
      record: "lease",
      id: l.id,
      version: str(l.version),
      customer_id: l.customer,
      status: l.status,
      item_description: l.itemDescription,
      cash_price_cents: str(l.cashPriceCents),
      total_cost_cents: str(l.totalCostCents),
      payment_cents: str(l.paymentCents),
      frequency: l.frequency,
      term_payments: str(l.termPayments),
      payments_made: str(l.paymentsMade),
      next_due_date: str(l.nextDueDate),
      days_past_due: str(l.daysPastDue),
      early_purchase_cents: str(l.earlyPurchaseCents),
      started_on: l.startedOn,
    });
  for (const l of world.loans.values())
    rows.push({
      record: "loan",
      id: l.id,
      version: str(l.version),
      customer_id: l.customer,
      kind: l.kind,
      status: l.status,
      principal_cents: str(l.principalCents),
      apr_bps: str(l.aprBps),
      term_months: str(l.termMonths),
      balance_cents: str(l.balanceCents),
      next_due_date: str(l.nextDueDate),
      days_past_due: str(l.daysPastDue),
      originated_on: l.originatedOn,
      collateral_description: str(l.collateralDescription),
    });
  return rows;
}
