// A merchant's room does for a merchant what a customer's does for a customer, on the merchant's own
// records: the join is a visit ("viewed" note in merchant_notes), ownership raises merchants.lock_epoch
// and opens a merchant_ownerships row, a stale token is refused by the fence, the feed and the audit
// stream are the merchant's (mer:<id>), and signing out closes the person's merchant sockets at once.
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, merchantNotes, merchantOwnerships, merchants } from "../../../db/schema";
import { seedSmall, signIn } from "../support/http";
import { get, patch, post } from "../support/json";
import { joinMerchant, ownMerchant } from "../support/merchants";
import { db } from "./support";

let sales = "";
let finance = "";

beforeAll(async () => {
  await seedSmall();
  [sales, finance] = (await Promise.all([signIn("sales@tandem.test"), signIn("finance@tandem.test")])) as [string, string];
});

describe("a merchant's room", () => {
  it("names its merchant, lists who is here, and notes the visit on the merchant's own records", async () => {
    const { client: a, state } = await joinMerchant(sales, "mer_0030");
    expect(state).toMatchObject({ type: "room-state", merchantId: "mer_0030", owner: null, you: { staffId: "stf_sales" } });
    expect(state.customerId).toBeUndefined();
    const { client: b } = await joinMerchant(finance, "mer_0030");
    expect((await a.viewersWhere((v) => v.length === 2)).map((v) => v.staffId).sort()).toEqual(["stf_finance", "stf_sales"]);
    const viewed = await db()
      .select()
      .from(merchantNotes)
      .where(and(eq(merchantNotes.merchantId, "mer_0030"), eq(merchantNotes.action, "merchant.view")));
    expect(viewed.map((n) => n.authorId).sort()).toEqual(["stf_finance", "stf_sales"]);
    a.close();
    b.close();
  });

  it("fences changes with merchants.lock_epoch: the owner's current token writes, an older one is refused", async () => {
    const first = await ownMerchant(sales, "mer_0031");
    await first.release();
    const second = await ownMerchant(sales, "mer_0031");
    const [row] = await db().select({ epoch: merchants.lockEpoch }).from(merchants).where(eq(merchants.id, "mer_0031"));
    expect(row?.epoch).toBe(second.token);
    const sessions = await db().select().from(merchantOwnerships).where(eq(merchantOwnerships.merchantId, "mer_0031"));
    expect(sessions.map((s) => [s.token, s.endReason]).sort()).toEqual([
      [first.token, "released"],
      [second.token, null],
    ]);
    const stale = await patch("/api/merchants/mer_0031/profile", sales, {
      lockToken: first.token,
      note: "old tab",
      changes: { website: "https://old.example" },
    });
    expect([stale.status, (stale.body as { error: { code: string } }).error.code]).toEqual([409, "LOCK_STALE"]);
    const fresh = await patch("/api/merchants/mer_0031/profile", sales, {
      lockToken: second.token,
      note: "new site",
      changes: { website: "https://new.example" },
    });
    expect(fresh.status).toBe(200);
    // The refusal and the change are both on record, in the merchant's own stream.
    const audit = await db()
      .select({ stream: auditLog.stream, targetType: auditLog.targetType, outcome: auditLog.outcome })
      .from(auditLog)
      .where(eq(auditLog.action, "merchant.update"))
      .orderBy(auditLog.seq);
    expect(audit).toEqual([
      { stream: "mer:mer_0031", targetType: "merchant", outcome: "denied" },
      { stream: "mer:mer_0031", targetType: "merchant", outcome: "success" },
    ]);
    await second.release();
  });

  it("closes a person's merchant sockets the moment they sign out", async () => {
    const cookie = await signIn("finance.fay@tandem.test");
    const { client } = await joinMerchant(cookie, "mer_0032");
    await client.request({ type: "heartbeat", active: true }, ["ack"]);
    expect((await post("/api/auth/sign-out", cookie, {})).status).toBe(200);
    const ended = await client.next((f) => f.type === "session-ended");
    expect(ended).toMatchObject({ reason: "signed-out" });
    expect(await client.waitClosed()).toMatchObject({ code: 4401 });
  });

  it("leaves an audit log that verifies end to end, merchant streams included", async () => {
    const verdict = await get<{ ok: boolean; streams: number; problems: unknown[] }>(
      "/api/compliance/audit/verify",
      await signIn("compliance@tandem.test"),
    );
    expect(verdict.body).toMatchObject({ ok: true, problems: [] });
    const streams = await db().selectDistinct({ stream: auditLog.stream }).from(auditLog);
    expect(streams.some((s) => s.stream.startsWith("mer:"))).toBe(true);
  });
});
