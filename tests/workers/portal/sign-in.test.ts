// The merchant portal's sign-in: who is signed in without a 401, dev sign-in of the seeded owner,
// a one-time code and a link mailed through the dev outbox (each single use, ten minutes), the
// brute-force limit per user and per address, sign-out, and the audit rows they leave.
import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { createDatabase } from "../../../db/client";
import { createMerchantSession, MERCHANT_SESSION_IDLE_MS } from "../../../db/repositories/merchant-users";
import { postJson, seedSmall } from "../support/http";
import { get, post } from "../support/json";
import { latestPortalMail, portalCookieOf, signInPortal } from "../support/portal";

const db = () => createDatabase({ DB: env.DB });

beforeAll(() => seedSmall());

async function auditRows(actorId: string, action: string): Promise<{ outcome: string; details: string; stream: string }[]> {
  const { results } = await env.DB.prepare("SELECT outcome, details, stream FROM audit_log WHERE actor_id = ? AND action = ? ORDER BY seq")
    .bind(actorId, action)
    .all<{ outcome: string; details: string; stream: string }>();
  return results;
}

/** Backdates the user's newest code and link so they have expired. */
async function expireSecrets(userId: string) {
  await env.DB.prepare("UPDATE merchant_sign_in_codes SET expires_at = ? WHERE merchant_user_id = ? AND used_at IS NULL")
    .bind(Date.now() - 1, userId)
    .run();
}

describe("who is signed in", () => {
  it("answers { user: null } (200, not 401) without a portal cookie, and with a staff cookie", async () => {
    expect(await get("/api/portal/session")).toMatchObject({ status: 200, body: { user: null } });
  });

  it("signs the seeded owner of mer_0001 in without a code in dev mode, and /me names the merchant", async () => {
    const cookie = await signInPortal("owner@merchant.test");
    const me = await get("/api/portal/me", cookie);
    expect(me).toMatchObject({
      status: 200,
      body: {
        email: "owner@merchant.test",
        role: "owner",
        merchant: { id: "mer_0001", name: "Lakeside Furniture Co." },
        org: { id: "org_northwind" },
      },
    });
    expect((await get("/api/portal/session", cookie)).body).toMatchObject({ user: { email: "owner@merchant.test" } });
    const rows = await auditRows("mus_0001_owner", "portal.sign_in");
    expect(rows.at(-1)).toMatchObject({ outcome: "success", stream: "mu:mus_0001_owner" });
    expect(JSON.parse(rows.at(-1)?.details ?? "{}")).toMatchObject({ method: "dev", merchantId: "mer_0001" });
  });

  it("refuses /me without a portal session (401, typed)", async () => {
    expect(await get("/api/portal/me")).toMatchObject({ status: 401, body: { error: { code: "UNAUTHENTICATED" } } });
  });

  it("ends a session idle past the idle timeout", async () => {
    const { token } = await createMerchantSession(db(), "mus_0002_owner", Date.now() - MERCHANT_SESSION_IDLE_MS - 1_000, {
      ip: null,
      userAgent: null,
    });
    expect((await get("/api/portal/me", `tandem_merchant=${token}`)).status).toBe(401);
  });

  it("signs out: the cookie no longer works, and the sign-out is audited", async () => {
    const cookie = await signInPortal("owner@merchant2.test");
    expect((await post("/api/portal/auth/sign-out", cookie)).status).toBe(200);
    expect((await get("/api/portal/me", cookie)).status).toBe(401);
    expect(await auditRows("mus_0002_owner", "portal.sign_out")).toHaveLength(1);
  });
});

describe("a one-time code by email", () => {
  const email = "staff@merchant.test";
  const userId = "mus_0001_staff";
  const ip = { "CF-Connecting-IP": "203.0.113.10" };

  it("mails a code and a link through the dev outbox; the code signs in once", async () => {
    expect(await post("/api/portal/auth/code/start", undefined, { email })).toMatchObject({
      status: 200,
      body: { ok: true, expiresInSeconds: 600 },
    });
    const mail = await latestPortalMail(email);
    expect(mail.purpose).toBe("portal.sign_in");
    expect(mail.subject).toContain(mail.code);
    const first = await postJson("/api/portal/auth/code/verify", { email, code: mail.code }, undefined, ip);
    expect(first.status).toBe(200);
    expect((await get("/api/portal/me", portalCookieOf(first))).body).toMatchObject({ email, role: "staff" });
    // The same code again: spent.
    const again = await postJson("/api/portal/auth/code/verify", { email, code: mail.code }, undefined, ip);
    expect(again.status).toBe(410);
    expect(await again.json()).toMatchObject({ error: { code: "GONE" } });
  });

  it("refuses an expired code (410) and signs nobody in", async () => {
    await post("/api/portal/auth/code/start", undefined, { email });
    const mail = await latestPortalMail(email);
    await expireSecrets(userId);
    const answer = await postJson("/api/portal/auth/code/verify", { email, code: mail.code }, undefined, ip);
    expect(answer.status).toBe(410);
    expect(answer.headers.get("Set-Cookie")).toBeNull();
  });

  it("the link signs in once; opened again it is refused (410)", async () => {
    await post("/api/portal/auth/code/start", undefined, { email });
    const mail = await latestPortalMail(email);
    const first = await postJson("/api/portal/auth/link", { token: mail.link });
    expect(first.status).toBe(200);
    expect((await get("/api/portal/me", portalCookieOf(first))).body).toMatchObject({ email });
    const again = await postJson("/api/portal/auth/link", { token: mail.link });
    expect(again.status).toBe(410);
    expect(await again.json()).toMatchObject({ error: { code: "GONE", message: "This sign-in link was already used; ask for a new one" } });
  });

  it("the link's check says whether it would sign in, and spends nothing", async () => {
    // The owner: this block's staff user has had its five codes of the window.
    const owner = "owner@merchant.test";
    expect((await post("/api/portal/auth/code/start", undefined, { email: owner })).status).toBe(200);
    const mail = await latestPortalMail(owner);
    const check = async (token: string) => (await postJson("/api/portal/auth/link/check", { token })).json();
    expect(await check(mail.link)).toEqual({ usable: true });
    expect(await check(mail.link)).toEqual({ usable: true });
    expect((await postJson("/api/portal/auth/link", { token: mail.link })).status).toBe(200);
    expect(await check(mail.link)).toEqual({
      usable: false,
      reason: "used",
      message: "This sign-in link was already used; ask for a new one",
    });
    expect(await check("not-a-link-anyone-was-sent-0000")).toEqual({
      usable: false,
      reason: "invalid",
      message: "This sign-in link is not valid",
    });
  });

  it("answers an unknown address like a known one, and mails nothing", async () => {
    expect((await post("/api/portal/auth/code/start", undefined, { email: "nobody@merchant.test" })).status).toBe(200);
    expect((await get("/api/dev/outbox?to=nobody%40merchant.test")).body).toMatchObject({ items: [] });
  });

  it("rejects a malformed code with a typed validation error", async () => {
    expect(await post("/api/portal/auth/code/verify", undefined, { email, code: "12ab" })).toMatchObject({
      status: 400,
      body: { error: { code: "VALIDATION" } },
    });
  });
});
