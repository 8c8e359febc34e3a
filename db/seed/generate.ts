// Generates one customer's whole story (profile, products, orders, notes, activity) from a seed.
// Each customer draws from its own random stream, so customer N is the same whatever the total.

import { amortize } from "../../core/domain/money";
import { normalizePhone } from "../../core/domain/phone";
import { earlyPurchaseAmount, itemEligibility } from "../../core/domain/products";
import type * as schema from "../schema";
import { ORDER_STATUSES } from "../schema/orders";
import { CUSTOMER_ONE, PII_MARKERS, STAFF } from "./fixtures";
import { createRandom, type Random } from "./random";
import * as words from "./vocabulary";

export type Row<T extends { $inferInsert: unknown }> = T["$inferInsert"];

export interface CustomerBundle {
  customer: Row<typeof schema.customers>;
  leases: Row<typeof schema.leases>[];
  loans: Row<typeof schema.loans>[];
  loanSchedule: Row<typeof schema.loanSchedule>[];
  payments: Row<typeof schema.payments>[];
  promises: Row<typeof schema.promisesToPay>[];
  orders: Row<typeof schema.orders>[];
  orderItems: Row<typeof schema.orderItems>[];
  notes: Row<typeof schema.notes>[];
  activity: Row<typeof schema.activityEvents>[];
  callbacks: Row<typeof schema.callbacks>[];
  ownership: Row<typeof schema.ownershipSessions>[];
}

export interface GenerateOptions {
  seed: string;
  /** Start of the demo's "today" (ms): dates are spread over the two years before it. */
  anchor: number;
  orgId: string;
  teamIds: string[];
  /** "lean" makes the profile only, for million-row benchmarks. */
  detail: "full" | "lean";
}

const DAY = 86_400_000;

export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function phoneInLegacyFormat(rng: Random, area: string, local: string): string {
  const a = area;
  const p = local.slice(0, 3);
  const s = local.slice(3);
  return rng.pick([`(${a}) ${p}-${s}`, `${a}.${p}.${s}`, `+1 ${a} ${p} ${s}`, `${a}${p}${s}`, `1-${a}-${p}-${s}`]);
}

