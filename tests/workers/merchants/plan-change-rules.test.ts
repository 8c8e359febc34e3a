// The plan-change approval's refusals, as issue 15 lists them: a stage approved out of order or by
// the wrong role, a release time in the past, a withdrawal beyond the balance, two finance people
// approving at once (exactly one wins): each a typed error, and nothing written (the request's
// stage, version and history, and the ledger, stay as they were).
import { beforeAll, describe, expect, it } from "vitest";
import { seedSmall, signIn } from "../support/http";
import { get, post } from "../support/json";
import { joinMerchant, openPlanChange, ownMerchant, stepAs } from "../support/merchants";
import { ENGINEERING, FINANCE, FINANCE_TWO, ledgerCount, requestRow, SALES, snapshot } from "./support";

const cookies: Record<string, string> = {};
const as = (email: string) => cookies[email] ?? "";

beforeAll(async () => {
  await seedSmall();
  for (const email of [SALES, ENGINEERING, FINANCE, FINANCE_TWO, "rep.ana@tandem.test", "admin@tandem.test", "director@tandem.test"])
    cookies[email] = await signIn(email);
});

const available = async (merchantId: string) =>
  (await get<{ balance: { availableCents: number } }>(`/api/merchants/${merchantId}/ledger`, as(FINANCE))).body.balance.availableCents;

describe("each stage only by its role, in order", () => {
  it("refuses finance and sales at engineering's stage, and roles outside the flow, writing nothing", async () => {
    const id = await openPlanChange(as(SALES), "mer_0002", { toPlanVersionId: "plv_nw_growth_2", note: "Merchant wants advanced models" });
    const before = await snapshot(id);
    expect(before.stage).toBe("engineering");
    for (const [email, status, code] of [
      [FINANCE, 409, "STAGE_OUT_OF_ORDER"],
      [SALES, 409, "STAGE_OUT_OF_ORDER"],
      ["rep.ana@tandem.test", 403, "FORBIDDEN"],
      ["admin@tandem.test", 403, "FORBIDDEN"],
      ["director@tandem.test", 403, "FORBIDDEN"],
    ] as const) {
      const lockToken = email.startsWith("rep") || email.startsWith("director") ? 1 : undefined;
      const answer = lockToken
        ? await post(`/api/merchants/mer_0002/plan-changes/${id}/approve`, as(email), { lockToken, note: "trying" })
        : await stepAs(as(email), "mer_0002", id, "approve");
      expect({ email, status: answer.status, code: (answer.body as { error?: { code: string } }).error?.code }).toEqual({
        email,
        status,
        code,
      });
      expect(await snapshot(id)).toEqual(before);
    }
    expect((await stepAs(as(ENGINEERING), "mer_0002", id, "approve")).status).toBe(200);
    // engineering's check is done: a second approval by engineering is out of order too
    const again = await stepAs(as(ENGINEERING), "mer_0002", id, "approve");
    expect([again.status, (again.body as { error: { code: string } }).error.code]).toEqual([409, "STAGE_OUT_OF_ORDER"]);
    expect((await requestRow(id)).stage).toBe("finance");
  });

  it("refuses a release time in the past (and none at all) at sales' stage, writing nothing", async () => {
    const id = await openPlanChange(as(SALES), "mer_0018", { toPlanVersionId: "plv_nw_scale_1", note: "Opening a second store" });
    expect((await stepAs(as(ENGINEERING), "mer_0018", id, "approve")).status).toBe(200);
    expect((await stepAs(as(FINANCE), "mer_0018", id, "approve")).status).toBe(200);
    const before = await snapshot(id);
    const past = await stepAs(as(SALES), "mer_0018", id, "approve", { releaseAt: Date.now() - 60_000 });
    expect([past.status, (past.body as { error: { code: string } }).error.code]).toEqual([400, "RELEASE_IN_PAST"]);
    const none = await stepAs(as(SALES), "mer_0018", id, "approve");
    expect(none.status).toBe(400);
    expect(await snapshot(id)).toEqual(before);
    expect(before).toMatchObject({ stage: "sales", releaseAt: null });
  });
});

