// The SSO callback refuses a browser that did not start the flow here, or brings a forged or
// expired flow cookie, before talking to any provider; every refusal is audited.
import { env } from "cloudflare:test";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { createDatabase } from "../../../db/client";
import { auditLog, securityEvents } from "../../../db/schema";
import { createApp } from "../../../worker/app";
import { seedSmall } from "../support/http";

const app = createApp();
const configured = { ...env, OIDC_ISSUER: "https://idp.invalid", OIDC_CLIENT_ID: "tandem", OIDC_CLIENT_SECRET: "s3cret" };
const callback = (cookie?: string) =>
  app.request("http://localhost/api/auth/oidc/callback?code=abc&state=xyz", { headers: cookie ? { Cookie: cookie } : {} }, configured);

beforeAll(() => seedSmall(5));

describe("the OIDC callback", () => {
  it("refuses a callback without a flow cookie with a page, not a session", async () => {
    const response = await callback();
    expect(response.status).toBe(400);
    expect(response.headers.get("Content-Type")).toMatch(/text\/html/);
    expect(await response.text()).toContain("Sign-in expired");
    expect(response.headers.get("Set-Cookie") ?? "").not.toContain("tandem_session");
  });

  it("refuses a forged flow cookie", async () => {
    const payload = btoa(
      JSON.stringify({ state: "x".repeat(43), nonce: "y".repeat(43), verifier: "z".repeat(43), next: "/", exp: Date.now() + 60_000 }),
    );
    const response = await callback(`tandem_oidc=${payload.replace(/=+$/, "")}.AAAA`);
    expect(response.status).toBe(400);
    // Nobody to attribute it to: kept as a security event, apart from the audit chains.
    const db = createDatabase({ DB: env.DB });
    const events = await db.select().from(securityEvents).where(eq(securityEvents.kind, "auth.sign_in.failure"));
    expect(events.length).toBeGreaterThanOrEqual(2);
    expect(await db.select().from(auditLog).where(eq(auditLog.action, "auth.sign_in"))).toEqual([]);
  });

  it("sends the browser back to sign-in when the issuer is not https", async () => {
    const response = await app.request("http://localhost/api/auth/oidc/start", {}, { ...configured, OIDC_ISSUER: "http://idp.invalid" });
    expect(response.status).toBe(302);
    expect(decodeURIComponent(response.headers.get("Location") ?? "")).toContain("must use https");
  });

  it("keeps dev sign-in off in oidc mode", async () => {
    const response = await app.request(
      "http://localhost/api/auth/dev/sign-in",
      {
        method: "POST",
        headers: { "Content-Type": "application/json", Origin: "http://localhost" },
        body: JSON.stringify({ email: "rep.ana@tandem.test" }),
      },
      { ...configured, AUTH_MODE: "oidc" },
    );
    expect(response.status).toBe(404);
  });
});
