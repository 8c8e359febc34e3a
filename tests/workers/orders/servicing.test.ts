import { and, eq, like } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { customers, leases, loanSchedule, loans, promisesToPay } from "../../../db/schema";
import { seedSmall, signIn } from "../support/http";
import { get, post } from "../support/json";
import { customerSnapshot, db } from "../support/orders";
import { type Ownership, own, recordChanged } from "../support/ownership";
import { joinRoom } from "../support/room-client";

let ana: string;
let ben: string;
let finance: string;
const held: Ownership[] = [];

beforeAll(async () => {
  await seedSmall();
  [ana, ben, finance] = await Promise.all([signIn("rep.ana@tandem.test"), signIn("rep.ben@tandem.test"), signIn("finance@tandem.test")]);
});
afterEach(async () => {
  for (const o of held.splice(0)) await o.release();
});

async function owned(customerId: string) {
  const o = await own(ana, customerId);
  held.push(o);
  return o;
}

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

interface LoanView {
  id: string;
  kind: string;
  balanceCents: number;
  outstandingCents: number;
  bucket: string;
  disbursementAccount: { value: string | null; visibility: string } | null;
  schedule: { seq: number; paymentCents: number; paidCents: number; status: string }[];
  promises: { id: string; status: string }[];
}
interface LeaseView {
  id: string;
  paymentCents: number;
  paymentsMade: number;
  termPayments: number;
  earlyPurchaseCents: number;
  bucket: string;
  schedule: { amountCents: number; status: string }[];
  totalCostCents: number;
}

describe("reading a customer's leases and loans", () => {
  it("shows the lease schedule (summing to its total cost), the early purchase amount and the delinquency bucket", async () => {
    const res = await get<{ items: LeaseView[] }>("/api/customers/cus_0001/leases", ana);
    expect(res.status).toBe(200);
    const [lease] = res.body.items;
    if (!lease) throw new Error("cus_0001 has a lease");
    expect(lease.schedule.reduce((s, r) => s + r.amountCents, 0)).toBe(lease.totalCostCents);
    expect(lease.schedule.filter((r) => r.status === "paid")).toHaveLength(lease.paymentsMade);
    expect(["current", "1-30", "31-60", "61-90", "90+"]).toContain(lease.bucket);
    expect(lease.earlyPurchaseCents).toBeGreaterThan(0);
  });

  it("shows a loan's schedule and balance, with a past-due loan in its bucket", async () => {
    const res = await get<{ items: LoanView[] }>("/api/customers/cus_0001/loans", ana);
    const [loan] = res.body.items;
    expect(loan).toMatchObject({ kind: "purchase", bucket: expect.stringMatching(/-|\+/) });
    expect(loan?.schedule.length).toBeGreaterThan(0);
  });

  it("masks a direct-deposit account for a rep and shows it to finance, by the PII policy", async () => {
    const [row] = await db()
      .select({ customerId: loans.customerId, account: loans.disbursementAccount })
      .from(loans)
      .innerJoin(customers, eq(customers.id, loans.customerId))
      .where(and(eq(loans.kind, "direct_deposit"), eq(customers.orgId, "org_northwind"), like(customers.id, "cus_0%")))
      .limit(1);
    if (!row?.account) throw new Error("the seed has a direct-deposit loan");
    const asRep = await get<{ items: LoanView[] }>(`/api/customers/${row.customerId}/loans`, ana);
    const asFinance = await get<{ items: LoanView[] }>(`/api/customers/${row.customerId}/loans`, finance);
    const repView = asRep.body.items.find((l) => l.kind === "direct_deposit");
    expect(repView?.disbursementAccount).toMatchObject({ visibility: "masked", value: `•••• ${row.account.slice(-4)}` });
    expect(JSON.stringify(asRep.body)).not.toContain(row.account);
    expect(asFinance.body.items.find((l) => l.kind === "direct_deposit")?.disbursementAccount).toMatchObject({
      visibility: "full",
      value: row.account,
    });
  });

  it("answers 404 for another org's customer", async () => {
    expect((await get("/api/customers/cus_9001/loans", ana)).status).toBe(404);
    expect((await get("/api/customers/cus_9001/leases", ana)).status).toBe(404);
  });
});

