// Every order, card, shopper and servicing command refuses, and changes nothing, without
// ownership, without a note, with a stale token, while someone else owns the account, and for
// roles that may not act.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedSmall, signIn } from "../support/http";
import { post } from "../support/json";
import { customerSnapshot } from "../support/orders";
import { own, staleOwnership } from "../support/ownership";

const CUSTOMER = "cus_0001";
const ORDER = "ord_0001_1";

interface Spec {
  path: string;
  body: Record<string, unknown>;
  /** Roles (by seeded email) that may read the account but not run this command, plus engineering. */
  forbidden: string[];
}

const SERVICE_ONLY = ["compliance@tandem.test", "engineering@tandem.test", "sales@tandem.test", "finance@tandem.test"];
const LOAN_SERVICE = ["compliance@tandem.test", "engineering@tandem.test", "sales@tandem.test"];
const SHOPPER_ITEM = { title: "Front-load washer", priceCents: 89_900, category: "appliances" };

const COMMANDS: Record<string, Spec> = {
  "order.status": { path: `/api/orders/${ORDER}/status`, body: { status: "cancelled" }, forbidden: SERVICE_ONLY },
  "order.attention": {
    path: `/api/orders/${ORDER}/attention`,
    body: { needsAttention: true, reason: "Vendor backorder" },
    forbidden: SERVICE_ONLY,
  },
  "order.item_review": { path: `/api/orders/${ORDER}/items/itm_0001_1_1/review`, body: { decision: "reject" }, forbidden: SERVICE_ONLY },
  "card.issue": { path: `/api/orders/${ORDER}/cards`, body: { limitCents: 1_000 }, forbidden: SERVICE_ONLY },
  "card.cancel": { path: `/api/orders/${ORDER}/cards/vcd_anycard1/cancel`, body: {}, forbidden: SERVICE_ONLY },
  "card.mark_used": { path: `/api/orders/${ORDER}/cards/vcd_anycard1/used`, body: { confirmation: "BH-1234" }, forbidden: SERVICE_ONLY },
  "shopper.intake": {
    path: `/api/customers/${CUSTOMER}/shopper-orders`,
    body: { source: "call", merchant: "Appliance Barn", items: [SHOPPER_ITEM] },
    forbidden: SERVICE_ONLY,
  },
  "shopper.item_add": { path: `/api/orders/${ORDER}/items`, body: { item: SHOPPER_ITEM }, forbidden: SERVICE_ONLY },
  "shopper.item_remove": { path: `/api/orders/${ORDER}/items/itm_0001_1_1/remove`, body: {}, forbidden: SERVICE_ONLY },
  "agreement.send": { path: `/api/orders/${ORDER}/agreement`, body: {}, forbidden: SERVICE_ONLY },
  "payment.record": {
    path: `/api/customers/${CUSTOMER}/payments`,
    body: { product: "loan", productId: "loa_0001", amountCents: 5_000, method: "card" },
    forbidden: LOAN_SERVICE,
  },
  "promise.create": {
    path: `/api/customers/${CUSTOMER}/promises`,
    body: { product: "lease", productId: "lea_0001", amountCents: 5_000, dueDate: "2026-12-01" },
    forbidden: LOAN_SERVICE,
  },
  "promise.resolve": {
    path: `/api/customers/${CUSTOMER}/promises/ptp_loa_0001/resolve`,
    body: { outcome: "kept" },
    forbidden: LOAN_SERVICE,
  },
};

let ana: string;
let ben: string;
const cookies = new Map<string, string>();

beforeAll(async () => {
  await seedSmall();
  [ana, ben] = await Promise.all([signIn("rep.ana@tandem.test"), signIn("rep.ben@tandem.test")]);
  for (const email of new Set(Object.values(COMMANDS).flatMap((c) => c.forbidden))) cookies.set(email, await signIn(email));
});
afterAll(() => cookies.clear());

async function expectRefused(send: () => Promise<{ status: number; body: unknown }>, status: number, code: string): Promise<void> {
  const before = await customerSnapshot(CUSTOMER);
  const answer = await send();
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  expect(answer.body).toMatchObject({ error: { code } });
  expect(await customerSnapshot(CUSTOMER)).toBe(before);
}

describe.each(Object.entries(COMMANDS))("%s", (_name, spec) => {
  const note = "Client asked on the phone";

  it("refuses without ownership", async () => {
    // A token no grant has reached yet: the refusal is about ownership, not staleness.
    await expectRefused(() => post(spec.path, ana, { ...spec.body, lockToken: 1_000_000, note }), 409, "LOCK_NOT_HELD");
  });

  it("refuses without a note, even from the owner", async () => {
    const o = await own(ana, CUSTOMER);
    try {
      await expectRefused(() => post(spec.path, ana, { ...spec.body, lockToken: o.token }), 400, "NOTE_REQUIRED");
      await expectRefused(() => post(spec.path, ana, { ...spec.body, lockToken: o.token, note: "   " }), 400, "NOTE_REQUIRED");
    } finally {
      await o.release();
    }
  });

  it("refuses a stale token", async () => {
    const o = await staleOwnership(ana, CUSTOMER);
    try {
      await expectRefused(() => post(spec.path, ana, { ...spec.body, lockToken: o.stale, note }), 409, "LOCK_STALE");
    } finally {
      await o.release();
    }
  });

  it("refuses another rep while the account is owned", async () => {
    const o = await own(ana, CUSTOMER);
    try {
      await expectRefused(() => post(spec.path, ben, { ...spec.body, lockToken: o.token, note }), 409, "LOCK_HELD");
    } finally {
      await o.release();
    }
  });

  it.each(spec.forbidden)("refuses %s, whose role may not act", async (email) => {
    const o = await own(ana, CUSTOMER);
    try {
      await expectRefused(() => post(spec.path, cookies.get(email), { ...spec.body, lockToken: o.token, note }), 403, "FORBIDDEN");
    } finally {
      await o.release();
    }
  });
});
