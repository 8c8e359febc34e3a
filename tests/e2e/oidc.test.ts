// Single sign-on end to end: Chromium signs in through a real OpenID provider (oidc-provider on
// loopback), lands on the home page with the right role; a person without an account is refused.
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { screenshot, signedInContext } from "./support/browser";
import { useBrowser } from "./support/use-browser";

const baseURL = inject("baseURL");
const issuer = inject("oidcIssuer");
const browser = useBrowser();

/** From the sign-in page through the provider's login and consent screens; answers the callback's status. */
async function signInThroughProvider(page: Page, login: string): Promise<number> {
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Continue with single sign-on" }).click();
  // The provider's page loads a web font; "commit" does not wait for it on an offline machine.
  await page.waitForURL((url) => url.href.startsWith(issuer), { waitUntil: "commit" });
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("any password");
  await page.getByRole("button", { name: "Sign-in" }).click();
  const callback = page.waitForResponse((r) => r.url().startsWith(`${baseURL}/api/auth/oidc/callback`));
  await page.getByRole("button", { name: "Continue" }).click();
  return (await callback).status();
}

describe("single sign-on through OpenID Connect", () => {
  it("signs a director in and lands on their home dashboard with the director role", async () => {
    const context = await browser().newContext({ baseURL });
    const page = await context.newPage();
    expect(await signInThroughProvider(page, "director@tandem.test")).toBe(302);
    // Directors land on the floor dashboard; the navigation names who is signed in.
    await page.getByRole("navigation", { name: "Main" }).getByText("Dana Reyes").waitFor();
    await page.getByRole("heading", { level: 1 }).first().waitFor();
    expect(new URL(page.url()).pathname).toBe("/");
    const me = await page.request.get("/api/me");
    expect(await me.json()).toMatchObject({ email: "director@tandem.test", role: "director", org: { id: "org_northwind" } });
    await page.goto("/account");
    await page.getByText("director", { exact: true }).waitFor();
    await screenshot(page, "sso-signed-in");
    await context.close();
  });

  it("refuses someone without a Tandem account with a clear page, and no session", async () => {
    const context = await browser().newContext({ baseURL });
    const page = await context.newPage();
    expect(await signInThroughProvider(page, "stranger@tandem.test")).toBe(403);
    await page.getByRole("heading", { name: "No Tandem access" }).waitFor();
    await page.getByText("Ask your Tandem administrator to add you").waitFor();
    await screenshot(page, "sso-refused");
    expect((await page.request.get("/api/me")).status()).toBe(401);
    const compliance = await signedInContext(browser(), baseURL, "compliance@tandem.test");
    const audit = await compliance.request.get("/api/compliance/audit?action=auth.sign_in&outcome=denied");
    const rows = ((await audit.json()) as { items: { details: string }[] }).items.map((r) => JSON.parse(r.details));
    expect(rows).toContainEqual(
      expect.objectContaining({ method: "oidc", email: "stranger@tandem.test", reason: "no staff account for this email" }),
    );
    await Promise.all([context.close(), compliance.close()]);
  });

  it("applies role and team from the provider's groups to an account the admin created", async () => {
    const admin = await signedInContext(browser(), baseURL, "admin@tandem.test");
    const created = await admin.request.post("/api/admin/staff", {
      data: { email: "new.sso@tandem.test", name: "Noor Sso", role: "rep", teamId: "team_east" },
      headers: { Origin: baseURL },
    });
    expect(created.status()).toBe(201);
    const context = await browser().newContext({ baseURL });
    const page = await context.newPage();
    expect(await signInThroughProvider(page, "new.sso@tandem.test|tandem:role:senior_rep|tandem:team:West")).toBe(302);
    await page.getByRole("heading", { name: "Hello, Noor" }).waitFor();
    await screenshot(page, "sso-group-claims");
    expect(await (await page.request.get("/api/me")).json()).toMatchObject({ role: "senior_rep", team: { id: "team_west" } });
    const audit = await admin.request.get("/api/compliance/audit?action=staff.update");
    const changes = ((await audit.json()) as { items: { details: string }[] }).items.map((r) => JSON.parse(r.details));
    expect(changes).toContainEqual(
      expect.objectContaining({ source: "oidc", changes: expect.objectContaining({ role: { from: "rep", to: "senior_rep" } }) }),
    );
    await Promise.all([context.close(), admin.close()]);
  });
});
