// Direct-deposit loans: a rep opens one (the state's terms, the bank account on file, masked per
// role), someone else pays it out through the room (ownership, note, audit), and its schedule starts
// from the payout day on the org's calendar. The account number never reaches a note, feed or audit row.
import { eq, or } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { activityEvents, auditLog, customers, notes } from "../../../db/schema";
import { seedSmall, signIn } from "../support/http";
import { get, post } from "../support/json";
import { db } from "../support/orders";
import { own } from "../support/ownership";

let ana: string;
let finance: string;
let director: string;
let sales: string;

beforeAll(async () => {
  await seedSmall();
  [ana, finance, director, sales] = await Promise.all([
    signIn("rep.ana@tandem.test"),
    signIn("finance@tandem.test"),
    signIn("director@tandem.test"),
    signIn("sales@tandem.test"),
  ]);
});

interface LoanView {
  id: string;
  kind: string;
  status: string;
  principalCents: number;
  termMonths: number;
  nextDueDate: string | null;
  disbursementAccount: { value: string | null; visibility: string } | null;
  schedule: { seq: number; dueDate: string; principalCents: number }[];
}

const loansOf = async (customerId: string, cookie: string) =>
  (await get<{ items: LoanView[] }>(`/api/customers/${customerId}/loans`, cookie)).body.items;

/** Today in New York (Northwind's zone), read with the runtime's own calendar, and a month on. */
function newYorkTodayPlusOneMonth(): string {
  const [y = 0, m = 0, d = 0] = new Intl.DateTimeFormat("en-CA", { timeZone: "America/New_York" })
    .format(Date.now())
    .split("-")
    .map(Number);
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const next = new Date(Date.UTC(y, m, Math.min(d, lastDay)));
  return next.toISOString().slice(0, 10);
}

async function open(cookie: string, customerId: string, token: number, body: Record<string, unknown> = {}) {
  return post<{ loanId: string; status: string; error?: { code: string } }>(`/api/customers/${customerId}/loans`, cookie, {
    lockToken: token,
    principalCents: 120_000,
    note: "Client asked for $1,200 to their checking account for a car repair",
    ...body,
  });
}

describe("direct-deposit loans", () => {
  it("are opened by a rep, paid out by finance, and start their schedule on the payout day", async () => {
    const customer = "cus_0031";
    const [row] = await db().select({ account: customers.bankAccountNumber }).from(customers).where(eq(customers.id, customer));
    const account = row?.account ?? "";
    expect(account.length).toBeGreaterThan(4);

    const rep = await own(ana, customer);
    const opened = await open(ana, customer, rep.token);
    expect([opened.status, opened.body.status]).toEqual([201, "pending_payout"]);
    const loanId = opened.body.loanId;
    const waiting = (await loansOf(customer, ana)).find((l) => l.id === loanId);
    expect(waiting).toMatchObject({ kind: "direct_deposit", status: "pending_payout", principalCents: 120_000, schedule: [] });
    // A rep sees the account masked to its last 4; sales not at all.
    expect(waiting?.disbursementAccount?.value).toBe(`•••• ${account.slice(-4)}`);
    expect((await loansOf(customer, sales)).find((l) => l.id === loanId)?.disbursementAccount ?? null).toBeNull();
    // The rep who opened it may not pay it out.
    const byRep = await post(`/api/customers/${customer}/loans/${loanId}/payout`, ana, { lockToken: rep.token, note: "Paying out" });
    expect(byRep.status).toBe(403);
    await rep.release();

    const fin = await own(finance, customer);
    const paid = await post<{ status: string }>(`/api/customers/${customer}/loans/${loanId}/payout`, finance, {
      lockToken: fin.token,
      note: "Account verified by phone; paying out",
    });
    expect([paid.status, paid.body.status]).toEqual([200, "active"]);
    const active = (await loansOf(customer, finance)).find((l) => l.id === loanId);
    expect(active?.status).toBe("active");
    expect(active?.schedule).toHaveLength(active?.termMonths ?? -1);
    expect(active?.schedule.reduce((sum, r) => sum + r.principalCents, 0)).toBe(120_000);
    expect(active?.schedule[0]?.dueDate).toBe(newYorkTodayPlusOneMonth());
    expect(active?.nextDueDate).toBe(newYorkTodayPlusOneMonth());
    const twice = await post<{ error: { code: string } }>(`/api/customers/${customer}/loans/${loanId}/payout`, finance, {
      lockToken: fin.token,
      note: "Again",
    });
    expect([twice.status, twice.body.error.code]).toEqual([409, "CONFLICT"]);
    // Without ownership, no payout: the room's fence applies as to every change.
    await fin.release();
    const unowned = await post(`/api/customers/${customer}/loans/${loanId}/payout`, finance, { lockToken: fin.token, note: "x" });
    expect(unowned.status).toBe(409);

    const written = [
      ...(await db().select({ text: notes.text }).from(notes).where(eq(notes.customerId, customer))).map((r) => r.text),
      ...(await db().select({ text: activityEvents.summary }).from(activityEvents).where(eq(activityEvents.customerId, customer))).map(
        (r) => r.text,
      ),
      ...(
        await db()
          .select({ text: auditLog.details })
          .from(auditLog)
          .where(or(eq(auditLog.action, "loan.open"), eq(auditLog.action, "loan.payout")))
      ).map((r) => r.text),
    ];
    expect(written.some((text) => text.includes("paying out") || text.includes("paid out"))).toBe(true);
    expect(written.filter((text) => text.includes(account))).toEqual([]);
  });

  it("needs two people: a director who opened a loan cannot pay it out", async () => {
    const customer = "cus_0032";
    const lock = await own(director, customer);
    const opened = await open(director, customer, lock.token, { accountNumber: "000555666777" });
    expect(opened.status).toBe(201);
    const payout = await post<{ error: { code: string } }>(`/api/customers/${customer}/loans/${opened.body.loanId}/payout`, director, {
      lockToken: lock.token,
      note: "Paying out my own",
    });
    expect([payout.status, payout.body.error.code]).toEqual([403, "FORBIDDEN"]);
    await lock.release();
  });

  it("keeps to the state's limit and needs an account to pay into", async () => {
    const customer = "cus_0033";
    const lock = await own(ana, customer);
    const tooMuch = await open(ana, customer, lock.token, { principalCents: 9_000_000 });
    expect([tooMuch.status, tooMuch.body.error?.code]).toEqual([400, "VALIDATION"]);
    await lock.release();
  });
});
