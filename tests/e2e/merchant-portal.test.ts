// The merchant portal on a phone: the demo owner signs in without a code, opens a sale's funding
// timeline, an invoice and its CSV; and a person sales invites from the console signs in with the
// code the invitation emailed (read from the dev outbox). No console error, no failed request.
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { screenshot, signedInContext, VIEWPORTS } from "./support/browser";
import { useBrowser } from "./support/use-browser";

const baseURL = inject("baseURL");
const browser = useBrowser();

async function phone(): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const { width, height, ...device } = VIEWPORTS.phone;
  const context = await browser().newContext({ baseURL, viewport: { width, height }, ...device });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`page: ${e.message}`));
  page.on("response", (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.request().method()} ${r.url()}`));
  return { context, page, problems };
}

describe("the merchant portal on a phone", () => {
  it("the demo owner signs in, follows a sale to the bank, opens an invoice and its CSV", async () => {
    const { context, page, problems } = await phone();
    await page.goto("/portal");
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    await screenshot(page, "portal-sign-in-phone");
    await page.getByRole("button", { name: /Dana Whitfield/ }).click();
    await page.getByRole("heading", { name: "Hello, Dana" }).waitFor();
    await expect(page.locator(".portal-shell .topbar").textContent()).resolves.toContain("Lakeside Furniture Co.");

    // Sales -> the settled sale CK-0001-007 -> its five steps, from the application to the money.
    await page.getByRole("navigation", { name: "Portal" }).getByRole("link", { name: "Sales" }).click();
    await page.getByRole("link", { name: /CK-0001-007/ }).click();
    await page.locator(".funding-timeline").waitFor();
    const steps = page.locator(".funding-step");
    await expect(steps.count()).resolves.toBe(5);
    await expect(page.locator(".funding-step.funding-done").count()).resolves.toBe(5);
    await expect(steps.nth(3).textContent()).resolves.toContain(
      "Northwind Lease & Loan, the lessor, bought the goods from you for $2,495.00",
    );
    await expect(steps.nth(4).textContent()).resolves.toContain("was settled to you");
    await screenshot(page, "portal-funding-timeline-phone");

    // A sale still waiting for its signature says so, and what comes after.
    await page.goto("/portal/transactions/ord_pt_0001_03");
    await page.locator(".funding-step.funding-waiting").waitFor();
    await expect(page.locator(".funding-step.funding-waiting h3").textContent()).resolves.toContain("Agreement signed");
    await expect(page.locator(".funding-step.funding-upcoming").count()).resolves.toBe(2);

    // Invoices -> the newest -> the printable sheet; its CSV downloads with the header row.
    await page.getByRole("navigation", { name: "Portal" }).getByRole("link", { name: "Invoices" }).click();
    await page.locator(".portal-cards a").first().click();
    await page.locator(".invoice-sheet").waitFor();
    await expect(page.locator(".invoice-sheet h1").textContent()).resolves.toMatch(/^Invoice INV-/);
    await screenshot(page, "portal-invoice-phone");
    const href = await page.getByRole("link", { name: "Download CSV" }).getAttribute("href");
    expect(href).toMatch(/^\/api\/portal\/invoices\/inv_[\w-]+\/csv$/);
    const csv = await context.request.get(href ?? "");
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect((await csv.text()).split(/\r?\n/)[0]).toBe(
      "invoice,period,merchant,line,description,quantity,unit_cents,amount_cents,amount_usd,currency",
    );

    // Signing out ends the portal session: the sign-in screen again.
    await page.getByRole("button", { name: "Sign out Dana Whitfield" }).click();
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    await context.close();
    expect(problems).toEqual([]);
  });

  it("sales invites a merchant's buyer; the buyer signs in on a phone with the emailed code", async () => {
    const unique = Date.now().toString(36);
    const email = `buyer-${unique}@lakeside.test`;
    const sales = await signedInContext(browser(), baseURL, "sales@tandem.test", "tablet");
    const console_ = await sales.newPage();
    await console_.goto("/merchants/mer_0001?tab=portal");
    await console_.locator(".portal-users-panel .request-list").waitFor();
    await console_.getByLabel("Name").fill("Priya Buyer");
    await console_.getByLabel("Email").fill(email);
    await console_.getByRole("button", { name: "Send the invitation" }).click();
    await console_.getByText(`Invitation sent to ${email}`).waitFor();
    await console_.locator(".portal-users-panel .request-list").getByText(email).waitFor();
    await screenshot(console_, "portal-invite-console-tablet");
    await sales.close();

    const outbox = await (await browser().newContext({ baseURL })).request.get(`/api/dev/outbox?to=${encodeURIComponent(email)}`);
    const [mail] = (await outbox.json()).items as { subject: string; text: string; purpose: string }[];
    expect(mail?.purpose).toBe("portal.invite");
    const code = mail?.text.match(/code: (\d{6})/)?.[1] ?? "";
    expect(code).toMatch(/^\d{6}$/);

    const { context, page, problems } = await phone();
    await page.goto("/portal");
    await page.getByLabel("Work email").fill(email);
    await page.getByRole("button", { name: "I already have a code" }).click();
    await page.getByLabel("Code from the email").fill(code);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.getByRole("heading", { name: "Hello, Priya" }).waitFor();
    await screenshot(page, "portal-home-invited-phone");
    await context.close();
    expect(problems).toEqual([]);
  });

  it("the emailed link signs in once on a phone; opened again it says so and offers a new code, with no failed request", async () => {
    const email = "staff@merchant.test";
    const asker = await browser().newContext({ baseURL });
    expect((await asker.request.post("/api/portal/auth/code/start", { data: { email }, headers: { Origin: baseURL } })).status()).toBe(200);
    const outbox = await asker.request.get(`/api/dev/outbox?to=${encodeURIComponent(email)}`);
    const [mail] = (await outbox.json()).items as { text: string }[];
    const link = new URL(mail?.text.match(/https?:\/\/\S+\/portal\/link\/\S+/)?.[0] ?? "http://none/");
    expect(link.pathname).toMatch(/^\/portal\/link\//);
    await asker.close();

    const first = await phone();
    await first.page.goto(link.pathname);
    await first.page.getByRole("heading", { name: "Hello, Luis" }).waitFor();
    await first.context.close();
    expect(first.problems).toEqual([]);

    const again = await phone();
    await again.page.goto(link.pathname);
    await again.page.getByText("This sign-in link was already used. Ask for a new code below.").waitFor();
    await screenshot(again.page, "portal-link-used-phone");
    await again.context.close();
    expect(again.problems).toEqual([]);
  });

  it("sales takes a person's portal access away on a phone, saying why, and gives it back", async () => {
    const sales = await signedInContext(browser(), baseURL, "sales@tandem.test", "phone");
    const page = await sales.newPage();
    const problems: string[] = [];
    page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
    page.on("response", (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.request().method()} ${r.url()}`));
    await page.goto("/merchants/mer_0001?tab=portal");
    const card = page.locator(".portal-users-panel .request-list li", { hasText: "staff@merchant.test" });
    await card.getByRole("button", { name: "Take access away" }).click();
    const dialog = page.getByRole("dialog", { name: "Take access away: Luis Ortega" });
    await dialog.getByLabel("Why take it away").fill("Left the store in November");
    await screenshot(page, "portal-access-form-phone");
    await dialog.getByRole("button", { name: "Take access away" }).click();
    await page.getByText("Luis Ortega can no longer sign in; their sessions ended.").waitFor();
    await card.locator(".badge", { hasText: "disabled" }).waitFor();
    await screenshot(page, "portal-access-disabled-phone");

    // The portal refuses him now.
    const portal = await browser().newContext({ baseURL });
    const refused = await portal.request.post("/api/portal/auth/dev/sign-in", {
      data: { email: "staff@merchant.test" },
      headers: { Origin: baseURL },
    });
    expect(refused.status()).toBe(401);

    await card.getByRole("button", { name: "Give access back" }).click();
    const giveBack = page.getByRole("dialog", { name: "Give access back: Luis Ortega" });
    await giveBack.getByLabel("Why give it back").fill("Back from leave");
    await giveBack.getByRole("button", { name: "Give access back" }).click();
    await page.getByText("Luis Ortega can sign in to the portal again.").waitFor();
    await card.locator(".badge", { hasText: "active" }).waitFor();
    const back = await portal.request.post("/api/portal/auth/dev/sign-in", {
      data: { email: "staff@merchant.test" },
      headers: { Origin: baseURL },
    });
    expect(back.status()).toBe(200);
    await portal.close();
    await sales.close();
    expect(problems).toEqual([]);
  });
});
