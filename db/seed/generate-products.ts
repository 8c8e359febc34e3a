// A generated customer's orders, leases, loans, payments and promises to pay.
import { amortize } from "../../core/domain/money";
import { earlyPurchaseAmount, itemEligibility } from "../../core/domain/products";
import { ORDER_STATUSES } from "../schema/orders";
import { activityRow as activity, type CustomerBundle, DAY, type GenerateOptions, isoDate } from "./bundle";
import type { Random } from "./random";
import * as words from "./vocabulary";

const SETTLED_STATUSES = ["delivered", "delivered", "delivered", "returned", "cancelled"] as const;

export function addProducts(b: CustomerBundle, rng: Random, o: GenerateOptions, index: number, isOne: boolean): void {
  const id = b.customer.id;
  const orderCount = isOne ? 2 : rng.int(0, 3);
  for (let n = 0; n < orderCount; n++) {
    // Recent orders are anywhere in the pipeline; orders older than a month have settled.
    const recent = isOne || rng.chance(0.35);
    const createdAt = o.anchor - (recent ? rng.int(1, 30) : rng.int(31, 700)) * DAY;
    const openStatus = isOne && n === 0;
    const status = openStatus ? "in_review" : recent ? rng.pick(ORDER_STATUSES) : rng.pick(SETTLED_STATUSES);
    const orderId = `ord_${id.slice(4)}_${n + 1}`;
    const itemCount = rng.int(1, 3);
    let total = 0;
    for (let k = 0; k < itemCount; k++) {
      const good = rng.pick(words.GOODS);
      const price = rng.int(good.priceCents[0] / 100, good.priceCents[1] / 100) * 100 - 1;
      total += price;
      b.orderItems.push({
        id: `itm_${id.slice(4)}_${n + 1}_${k + 1}`,
        orderId,
        title: good.title,
        category: good.category,
        priceCents: price,
        quantity: 1,
        vendorName: rng.pick(words.MERCHANTS),
        vendorUrl: null,
        eligibility: itemEligibility(good.category),
        reviewStatus: status === "submitted" || status === "in_review" ? "pending" : "approved",
      });
    }
    const attention = openStatus || (["in_review", "awaiting_signature", "approved", "ordered"].includes(status) && rng.chance(0.35));
    b.orders.push({
      id: orderId,
      orgId: o.orgId,
      customerId: id,
      number: `NW-${String(index).padStart(7, "0")}-${n + 1}`,
      channel: rng.pick(["own_site", "own_site", "partner_checkout", "personal_shopper", "phone"] as const),
      merchant: rng.pick(words.MERCHANTS),
      status,
      financing: rng.pick(["lease", "loan"] as const),
      totalCents: total,
      needsAttention: attention,
      attentionReason: attention ? rng.pick(words.ATTENTION_REASONS) : null,
      createdAt,
      updatedAt: createdAt + rng.int(0, 10) * DAY,
    });
    b.activity.push(
      activity(b, rng, "order", `Order ${orderId.toUpperCase()} ${status.replace("_", " ")}`, createdAt, { orderId, status }),
    );
  }
  const hasLease = isOne || rng.chance(0.55);
  const hasLoan = isOne || rng.chance(0.3);
  if (hasLease) addLease(b, rng, o);
  if (hasLoan) addLoan(b, rng, o, isOne);
  const pastDue = [...b.leases, ...b.loans].some((p) => (p.daysPastDue ?? 0) > 0);
  if (pastDue) b.customer.status = rng.chance(0.15) ? "collections" : "past_due";
}

function addLease(b: CustomerBundle, rng: Random, o: GenerateOptions): void {
  const good = rng.pick(words.GOODS.filter((g) => itemEligibility(g.category) === "both"));
  const cash = rng.int(good.priceCents[0] / 100, good.priceCents[1] / 100) * 100;
  const term = rng.pick([26, 52, 78]);
  const payment = Math.ceil((cash * 2) / term);
  const made = rng.int(0, term - 1);
  const daysPastDue = rng.chance(0.2) ? rng.pick([3, 12, 35, 64, 95]) : 0;
  const leaseId = `lea_${b.customer.id.slice(4)}`;
  b.leases.push({
    id: leaseId,
    customerId: b.customer.id,
    status: "active",
    itemDescription: good.title,
    cashPriceCents: cash,
    totalCostCents: payment * term,
    paymentCents: payment,
    frequency: "weekly",
    termPayments: term,
    paymentsMade: made,
    nextDueDate: isoDate(o.anchor + (daysPastDue > 0 ? -daysPastDue : rng.int(0, 6)) * DAY),
    daysPastDue,
    earlyPurchaseCents: earlyPurchaseAmount(cash, payment * made),
    startedOn: isoDate(o.anchor - made * 7 * DAY),
  });
  addPayments(b, rng, "lease", leaseId, payment, Math.min(made, 6), 7);
  if (daysPastDue > 0 && rng.chance(0.4)) addPromise(b, rng, o, "lease", leaseId, payment);
}

