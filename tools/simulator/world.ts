// What the simulated back ends hold: the order platform's customers and orders, the lease system's
// leases, the loan-management system's loans, and the payments they post. It starts as the demo
// seed's first customers (the same generator, so the same people, products and orders Tandem has,
// known by Tandem's ids as if the seed had been the bootstrap), plus a few customers only the back
// ends know (for the bootstrap import to bring in). Every change bumps the record's version.
import { northwindCustomerId } from "../../db/seed/fixtures";
import { generateCustomer } from "../../db/seed/generate";
import { DEFAULT_SEED, seedAnchor } from "../../db/seed/seed";

export interface Versioned {
  id: string;
  version: number;
}
export interface SimCustomer extends Versioned {
  firstName: string;
  lastName: string;
  phone: string;
  email: string | null;
  addressLine1: string | null;
  city: string | null;
  state: string | null;
  postalCode: string | null;
  inTandem: boolean;
}
export interface SimOrder extends Versioned {
  customer: string;
  number: string;
  channel: "own_site" | "partner_checkout" | "personal_shopper" | "phone";
  merchant: string;
  status: string;
  financing: "lease" | "loan" | null;
  totalCents: number;
  item: { title: string; category: string; priceCents: number; quantity: number; vendorName: string | null };
}
export interface SimLease extends Versioned {
  customer: string;
  status: string;
  itemDescription: string;
  cashPriceCents: number;
  totalCostCents: number;
  paymentCents: number;
  frequency: "weekly" | "biweekly" | "monthly";
  termPayments: number;
  paymentsMade: number;
  nextDueDate: string | null;
  daysPastDue: number;
  earlyPurchaseCents: number;
  startedOn: string;
}
export interface SimLoan extends Versioned {
  customer: string;
  kind: "purchase" | "direct_deposit";
  status: string;
  principalCents: number;
  aprBps: number;
  termMonths: number;
  paymentCents: number;
  balanceCents: number;
  nextDueDate: string | null;
  daysPastDue: number;
  originatedOn: string;
  collateralDescription: string | null;
}

/**
 * A record's next version: a back end's row version only ever grows, across restarts too (Tandem
 * keeps what it applied), so versions follow the clock and never repeat.
 */
export function bump(record: Versioned): void {
  record.version = Math.max(record.version + 1, Date.now());
}

/** This run's mark in new ids, so orders made by an earlier run of the simulator are never named again. */
const RUN = Date.now().toString(36).slice(-4).toUpperCase();

export class World {
  readonly customers = new Map<string, SimCustomer>();
  readonly orders = new Map<string, SimOrder>();
  readonly leases = new Map<string, SimLease>();
  readonly loans = new Map<string, SimLoan>();
  private orderSeq = 1000;
  private paymentSeq = 0;

  constructor(tandemCustomers: number, backEndOnly: number, anchor = seedAnchor(Date.now())) {
    const options = { seed: DEFAULT_SEED, anchor, orgId: "org_northwind", teamIds: ["team_east", "team_west"], detail: "full" as const };
    for (let i = 1; i <= tandemCustomers; i++) {
      const b = generateCustomer(i, northwindCustomerId(i), options);
      const c = b.customer;
      const externalId = c.externalId ?? c.id;
      this.customers.set(externalId, {
        id: externalId,
        version: 1,
        firstName: c.firstName,
        lastName: c.lastName,
        phone: c.phone,
        email: c.email ?? null,
        addressLine1: c.addressLine1 ?? null,
        city: c.city ?? null,
        state: c.state ?? null,
        postalCode: c.postalCode ?? null,
        inTandem: true,
      });
      for (const o of b.orders) {
        const item = b.orderItems.find((it) => it.orderId === o.id);
        this.orders.set(o.id, {
          id: o.id,
          version: 1,
          customer: externalId,
          number: o.number,
          channel: o.channel,
          merchant: o.merchant,
          status: o.status,
          financing: o.financing ?? null,
          totalCents: o.totalCents,
          item: {
            title: item?.title ?? "Item",
            category: item?.category ?? "electronics",
            priceCents: item?.priceCents ?? o.totalCents,
            quantity: 1,
            vendorName: item?.vendorName ?? null,
          },
        });
      }
      for (const l of b.leases)
        this.leases.set(l.id, {
          id: l.id,
          version: 1,
          customer: externalId,
          status: l.status ?? "active",
          itemDescription: l.itemDescription,
          cashPriceCents: l.cashPriceCents,
          totalCostCents: l.totalCostCents,
          paymentCents: l.paymentCents,
          frequency: l.frequency,
          termPayments: l.termPayments,
          paymentsMade: l.paymentsMade ?? 0,
          nextDueDate: l.nextDueDate ?? null,
          daysPastDue: l.daysPastDue ?? 0,
          earlyPurchaseCents: l.earlyPurchaseCents,
          startedOn: l.startedOn,
        });
      for (const l of b.loans)
        this.loans.set(l.id, {
          id: l.id,
          version: 1,
          customer: externalId,
          kind: l.kind,
          status: l.status ?? "active",
          principalCents: l.principalCents,
          aprBps: l.aprBps,
          termMonths: l.termMonths,
          paymentCents: l.paymentCents,
          balanceCents: l.balanceCents,
          nextDueDate: l.nextDueDate ?? null,
          daysPastDue: l.daysPastDue ?? 0,
          originatedOn: l.originatedOn,
          collateralDescription: l.collateralDescription ?? null,
        });
    }
    for (let i = 1; i <= backEndOnly; i++) {
      const id = `FX-8${String(i).padStart(6, "0")}`;
      this.customers.set(id, {
        id,
        version: 1,
        firstName: ["Iris", "Omar", "Greta", "Tomas", "Nia"][i % 5] ?? "Iris",
        lastName: ["Okafor", "Lindqvist", "Moreau", "Haddad", "Petrova"][(i * 3) % 5] ?? "Okafor",
        phone: `(555) 80${String(i).padStart(1, "0").slice(-1)}-${String(1000 + i).slice(-4)}`,
        email: `backend.only${i}@example.com`,
        addressLine1: `${100 + i} Harbor Way`,
        city: "Tampa",
        state: "FL",
        postalCode: "33602",
        inTandem: false,
      });
    }
  }

  /** Customers Tandem has (by the seed), for new activity. */
  tandemCustomers(): SimCustomer[] {
    return [...this.customers.values()].filter((c) => c.inTandem);
  }

  newOrder(customer: string, merchant: string, item: SimOrder["item"]): SimOrder {
    const n = ++this.orderSeq;
    const order: SimOrder = {
      id: `PO-${RUN}-${n}`,
      version: Date.now(),
      customer,
      number: `SIM-${RUN}-${n}`,
      channel: "partner_checkout",
      merchant,
      status: "submitted",
      financing: "lease",
      totalCents: item.priceCents * item.quantity,
      item,
    };
    this.orders.set(order.id, order);
    return order;
  }

  nextPaymentId(): string {
    return `PMT-${Date.now().toString(36)}-${++this.paymentSeq}`;
  }
}

/** An order's next step in the platform's pipeline (null once it has settled). */
export const NEXT_STATUS: Record<string, string | null> = {
  submitted: "in_review",
  in_review: "approved",
  approved: "funded",
  awaiting_signature: "funded",
  funded: "ordered",
  ordered: "shipped",
  shipped: "delivered",
  delivered: null,
  returned: null,
  cancelled: null,
};