export function generateCustomer(index: number, id: string, options: GenerateOptions): CustomerBundle {
  const rng = createRandom(`${options.seed}:${options.orgId}`, index);
  const { anchor } = options;
  const isOne = id === CUSTOMER_ONE.id;
  const first = isOne ? CUSTOMER_ONE.firstName : rng.pick(words.FIRST_NAMES);
  const last = isOne ? CUSTOMER_ONE.lastName : rng.pick(words.LAST_NAMES);
  const place = rng.pick(words.PLACES);
  const local = String((index * 7_919 + 1_234_567) % 10_000_000).padStart(7, "0");
  const phone = isOne ? CUSTOMER_ONE.phone : phoneInLegacyFormat(rng, place.area, local);
  const emailUser = `${first}.${last}${index}`.normalize("NFD").replace(/[^\w.]/g, "");
  const email = isOne ? CUSTOMER_ONE.email : rng.chance(0.9) ? `${emailUser}@example.com` : null;
  const createdAt = anchor - rng.int(30, 730) * DAY;
  const teamId = isOne ? "team_east" : rng.pick(options.teamIds);

  const bundle: CustomerBundle = {
    customer: {
      id,
      orgId: options.orgId,
      teamId,
      firstName: first,
      lastName: last,
      fullName: `${first} ${last}`,
      status: "active",
      phone,
      phoneDigits: normalizePhone(phone) ?? "",
      email,
      emailLower: email?.toLowerCase() ?? null,
      addressLine1: `${rng.int(10, 9999)} ${rng.pick(words.STREETS)}`,
      city: place.city,
      state: place.state,
      postalCode: rng.digits(5),
      dateOfBirth: isoDate(anchor - rng.int(21 * 365, 70 * 365) * DAY),
      ssn: isOne ? PII_MARKERS.ssn : `9${rng.digits(2)}-${rng.digits(2)}-${rng.digits(4)}`,
      identityVerified: isOne ? false : rng.chance(0.8),
      bankName: rng.pick(words.BANKS),
      bankAccountNumber: isOne ? PII_MARKERS.bankAccount : rng.digits(10),
      bankRoutingNumber: `0${rng.digits(8)}`,
      monthlyIncomeCents: rng.int(1_800, 9_000) * 100,
      cardOnFileNumber: isOne ? PII_MARKERS.cardNumber : null,
      loyaltyNumber: isOne ? CUSTOMER_ONE.loyaltyNumber : `LY${String(10_000_000 + index).slice(-8)}`,
      externalId: isOne ? CUSTOMER_ONE.externalId : `FX-${String(index).padStart(7, "0")}`,
      preferredContactTime: rng.chance(0.6) ? rng.pick(words.CONTACT_TIMES) : null,
      preferredChannel: rng.pick(["phone", "sms", "email"] as const),
      language: rng.chance(0.85) ? "en" : "es",
      smsOptIn: rng.chance(0.6),
      emailOptIn: rng.chance(0.7),
      tier: rng.pick(["bronze", "bronze", "silver", "silver", "gold", "platinum"] as const),
      loyaltyPoints: rng.int(0, 12_000),
      tags: JSON.stringify(rng.chance(0.3) ? [rng.pick(["vip", "spanish-speaking", "hardship", "autopay", "new"])] : []),
      lockEpoch: 0,
      createdAt,
      updatedAt: createdAt,
    },
    leases: [],
    loans: [],
    loanSchedule: [],
    payments: [],
    promises: [],
    orders: [],
    orderItems: [],
    notes: [],
    activity: [],
    callbacks: [],
    ownership: [],
  };
  if (options.detail === "lean") return bundle;
  addProducts(bundle, rng, options, index, isOne);
  addNotesAndActivity(bundle, rng, options, isOne);
  addOwnershipHistory(bundle, rng, options);
  return bundle;
}