describe("money at finance's stage", () => {
  it("refuses a withdrawal beyond the available balance and posts nothing", async () => {
    const balance = await available("mer_0006");
    const id = await openPlanChange(as(SALES), "mer_0006", {
      toPlanVersionId: "plv_nw_scale_1",
      note: "Merchant wants its surplus back with the upgrade",
      money: { direction: "withdraw", amountCents: balance + 1 },
    });
    expect((await stepAs(as(ENGINEERING), "mer_0006", id, "approve")).status).toBe(200);
    const ledgerBefore = await ledgerCount("mer_0006");
    const before = await snapshot(id);
    const refused = await stepAs(as(FINANCE), "mer_0006", id, "approve");
    expect([refused.status, (refused.body as { error: { code: string } }).error.code]).toEqual([409, "INSUFFICIENT_BALANCE"]);
    expect({ ledger: await ledgerCount("mer_0006"), request: await snapshot(id), balance: await available("mer_0006") }).toEqual({
      ledger: ledgerBefore,
      request: before,
      balance,
    });
    // The same rule for a withdrawal posted by hand.
    const owner = await ownMerchant(as(FINANCE), "mer_0006");
    const byHand = await post("/api/merchants/mer_0006/ledger", as(FINANCE), {
      lockToken: owner.token,
      note: "Payout",
      kind: "withdrawal",
      amountCents: balance + 1,
    });
    await owner.release();
    expect([byHand.status, (byHand.body as { error: { code: string } }).error.code]).toEqual([409, "INSUFFICIENT_BALANCE"]);
    expect(await ledgerCount("mer_0006")).toBe(ledgerBefore);
  });

  it("lets exactly one of two finance people approve at once, and posts the deposit once", async () => {
    const id = await openPlanChange(as(SALES), "mer_0017", {
      toPlanVersionId: "plv_nw_growth_2",
      note: "Upgrade with a top-up",
      money: { direction: "deposit", amountCents: 25_000 },
    });
    expect((await stepAs(as(ENGINEERING), "mer_0017", id, "approve")).status).toBe(200);
    const balance = await available("mer_0017");
    // Both reach for ownership at the same moment, then approve with whatever token they got.
    const [felix, fay] = await Promise.all([joinMerchant(as(FINANCE), "mer_0017"), joinMerchant(as(FINANCE_TWO), "mer_0017")]);
    const grants = await Promise.all(
      [felix, fay].map(({ client }) => client.request({ type: "lock-request" }, ["lock-granted", "lock-denied"])),
    );
    const tokens = grants.map((g) => (g.type === "lock-granted" ? Number(g.token) : 1));
    await Promise.all([felix, fay].map(({ client }) => client.request({ type: "heartbeat", active: true }, ["ack"])));
    const answers = await Promise.all(
      [FINANCE, FINANCE_TWO].map((email, i) =>
        post(`/api/merchants/mer_0017/plan-changes/${id}/approve`, as(email), { lockToken: tokens[i], note: "Deposit received" }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    // and the winner's second click, sent twice at once: the request has moved on
    const winner = answers.findIndex((a) => a.status === 200);
    const doubled = await Promise.all(
      [0, 1].map(() =>
        post(`/api/merchants/mer_0017/plan-changes/${id}/approve`, as([FINANCE, FINANCE_TWO][winner] ?? ""), {
          lockToken: tokens[winner],
          note: "again",
        }),
      ),
    );
    expect(doubled.map((a) => [a.status, (a.body as { error?: { code: string } }).error?.code])).toEqual([
      [409, "STAGE_OUT_OF_ORDER"],
      [409, "STAGE_OUT_OF_ORDER"],
    ]);
    expect({
      stage: (await requestRow(id)).stage,
      deposits: await ledgerCount("mer_0017", id),
      balance: await available("mer_0017"),
    }).toEqual({
      stage: "sales",
      deposits: 1,
      balance: balance + 25_000,
    });
    felix.client.close();
    fay.client.close();
  });

  it("reverses finance's deposit when the request is sent back, so the balance is as before", async () => {
    const balance = await available("mer_0019");
    const id = await openPlanChange(as(SALES), "mer_0019", {
      toPlanVersionId: "plv_nw_growth_2",
      note: "Upgrade with a top-up",
      money: { direction: "deposit", amountCents: 12_345 },
    });
    expect((await stepAs(as(ENGINEERING), "mer_0019", id, "approve")).status).toBe(200);
    expect((await stepAs(as(FINANCE), "mer_0019", id, "approve")).status).toBe(200);
    expect(await available("mer_0019")).toBe(balance + 12_345);
    const back = await stepAs(as(SALES), "mer_0019", id, "send-back", { note: "Merchant changed its mind about the deposit" });
    expect(back.status).toBe(200);
    const row = await requestRow(id);
    expect({ stage: row.stage, reason: row.returnedReason, posted: row.ledgerTransactionId }).toEqual({
      stage: "returned",
      reason: "Merchant changed its mind about the deposit",
      posted: null,
    });
    expect(await available("mer_0019")).toBe(balance);
    expect(await ledgerCount("mer_0019", id)).toBe(2);
    // Only a returned request is cancelled; cancelled is final.
    expect((await stepAs(as(SALES), "mer_0019", id, "cancel")).status).toBe(200);
    const resubmit = await stepAs(as(SALES), "mer_0019", id, "resubmit");
    expect([resubmit.status, (resubmit.body as { error: { code: string } }).error.code]).toEqual([409, "STAGE_OUT_OF_ORDER"]);
  });
});
