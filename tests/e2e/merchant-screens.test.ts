// The merchant screens at phone, tablet and desktop size: the list, a merchant's profile, the
// plan-change board and a printable invoice load without a console error or a failed request, show
// what they are for, and are captured to screenshots/ to be looked at.
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { screenshot, signedInContext, VIEWPORTS, type ViewportName } from "./support/browser";
import { waitLive } from "./support/customer-page";
import { useBrowser } from "./support/use-browser";

const baseURL = inject("baseURL");
const browser = useBrowser();

async function visit(
  email: string,
  viewport: ViewportName,
  path: string,
): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }> {
  const context = await signedInContext(browser(), baseURL, email, viewport);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`page: ${e.message}`));
  page.on("response", (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
  await page.goto(path);
  return { page, problems, close: () => context.close() };
}

describe.each(Object.keys(VIEWPORTS) as ViewportName[])("merchant screens on a %s", (viewport) => {
  it("lists the merchants with their plan, health and status", async () => {
    const { page, problems, close } = await visit("sales@tandem.test", viewport, "/merchants");
    await page.getByRole("link", { name: "Lakeside Furniture Co." }).waitFor();
    await expect(page.locator(".merchant-row:not(.merchant-head)").count()).resolves.toBe(40);
    await page.getByLabel("Plan").selectOption("scale");
    await page.waitForURL(/plan=scale/);
    await page.getByLabel("Plan").selectOption("");
    await page.locator(".merchant-row:not(.merchant-head)").nth(39).waitFor();
    await screenshot(page, `merchants-list-${viewport}`);
    expect(problems).toEqual([]);
    await close();
  });

  it("opens a merchant's profile live, with its plan, balance and room", async () => {
    const { page, problems, close } = await visit("finance@tandem.test", viewport, "/merchants/mer_0002");
    await waitLive(page);
    await page.getByRole("heading", { name: "Brightline Electronics" }).waitFor();
    await page.getByTestId("merchant-plan").waitFor();
    await screenshot(page, `merchant-profile-${viewport}`);
    await page.getByRole("tab", { name: "Balance" }).click();
    await page.getByText("Opening balance").waitFor();
    await screenshot(page, `merchant-balance-${viewport}`);
    expect(problems).toEqual([]);
    await close();
  });

  it("shows the plan-change board by stage with each request's age", async () => {
    const { page, problems, close } = await visit("engineering@tandem.test", viewport, "/merchants/requests");
    await page.getByRole("heading", { name: "Plan-change board" }).waitFor();
    await page.getByRole("heading", { name: /Engineering check/ }).waitFor();
    await page
      .getByText(/^Waiting /)
      .first()
      .waitFor();
    await screenshot(page, `plan-board-${viewport}`);
    expect(problems).toEqual([]);
    await close();
  });
});

describe("a printable invoice", () => {
  it("shows the lines and the total, and links its CSV", async () => {
    const { page, problems, close } = await visit("finance@tandem.test", "desktop", "/merchants/mer_0001?tab=invoices");
    await page.locator(".invoice-row a").first().click();
    await page.getByRole("heading", { name: /^Invoice INV-/ }).waitFor();
    await page.getByText("Total due (USD)").waitFor();
    await expect(page.getByRole("link", { name: "Download CSV" }).getAttribute("href")).resolves.toMatch(/\/csv$/);
    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".nav").isVisible()).resolves.toBe(false);
    await screenshot(page, "merchant-invoice-print");
    expect(problems).toEqual([]);
    await close();
  });
});