function addLoan(b: CustomerBundle, rng: Random, o: GenerateOptions, isOne: boolean): void {
  const kind = isOne ? "purchase" : rng.pick(["purchase", "direct_deposit"] as const);
  const principal = rng.int(5, 40) * 10_000;
  const aprBps = rng.pick([1_999, 2_499, 2_999, 3_599]);
  const term = rng.pick([6, 12, 18, 24]);
  const schedule = amortize(principal, aprBps, term);
  const paid = rng.int(0, term - 1);
  const loanId = `loa_${b.customer.id.slice(4)}`;
  const originated = o.anchor - (paid + 1) * 30 * DAY;
  const daysPastDue = isOne ? 12 : rng.chance(0.2) ? rng.pick([5, 18, 40, 70, 120]) : 0;
  schedule.forEach((row, i) => {
    b.loanSchedule.push({
      loanId,
      seq: row.seq,
      dueDate: isoDate(originated + (i + 1) * 30 * DAY),
      principalCents: row.principalCents,
      interestCents: row.interestCents,
      paidOn: i < paid ? isoDate(originated + (i + 1) * 30 * DAY - rng.int(0, 3) * DAY) : null,
    });
  });
  const balance = paid === 0 ? principal : (schedule[paid - 1]?.balanceAfterCents ?? principal);
  b.loans.push({
    id: loanId,
    customerId: b.customer.id,
    kind,
    status: "active",
    principalCents: principal,
    aprBps,
    termMonths: term,
    paymentCents: schedule[0]?.paymentCents ?? 0,
    balanceCents: balance,
    nextDueDate: isoDate(originated + (paid + 1) * 30 * DAY),
    daysPastDue,
    disbursementAccount: kind === "direct_deposit" ? b.customer.bankAccountNumber : null,
    collateralDescription: kind === "purchase" ? rng.pick(words.GOODS).title : null,
    originatedOn: isoDate(originated),
  });
  addPayments(b, rng, "loan", loanId, schedule[0]?.paymentCents ?? 0, Math.min(paid, 6), 30);
  if (daysPastDue > 0 && (isOne || rng.chance(0.4)))
    addPromise(b, rng, o, "loan", loanId, schedule[0]?.paymentCents ?? 0, isOne ? 0 : undefined);
}

function addPayments(
  b: CustomerBundle,
  rng: Random,
  product: "lease" | "loan",
  productId: string,
  amount: number,
  count: number,
  everyDays: number,
): void {
  for (let k = 0; k < count; k++) {
    const at = b.customer.createdAt + (k + 1) * everyDays * DAY;
    const method = rng.pick(["card", "bank", "bank", "cash"] as const);
    const status = rng.chance(0.05) ? "returned" : "posted";
    const pid = `pay_${productId}_${k + 1}`;
    b.payments.push({ id: pid, customerId: b.customer.id, product, productId, amountCents: amount, method, status, paidAt: at });
    b.activity.push(
      activity(b, rng, "payment", `Payment of $${(amount / 100).toFixed(2)} ${status} (${product})`, at, {
        paymentId: pid,
        productId,
        amountCents: amount,
        status,
      }),
    );
  }
}

function addPromise(
  b: CustomerBundle,
  rng: Random,
  o: GenerateOptions,
  product: "lease" | "loan",
  productId: string,
  amount: number,
  inDays?: number,
): void {
  b.promises.push({
    id: `ptp_${productId}`,
    customerId: b.customer.id,
    product,
    productId,
    amountCents: amount,
    dueDate: isoDate(o.anchor + (inDays ?? rng.int(-2, 7)) * DAY),
    status: "open",
    createdBy: null,
    createdAt: o.anchor - rng.int(1, 10) * DAY,
  });
}