function addProducts(b: CustomerBundle, rng: Random, o: GenerateOptions, index: number, isOne: boolean): void {
  const id = b.customer.id;
  const orderCount = isOne ? 2 : rng.int(0, 3);
  for (let n = 0; n < orderCount; n++) {
    const createdAt = o.anchor - rng.int(1, 700) * DAY;
    const openStatus = isOne && n === 0;
    const status = openStatus ? "in_review" : rng.pick(ORDER_STATUSES);
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

function addNotesAndActivity(b: CustomerBundle, rng: Random, o: GenerateOptions, isOne: boolean): void {
  const reps = STAFF.filter((s) => s.orgId === o.orgId && (s.role === "rep" || s.role === "senior_rep"));
  const noteCount = isOne ? 4 : rng.int(0, 5);
  for (let n = 0; n < noteCount; n++) {
    const author = rng.pick(reps);
    const at = o.anchor - rng.int(1, 700) * DAY - rng.int(0, DAY / 1000) * 1000;
    const kind = rng.pick(["manual", "manual", "automatic", "system"] as const);
    const text =
      kind === "manual"
        ? rng.pick(words.MANUAL_NOTES)
        : kind === "automatic"
          ? `Account viewed by ${author.name}`
          : "Autopay reminder scheduled";
    const noteId = `not_${b.customer.id.slice(4)}_${n + 1}`;
    b.notes.push({
      id: noteId,
      orgId: o.orgId,
      customerId: b.customer.id,
      authorId: kind === "system" ? null : author.id,
      authorName: kind === "system" ? "Tandem" : author.name,
      kind,
      category: kind === "manual" ? rng.pick(words.NOTE_CATEGORIES) : "system",
      action: kind === "automatic" ? "customer.view" : kind === "system" ? "system.reminder" : "note.add",
      text,
      immutable: kind !== "manual",
      createdAt: at,
      editedAt: null,
    });
    b.activity.push(activity(b, rng, "note", text, at, { noteId, kind }, kind === "system" ? null : author));
  }
  const comms = rng.int(0, 4);
  for (let n = 0; n < comms; n++) {
    const at = o.anchor - rng.int(1, 700) * DAY;
    b.activity.push(activity(b, rng, "communication", rng.pick(words.COMMUNICATIONS), at, {}));
  }
  b.activity.push(activity(b, rng, "system", "Account created", b.customer.createdAt, {}));
  if (isOne || rng.chance(0.12)) {
    const assignee = rng.pick(
      reps
        .filter((r) => r.teamId === b.customer.teamId)
        .concat(reps)
        .slice(0, 3),
    );
    b.callbacks.push({
      id: `cb_${b.customer.id.slice(4)}`,
      customerId: b.customer.id,
      assignedTo: isOne ? "stf_ana" : assignee.id,
      dueAt: o.anchor + rng.int(9, 17) * 3_600_000,
      reason: rng.pick(words.CALLBACK_REASONS),
      doneAt: null,
    });
  }
}

const HOUR = 3_600_000;

/** Past calls: reps took ownership, worked the account for minutes, and let go (for the floor charts). */
function addOwnershipHistory(b: CustomerBundle, rng: Random, o: GenerateOptions): void {
  if (!rng.chance(0.45)) return;
  const reps = STAFF.filter((s) => s.orgId === o.orgId && s.teamId === b.customer.teamId && (s.role === "rep" || s.role === "senior_rep"));
  const people = reps.length > 0 ? reps : STAFF.filter((s) => s.orgId === o.orgId && s.role === "rep");
  const sessions = rng.int(1, 4);
  const starts = Array.from(
    { length: sessions },
    () => o.anchor - rng.int(0, 13) * DAY + rng.int(13, 22) * HOUR + rng.int(0, 59) * 60_000,
  ).sort((x, y) => x - y);
  starts.forEach((startedAt, i) => {
    const person = rng.pick(people);
    const token = i + 1;
    const startedBy = rng.chance(0.12) ? "handoff" : rng.chance(0.05) ? "takeover" : "request";
    const endedAt = startedAt + rng.int(2, 25) * 60_000 + rng.int(0, 59) * 1000;
    if (startedAt >= o.anchor || endedAt >= o.anchor) return;
    const endReason = rng.chance(0.85) ? "released" : rng.pick(["expired", "idle", "handed-off"] as const);
    b.ownership.push({
      id: `own_${b.customer.id}_${token}`,
      orgId: o.orgId,
      customerId: b.customer.id,
      staffId: person.id,
      teamId: person.teamId,
      token,
      startedAt,
      endedAt,
      startedBy,
      endReason,
      waitedMs: startedBy === "handoff" ? rng.int(15, 180) * 1000 : null,
    });
    b.activity.push(
      activity(b, rng, "lock", `${person.name} took ownership`, startedAt, { event: "granted", reason: startedBy, token }, person),
    );
    b.activity.push(
      activity(b, rng, "lock", `${person.name} released ownership`, endedAt, { event: "released", reason: endReason }, person),
    );
    b.customer.lockEpoch = token;
  });
}

function activity(
  b: CustomerBundle,
  rng: Random,
  kind: "payment" | "order" | "note" | "communication" | "system" | "lock",
  summary: string,
  at: number,
  data: Record<string, unknown>,
  actor?: { id: string; name: string } | null,
): Row<typeof schema.activityEvents> {
  return {
    id: `act_${b.customer.id.slice(4)}_${b.activity.length + 1}_${rng.digits(4)}`,
    orgId: b.customer.orgId,
    customerId: b.customer.id,
    kind,
    summary,
    data: JSON.stringify(data),
    actorId: actor?.id ?? null,
    actorName: actor?.name ?? null,
    at,
  };
}
