// Transactions placed through the portal users' merchants' checkouts (mer_0001, mer_0002), each with
// its funding events: the customer's application, the decision model's answer, the signature, the
// lessor's or lender's funding, and the settlement that paid the merchant (the month's settlement
// transaction already in the merchant's ledger). Every stage of the chain appears: waiting for a
// decision, declined, waiting for a signature, waiting for funding, funded, cancelled, settled.
// Idempotent: rows already there are left alone.
import { and, asc, eq, ne } from "drizzle-orm";
import { customerShortName } from "../../core/domain/funding-timeline";
import { discountFee } from "../../core/domain/ledger";
import type { Database } from "../client";
import * as schema from "../schema";
import { DAY } from "./bundle";
import { insertRows, runAll, type Statement } from "./rows";

const HOUR = 3_600_000;
export const PORTAL_TRANSACTION_MERCHANTS = ["mer_0001", "mer_0002"] as const;
export const PORTAL_TRANSACTIONS_PER_MERCHANT = 14;
/** The lender partner that funds Northwind's loans (the org itself is the lessor of its leases). */
export const LENDER_NAME = "Granite State Bank";

const GOODS: Record<string, [string, number][]> = {
  Furniture: [
    ["Sectional sofa, charcoal", 189_900],
    ["Queen bedroom set", 249_500],
    ["Dining table and six chairs", 132_000],
    ["Leather recliner", 84_900],
    ["Home office desk and chair", 61_250],
  ],
  Electronics: [
    ['65" 4K television', 129_999],
    ["Gaming laptop", 179_900],
    ["Home theater sound bar", 49_900],
    ["Tablet and keyboard", 89_900],
    ["Smart refrigerator display kit", 39_900],
  ],
};

/** Where each transaction is in the chain: [product, days before the anchor it was placed, how far it got]. */
type Reach = "applied" | "declined" | "approved" | "signed" | "funded" | "cancelled" | "settled";
const PLAN: ["lease" | "loan", number, Reach][] = [
  ["lease", 0.05, "applied"],
  ["loan", 0.4, "declined"],
  ["lease", 0.8, "approved"],
  ["loan", 1.2, "signed"],
  ["lease", 1.6, "funded"],
  ["lease", 2.5, "cancelled"],
  ["lease", 12, "settled"],
  ["loan", 19, "settled"],
  ["lease", 27, "settled"],
  ["lease", 36, "settled"],
  ["loan", 44, "settled"],
  ["lease", 53, "settled"],
  ["lease", 64, "settled"],
  ["loan", 77, "settled"],
];

const STATUS: Record<Reach, (typeof schema.ORDER_STATUSES)[number]> = {
  applied: "submitted",
  declined: "cancelled",
  approved: "awaiting_signature",
  signed: "approved",
  funded: "funded",
  cancelled: "cancelled",
  settled: "delivered",
};

export const portalOrderId = (merchantId: string, i: number) => `ord_pt_${merchantId.slice(4)}_${String(i + 1).padStart(2, "0")}`;

