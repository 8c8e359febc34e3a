// The service desk end to end, in real Chromium against the running app. The console's side: the
// queue at tablet and desktop size (list + ticket), a ticket at phone size; a rep takes a ticket,
// replies in public and adds an internal note, live on a colleague's screen.
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { screenshot, signedInContext, type ViewportName } from "./support/browser";
import { useBrowser } from "./support/use-browser";

const baseURL = inject("baseURL");
const browser = useBrowser();

async function visit(email: string, viewport: ViewportName, path: string) {
  const context = await signedInContext(browser(), baseURL, email, viewport);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`page: ${e.message}`));
  page.on("response", (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
  await page.goto(path);
  return { page, problems, context, close: () => context.close() };
}

async function waitTicketLive(page: Page) {
  await page.locator(".conn-open").first().waitFor({ timeout: 15_000 });
}

describe("the queue", () => {
  for (const viewport of ["tablet", "desktop"] as const)
    it(`on a ${viewport}: the list by SLA due beside the chosen ticket, breaches marked`, async () => {
      const { page, problems, close } = await visit("lead.east@tandem.test", viewport, "/desk");
      await page.locator(".ticket-row").first().waitFor();
      const dues = await page.locator(".ticket-row").count();
      expect(dues).toBeGreaterThan(5);
      await expect(page.locator(".ticket-row.is-breached").count()).resolves.toBeGreaterThan(0);
      await page.locator('.ticket-row[data-ticket="tkt_0002"] a').click();
      await page.waitForURL(/t=tkt_0002/);
      await page.locator(".desk-detail .message-list").waitFor();
      await page.getByRole("heading", { name: "Checkout shows 'decision pending' forever" }).waitFor();
      await screenshot(page, `desk-queue-${viewport}`);
      expect(problems).toEqual([]);
      await close();
    });
});

describe("a ticket on a phone", () => {
  it("a rep takes it, replies in public and notes internally; a colleague sees it live", async () => {
    const rep = await visit("rep.ana@tandem.test", "phone", "/desk");
    await rep.page.locator('.ticket-row[data-ticket="tkt_0005"] a').click();
    await rep.page.waitForURL(/\/desk\/tkt_0005$/);
    await waitTicketLive(rep.page);
    const colleague = await visit("senior.sam@tandem.test", "desktop", "/desk/tkt_0005");
    await waitTicketLive(colleague.page);
    // Replying needs ownership.
    await expect(rep.page.getByRole("button", { name: "Send reply" }).isDisabled()).resolves.toBe(true);
    await rep.page.getByRole("button", { name: /Take ownership/ }).click();
    await rep.page.getByRole("button", { name: "Send reply" }).and(rep.page.locator(":enabled")).waitFor();
    await rep.page.getByPlaceholder(/Reply to the client/).fill("The refund goes back through the lessor within 5 days.");
    await rep.page.getByRole("button", { name: "Send reply" }).click();
    await rep.page.locator(".message-public", { hasText: "within 5 days" }).waitFor();
    await rep.page.getByRole("radio", { name: "Internal note" }).check();
    await rep.page.getByPlaceholder(/colleagues only/).fill("Checked with finance first.");
    await rep.page.getByRole("button", { name: "Add note" }).click();
    await rep.page.locator(".message-internal", { hasText: "Checked with finance first." }).waitFor();
    await colleague.page.locator(".message-public", { hasText: "within 5 days" }).waitFor();
    await colleague.page.locator(".message-internal", { hasText: "Checked with finance first." }).waitFor();
    await screenshot(rep.page, "desk-ticket-phone");
    expect([...rep.problems, ...colleague.problems]).toEqual([]);
    await rep.close();
    await colleague.close();
  });
});
