// Sales (and admins) take a person's portal access away and give it back, saying why: disabled, their
// open sessions end at once and they cannot sign in again; given back, they can. Repeats write
// nothing; everyone else, and another merchant's person, are refused with typed errors.
import { env } from "cloudflare:test";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { createDatabase } from "../../../db/client";
import { auditLog, merchantUsers } from "../../../db/schema";
import { postJson, seedSmall, signIn } from "../support/http";
import { get, post } from "../support/json";
import { signInPortal } from "../support/portal";

const db = () => createDatabase({ DB: env.DB });
const STAFF = "mus_0001_staff";
const statusOf = async (id: string) => (await db().select().from(merchantUsers).where(eq(merchantUsers.id, id)))[0]?.status;
const change = (cookie: string, userId: string, body: unknown, merchant = "mer_0001") =>
  post<{ ok: boolean; changed: boolean; user: { status: string }; error?: { code: string } }>(
    `/api/merchants/${merchant}/portal-users/${userId}/status`,
    cookie,
    body,
  );

let sales = "";
beforeAll(async () => {
  await seedSmall();
  sales = await signIn("sales@tandem.test");
});

describe("a portal user's access", () => {
  it("disabled: their open session ends at once, they cannot sign in, and the reason is audited", async () => {
    const portal = await signInPortal("staff@merchant.test");
    expect((await get("/api/portal/me", portal)).status).toBe(200);

    const answer = await change(sales, STAFF, { status: "disabled", note: "Left the store in November" });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ ok: true, changed: true, user: { status: "disabled" } });
    expect(await statusOf(STAFF)).toBe("disabled");
    expect((await get("/api/portal/me", portal)).status).toBe(401);
    expect((await postJson("/api/portal/auth/dev/sign-in", { email: "staff@merchant.test" })).status).not.toBe(200);
    const [audit] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "portal.user_disabled"), eq(auditLog.outcome, "success")));
    expect(audit?.targetId).toBe(STAFF);
    expect(JSON.parse(audit?.details ?? "{}")).toMatchObject({
      merchantId: "mer_0001",
      note: "Left the store in November",
    });

    // Again: nothing to change, nothing written.
    const again = await change(sales, STAFF, { status: "disabled", note: "Left the store in November" });
    expect(again.body).toMatchObject({ changed: false, user: { status: "disabled" } });
    const audits = await db().select().from(auditLog).where(eq(auditLog.action, "portal.user_disabled"));
    expect(audits).toHaveLength(1);
  });

  it("given back: active again (they had signed in before), and they can sign in", async () => {
    const answer = await change(sales, STAFF, { status: "active", note: "Back from leave" });
    expect(answer.body).toMatchObject({ changed: true, user: { status: "active" } });
    const portal = await signInPortal("staff@merchant.test");
    expect((await get("/api/portal/me", portal)).body).toMatchObject({ email: "staff@merchant.test" });
  });

  it("of someone invited who never signed in goes back to invited, not active", async () => {
    const invited = await post<{ user: { id: string } }>("/api/merchants/mer_0001/portal-users", sales, {
      email: "new.buyer@merchant.test",
      name: "New Buyer",
      role: "staff",
    });
    const id = invited.body.user.id;
    expect((await change(sales, id, { status: "disabled", note: "Invited by mistake" })).body).toMatchObject({
      user: { status: "disabled" },
    });
    expect((await change(sales, id, { status: "active", note: "Invited after all" })).body).toMatchObject({ user: { status: "invited" } });
  });

  it("is refused, typed, and unchanged: without merchant.edit, without a reason, for an unknown person, another merchant's, or another org's merchant", async () => {
    const rep = await signIn("rep.ana@tandem.test");
    const cases: [string, () => ReturnType<typeof change>, number, string][] = [
      ["a rep", () => change(rep, STAFF, { status: "disabled", note: "No access" }), 403, "FORBIDDEN"],
      ["no reason", () => change(sales, STAFF, { status: "disabled", note: "" }), 400, "VALIDATION"],
      ["an unknown status", () => change(sales, STAFF, { status: "banned", note: "Gone" }), 400, "VALIDATION"],
      ["an unknown person", () => change(sales, "mus_nobody", { status: "disabled", note: "Gone" }), 404, "NOT_FOUND"],
      ["another merchant's person", () => change(sales, "mus_0002_owner", { status: "disabled", note: "Gone" }), 404, "NOT_FOUND"],
      ["another org's merchant", () => change(sales, STAFF, { status: "disabled", note: "Gone" }, "mer_9001"), 404, "NOT_FOUND"],
    ];
    for (const [what, send, status, code] of cases) {
      const answer = await send();
      expect([what, answer.status, answer.body.error?.code]).toEqual([what, status, code]);
    }
    expect(await statusOf(STAFF)).toBe("active");
    expect(await statusOf("mus_0002_owner")).toBe("active");
  });
});
