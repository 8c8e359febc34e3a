// What the simulated back ends do, as calls the server, the demo's activity and the tests share:
// take an order at a partner checkout, move an order along, post a payment (and the lease's or
// loan's new standing after it), and take Tandem's outbound changes (a payment a rep took by
// phone moves the loan here too, and the loan system confirms its new balance).

import { customerEvent, leaseEvent, loanEvent, orderEvent, paymentEvent } from "./events";
import type { Sender } from "./sender";
import { bump, NEXT_STATUS, type SimOrder, type World } from "./world";

export const ENDPOINTS = {
  orders: process.env.SIM_ORDERS_ENDPOINT ?? "ie_northwind_orders",
  leases: process.env.SIM_LEASES_ENDPOINT ?? "ie_northwind_leases",
  loans: process.env.SIM_LOANS_ENDPOINT ?? "ie_northwind_loans",
};

const GOODS = [
  { title: '65" 4K television', category: "electronics", priceCents: 89_900, merchant: "Best Buy" },
  { title: "Sectional sofa", category: "furniture", priceCents: 129_900, merchant: "Ashley" },
  { title: "Front-load washer", category: "appliances", priceCents: 74_900, merchant: "Lowe's" },
  { title: "Queen mattress", category: "mattresses", priceCents: 99_900, merchant: "Mattress Firm" },
  { title: "Gaming laptop", category: "computers", priceCents: 149_900, merchant: "Newegg" },
];

export class BackOffice {
  constructor(
    readonly world: World,
    private readonly sender: Sender,
  ) {}

  async createOrder(customer: string, goodIndex = Math.floor(Math.random() * GOODS.length)): Promise<SimOrder> {
    if (!this.world.customers.has(customer)) throw new Error(`no customer ${customer}`);
    const good = GOODS[goodIndex % GOODS.length] ?? GOODS[0];
    if (!good) throw new Error("no goods");
    const order = this.world.newOrder(customer, good.merchant, {
      title: good.title,
      category: good.category,
      priceCents: good.priceCents,
      quantity: 1,
      vendorName: good.merchant,
    });
    await this.sender.send(ENDPOINTS.orders, orderEvent(order));
    return order;
  }

  async advanceOrder(id: string): Promise<SimOrder | null> {
    const order = this.world.orders.get(id);
    const next = order ? NEXT_STATUS[order.status] : null;
    if (!order || !next) return null;
    order.status = next;
    bump(order);
    await this.sender.send(ENDPOINTS.orders, orderEvent(order));
    return order;
  }

  /** The back end posts a payment, then states the product's new standing (two events, in that order). */
  async postPayment(product: "lease" | "loan", productId: string, amountCents?: number): Promise<{ paymentId: string } | null> {
    const record = product === "lease" ? this.world.leases.get(productId) : this.world.loans.get(productId);
    if (record?.status !== "active") return null;
    const amount = amountCents ?? record.paymentCents;
    const paymentId = this.world.nextPaymentId();
    this.applyPayment(product, productId, amount);
    await this.sender.send(
      ENDPOINTS[product === "lease" ? "leases" : "loans"],
      paymentEvent({ id: paymentId, customer: record.customer, product, productId, amountCents: amount }),
    );
    await this.sendStanding(product, productId);
    return { paymentId };
  }

  async updateCustomer(id: string, changes: { city?: string; addressLine1?: string }): Promise<void> {
    const customer = this.world.customers.get(id);
    if (!customer) return;
    Object.assign(customer, changes);
    bump(customer);
    await this.sender.send(ENDPOINTS.orders, customerEvent(customer));
  }

  /** Tandem's outbound change: applied here once (the receiver dedupes), the standing confirmed. */
  async takeTandemChange(topic: string, data: Record<string, unknown>): Promise<void> {
    const product = data.product as { type?: string; externalId?: string } | undefined;
    if (topic === "payment.recorded" && product?.externalId && (product.type === "lease" || product.type === "loan")) {
      this.applyPayment(product.type, product.externalId, Number(data.amountCents ?? 0));
      await this.sendStanding(product.type, product.externalId);
    }
    if (topic === "loan.opened" || topic === "loan.paid_out") this.takeLoan(topic, data);
    if (topic === "order.status_changed") {
      const record = data.record as { externalId?: string } | undefined;
      const order = record?.externalId ? this.world.orders.get(record.externalId) : undefined;
      if (order && typeof data.to === "string") {
        // Tandem's move is the platform's now; its next version follows Tandem's.
        order.status = data.to;
        bump(order);
      }
    }
  }

  /** A direct-deposit loan a rep opened in Tandem: booked here under Tandem's id, active once paid out. */
  private takeLoan(topic: "loan.opened" | "loan.paid_out", data: Record<string, unknown>): void {
    const id = String(data.loanId ?? "");
    const customer = data.customer as { id?: string; externalId?: string | null } | undefined;
    const owner = customer?.externalId ?? customer?.id;
    if (!id || !owner) return;
    const num = (key: string) => Number(data[key] ?? 0);
    if (topic === "loan.opened" && !this.world.loans.has(id)) {
      this.world.loans.set(id, {
        id,
        version: 0,
        customer: owner,
        kind: "direct_deposit",
        status: "pending_payout",
        principalCents: num("principalCents"),
        aprBps: num("aprBps"),
        termMonths: num("termMonths"),
        paymentCents: num("paymentCents"),
        balanceCents: num("principalCents"),
        nextDueDate: null,
        daysPastDue: 0,
        originatedOn: String(data.openedOn ?? ""),
        collateralDescription: null,
      });
      return;
    }
    const loan = this.world.loans.get(id);
    if (topic === "loan.paid_out" && loan?.status === "pending_payout") {
      loan.status = "active";
      loan.originatedOn = String(data.paidOutOn ?? loan.originatedOn);
      loan.nextDueDate = typeof data.firstDueDate === "string" ? data.firstDueDate : null;
      bump(loan);
    }
  }

  private applyPayment(product: "lease" | "loan", productId: string, amount: number): void {
    if (product === "lease") {
      const lease = this.world.leases.get(productId);
      if (!lease) return;
      lease.paymentsMade = Math.min(lease.termPayments, lease.paymentsMade + Math.max(1, Math.round(amount / lease.paymentCents)));
      lease.daysPastDue = Math.max(0, lease.daysPastDue - 7);
      if (lease.paymentsMade >= lease.termPayments) lease.status = "paid_off";
      bump(lease);
      return;
    }
    const loan = this.world.loans.get(productId);
    if (!loan) return;
    loan.balanceCents = Math.max(0, loan.balanceCents - amount);
    loan.daysPastDue = Math.max(0, loan.daysPastDue - 30);
    if (loan.balanceCents === 0) loan.status = "paid_off";
    bump(loan);
  }

  private async sendStanding(product: "lease" | "loan", productId: string): Promise<void> {
    const lease = product === "lease" ? this.world.leases.get(productId) : undefined;
    const loan = product === "loan" ? this.world.loans.get(productId) : undefined;
    if (lease) await this.sender.send(ENDPOINTS.leases, leaseEvent(lease));
    if (loan) await this.sender.send(ENDPOINTS.loans, loanEvent(loan));
  }
}