export async function seedPortalTransactions(db: Database, options: { anchor: number; orgId: string; maxParams: number }): Promise<void> {
  const [already] = await db
    .select({ id: schema.orders.id })
    .from(schema.orders)
    .where(eq(schema.orders.id, portalOrderId("mer_0001", 0)));
  if (already) return;
  const [org] = await db.select().from(schema.orgs).where(eq(schema.orgs.id, options.orgId));
  const people = await db
    .select({ id: schema.customers.id, firstName: schema.customers.firstName, lastName: schema.customers.lastName })
    .from(schema.customers)
    .where(and(eq(schema.customers.orgId, options.orgId), ne(schema.customers.id, "cus_0001")))
    .orderBy(asc(schema.customers.id))
    .limit(40);
  if (!org || people.length === 0) return;
  const statements: Statement[] = [];
  const orders: (typeof schema.orders.$inferInsert)[] = [];
  const items: (typeof schema.orderItems.$inferInsert)[] = [];
  const events: (typeof schema.fundingEvents.$inferInsert)[] = [];
  for (const [m, merchantId] of PORTAL_TRANSACTION_MERCHANTS.entries()) {
    const [merchant] = await db.select().from(schema.merchants).where(eq(schema.merchants.id, merchantId));
    if (!merchant) continue;
    const [plan] = await db.select().from(schema.planVersions).where(eq(schema.planVersions.id, merchant.planVersionId));
    const [checkout] = await db
      .select({ model: schema.decisionModels.name, version: schema.decisionModelVersions.version })
      .from(schema.merchantEndpoints)
      .innerJoin(schema.decisionModelVersions, eq(schema.decisionModelVersions.id, schema.merchantEndpoints.modelVersionId))
      .innerJoin(schema.decisionModels, eq(schema.decisionModels.id, schema.decisionModelVersions.modelId))
      .where(and(eq(schema.merchantEndpoints.merchantId, merchantId), eq(schema.merchantEndpoints.kind, "checkout")))
      .limit(1);
    const decider = checkout ? `${checkout.model} v${checkout.version}` : `${org.name}'s decision model`;
    const settlements = await db
      .select({ id: schema.ledgerTransactions.id, at: schema.ledgerTransactions.at })
      .from(schema.ledgerTransactions)
      .where(and(eq(schema.ledgerTransactions.merchantId, merchantId), eq(schema.ledgerTransactions.kind, "settlement")))
      .orderBy(asc(schema.ledgerTransactions.at));
    const goods = GOODS[merchant.category] ?? GOODS.Furniture ?? [];
    for (const [i, [product, daysAgo, reach]] of PLAN.entries()) {
      const person = people[(i * 3 + m * 7) % people.length];
      const [title, price] = goods[(i + m) % goods.length] ?? ["Goods", 100_000];
      if (!person) continue;
      const id = portalOrderId(merchantId, i);
      const placed = options.anchor - Math.round(daysAgo * DAY) + 10 * HOUR;
      const customer = customerShortName(person.firstName, person.lastName);
      const funder = product === "loan" ? LENDER_NAME : org.name;
      const steps: [(typeof schema.FUNDING_STEPS)[number], number, string, string | null, number | null, string | null][] = [
        ["application", placed, customer, null, null, null],
      ];
      if (reach !== "applied")
        steps.push(["decision", placed + 40_000, decider, reach === "declined" ? "declined" : "approved", null, null]);
      if (["signed", "funded", "settled"].includes(reach)) steps.push(["agreement_signed", placed + 2 * HOUR, customer, null, null, null]);
      let fundedAt = 0;
      if (["funded", "settled"].includes(reach)) {
        fundedAt = placed + 20 * HOUR;
        steps.push(["funded", fundedAt, funder, null, price, null]);
      }
      if (reach === "settled") {
        const batch = settlements.find((s) => s.at >= fundedAt + DAY);
        if (batch)
          steps.push([
            "settled",
            batch.at,
            `${org.name} settlement run`,
            null,
            price - discountFee(price, plan?.discountRateBps ?? 0),
            batch.id,
          ]);
      }
      const last = steps[steps.length - 1]?.[1] ?? placed;
      orders.push({
        id,
        orgId: options.orgId,
        customerId: person.id,
        number: `CK-${merchantId.slice(4)}-${String(i + 1).padStart(3, "0")}`,
        channel: "partner_checkout",
        merchant: merchant.name,
        merchantId,
        status: STATUS[reach],
        financing: product,
        totalCents: price,
        needsAttention: false,
        attentionReason: null,
        createdAt: placed,
        updatedAt: reach === "cancelled" ? placed + 30 * HOUR : last,
      });
      items.push({
        id: `itm_pt_${merchantId.slice(4)}_${String(i + 1).padStart(2, "0")}`,
        orderId: id,
        title,
        category: merchant.category,
        priceCents: price,
        quantity: 1,
        vendorName: merchant.name,
        vendorUrl: null,
        notes: null,
        eligibility: product,
        reviewStatus: reach === "applied" ? "pending" : reach === "declined" ? "rejected" : "approved",
        reviewedBy: null,
        reviewedAt: null,
      });
      for (const [n, [step, at, actor, outcome, amountCents, reference]] of steps.entries()) {
        events.push({
          id: `fev_${id.slice(4)}_${n + 1}`,
          orgId: options.orgId,
          merchantId,
          orderId: id,
          step,
          at,
          actor,
          outcome,
          amountCents,
          reference,
        });
      }
    }
  }
  statements.push(
    ...insertRows(db, schema.orders, orders, options.maxParams),
    ...insertRows(db, schema.orderItems, items, options.maxParams),
    ...insertRows(db, schema.fundingEvents, events, options.maxParams),
  );
  await runAll(db, statements);
}
