// The loan-management system is the system of record for loans, so a direct-deposit loan a rep
// opens in Tandem, and its payout by someone else, go to it through the outbox: each a row written
// with the change, sent once to the loan system only (never the order platform or the lease
// system), carrying what it needs to book the loan and send the money, and shown on the loan as synced.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { customers, integrationEndpoints, integrationOutbox } from "../../../db/schema";
import { seedSmall, signIn } from "../support/http";
import { db, eventually, LOANS } from "../support/integrations";
import { get, post } from "../support/json";
import { own } from "../support/ownership";

let ana: string;
let finance: string;

beforeAll(async () => {
  await seedSmall();
  [ana, finance] = await Promise.all([signIn("rep.ana@tandem.test"), signIn("finance@tandem.test")]);
  await db().update(integrationEndpoints).set({ outboundUrl: "/loan-system/tandem" }).where(eq(integrationEndpoints.id, LOANS));
});

interface Seen {
  deliveries: number;
  applied: number;
  signed: boolean;
  bodies: { topic: string; data: Record<string, unknown> }[];
}
const seenBy = async (key: string): Promise<Seen> => (await fetch(`http://receiver.test/_seen?key=${key}`)).json();

/** The loan's outbox rows once every one of them is synced. */
const syncedRows = (loanId: string, count: number) =>
  eventually(
    async () => {
      const rows = await db().select().from(integrationOutbox).where(eq(integrationOutbox.recordId, loanId));
      return rows.length === count && rows.every((r) => r.status === "synced") ? rows : null;
    },
    15_000,
    `${count} synced outbox rows of ${loanId}`,
  );

describe("a direct-deposit loan opened and paid out in Tandem", () => {
  it("is booked with the loan-management system, then its payout, each once and only there", async () => {
    const customer = "cus_0034";
    const [row] = await db().select({ account: customers.bankAccountNumber }).from(customers).where(eq(customers.id, customer));
    const account = row?.account ?? "";
    expect(account.length).toBeGreaterThan(4);

    const rep = await own(ana, customer);
    const opened = await post<{ loanId: string }>(`/api/customers/${customer}/loans`, ana, {
      lockToken: rep.token,
      principalCents: 150_000,
      note: "Client asked for $1,500 to their checking account",
    });
    expect(opened.status).toBe(201);
    const loanId = opened.body.loanId;
    await rep.release();

    const [booking] = await syncedRows(loanId, 1);
    expect(booking).toMatchObject({ topic: "loan.opened", recordType: "loan", endpointId: LOANS });
    const booked = await seenBy(booking?.id ?? "");
    expect(booked).toMatchObject({ deliveries: 1, applied: 1, signed: true });
    // Booked under Tandem's id, as a direct-deposit loan waiting for its payout, with the account to pay into.
    expect(booked.bodies[0]).toMatchObject({
      topic: "loan.opened",
      data: {
        loanId,
        kind: "direct_deposit",
        status: "pending_payout",
        principalCents: 150_000,
        disbursementAccount: account,
        customer: { id: customer },
        product: { type: "loan", id: loanId, externalId: loanId },
      },
    });

    const fin = await own(finance, customer);
    const paid = await post(`/api/customers/${customer}/loans/${loanId}/payout`, finance, {
      lockToken: fin.token,
      note: "Account verified by phone; paying out",
    });
    expect(paid.status).toBe(200);
    await fin.release();

    const rows = await syncedRows(loanId, 2);
    const payout = rows.find((r) => r.topic === "loan.paid_out");
    expect(payout?.endpointId).toBe(LOANS);
    const told = await seenBy(payout?.id ?? "");
    expect(told).toMatchObject({ deliveries: 1, applied: 1 });
    expect(told.bodies[0]?.data).toMatchObject({ loanId, principalCents: 150_000 });
    expect(typeof told.bodies[0]?.data.firstDueDate).toBe("string");
    // The payout instruction names the loan, not the account again.
    expect(JSON.stringify(told.bodies[0])).not.toContain(account);

    // Reps see the loan's booking on the loan itself.
    const sync = await get<{ items: { recordType: string; recordId: string; state: string; endpointName: string }[] }>(
      `/api/customers/${customer}/sync`,
      ana,
    );
    expect(sync.body.items.filter((i) => i.recordId === loanId)).toEqual([
      expect.objectContaining({ recordType: "loan", topic: "loan.paid_out", state: "synced", endpointName: "Loan management" }),
    ]);
  });
});