describe("payment.record", () => {
  it("posts a loan payment to the oldest installments, lowers the balance and keeps a covered promise", async () => {
    const o = await owned("cus_0001");
    const before = (await get<{ items: LoanView[] }>("/api/customers/cus_0001/loans", ana)).body.items[0] as LoanView;
    const firstUnpaid = before.schedule.find((r) => r.status !== "paid");
    if (!firstUnpaid) throw new Error("an unpaid installment");
    const watcher = (await joinRoom(ben, "cus_0001")).client;
    const from = watcher.frames.length;
    const res = await post(`/api/customers/cus_0001/payments`, ana, {
      lockToken: o.token,
      note: "Client paid by card on the call",
      product: "loan",
      productId: before.id,
      amountCents: firstUnpaid.paymentCents,
      method: "card",
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    await watcher.next(recordChanged("loan", before.id), { from });
    const payment = await watcher.next((f) => f.type === "activity" && (f.item as { kind: string }).kind === "payment", { from });
    expect((payment.item as { summary: string }).summary).toMatch(/posted to the loan/);
    watcher.close();
    const after = (await get<{ items: LoanView[] }>("/api/customers/cus_0001/loans", ana)).body.items[0] as LoanView;
    expect(after.outstandingCents).toBe(before.outstandingCents - firstUnpaid.paymentCents);
    expect(after.balanceCents).toBeLessThan(before.balanceCents);
    expect(after.schedule.find((r) => r.seq === firstUnpaid.seq)?.status).toBe("paid");
    const promise = await db().select().from(promisesToPay).where(eq(promisesToPay.id, "ptp_loa_0001"));
    expect(promise[0]?.status).toBe("kept");
  });

  it("posts a lease payment: whole periods move the due date, the rest is held as credit", async () => {
    const o = await owned("cus_0001");
    const [lease] = await db().select().from(leases).where(eq(leases.customerId, "cus_0001"));
    if (!lease) throw new Error("cus_0001 has a lease");
    const res = await post(`/api/customers/cus_0001/payments`, ana, {
      lockToken: o.token,
      note: "Paid one and a half payments",
      product: "lease",
      productId: lease.id,
      amountCents: lease.paymentCents + Math.floor(lease.paymentCents / 2),
      method: "bank",
    });
    expect(res.status).toBe(201);
    const [after] = await db().select().from(leases).where(eq(leases.id, lease.id));
    expect(after?.paymentsMade).toBe(lease.paymentsMade + 1);
    expect(after?.creditCents).toBe(Math.floor(lease.paymentCents / 2));
    expect(after?.earlyPurchaseCents).toBeLessThan(lease.earlyPurchaseCents);
  });

  it("refuses more than the schedule owes, a product of the wrong kind, and another customer's loan, changing nothing", async () => {
    const o = await owned("cus_0001");
    const [loan] = await db().select().from(loans).where(eq(loans.customerId, "cus_0001"));
    const rows = await db()
      .select()
      .from(loanSchedule)
      .where(eq(loanSchedule.loanId, loan?.id ?? ""));
    const owed = rows.reduce((s, r) => s + (r.paidOn ? 0 : r.principalCents + r.interestCents - r.paidCents), 0);
    const before = await customerSnapshot("cus_0001");
    const pay = (body: Record<string, unknown>) =>
      post(`/api/customers/cus_0001/payments`, ana, {
        lockToken: o.token,
        note: "Payment",
        method: "card",
        product: "loan",
        productId: loan?.id,
        amountCents: 100,
        ...body,
      });
    expect((await pay({ amountCents: owed + 1 })).status).toBe(409);
    expect((await pay({ product: "lease" })).status).toBe(400);
    expect((await pay({ productId: "loa_9001" })).status).toBe(404);
    expect((await pay({ amountCents: 10.5 })).status).toBe(400);
    expect(await customerSnapshot("cus_0001")).toBe(before);
  });
});

describe("promises to pay", () => {
  it("records one open promise per account and resolves it", async () => {
    const o = await owned("cus_0001");
    const [lease] = await db().select().from(leases).where(eq(leases.customerId, "cus_0001"));
    const body = {
      lockToken: o.token,
      note: "Client will pay Friday",
      product: "lease",
      productId: lease?.id,
      amountCents: 4_500,
      dueDate: inDays(3),
    };
    const created = await post<{ promiseId: string }>("/api/customers/cus_0001/promises", ana, body);
    expect(created.status).toBe(201);
    expect((await post("/api/customers/cus_0001/promises", ana, body)).status).toBe(409);
    expect((await post("/api/customers/cus_0001/promises", ana, { ...body, dueDate: inDays(45) })).status).toBe(400);
    const leasesView = await get<{ items: { promises: { id: string; status: string }[] }[] }>("/api/customers/cus_0001/leases", ana);
    expect(leasesView.body.items[0]?.promises).toContainEqual(expect.objectContaining({ id: created.body.promiseId, status: "open" }));
    const resolve = (outcome: string) =>
      post(`/api/customers/cus_0001/promises/${created.body.promiseId}/resolve`, ana, {
        lockToken: o.token,
        note: "Client called back",
        outcome,
      });
    expect((await resolve("broken")).status).toBe(200);
    expect((await resolve("kept")).status).toBe(409);
  });
});
