// The rep's day without dead ends: the profile names its tab, its orders open, a personal-shopper
// order starts from it, the back office is one link away, "/" jumps to search, a render error
// leaves a way back; a direct-deposit loan is opened by a rep and paid out by finance; compliance
// marks a quarterly review done. Screenshots at phone, tablet and desktop.
import { describe, expect, inject, it } from "vitest";
import { screenshot, signedInContext, type ViewportName } from "./support/browser";
import { openCustomer, ownershipBar } from "./support/customer-page";
import { useBrowser } from "./support/use-browser";

const baseURL = inject("baseURL");
const browser = useBrowser();

describe("the rep's workflow", () => {
  it("names the tab, opens orders, starts a shopper order, links out and jumps to search", async () => {
    const context = await signedInContext(browser(), baseURL, "rep.ana@tandem.test", "desktop");
    const page = await openCustomer(context, "cus_0001");
    expect(await page.title()).toBe("Maya Johnson - Tandem");
    expect(await page.getByRole("link", { name: /Lease system/ }).getAttribute("href")).toBe(
      "https://leases.northwind.example/accounts/FX-0000001",
    );

    await page.getByRole("tab", { name: "Orders" }).click();
    await page.getByRole("link", { name: "New personal-shopper order" }).waitFor();
    await screenshot(page, "workflow-orders-tab-desktop");
    await page.locator(".record-anchor").first().click();
    await page.waitForURL(/\/orders\/ord_0001_\d+$/);
    await page.getByRole("heading", { level: 1 }).waitFor();
    expect(await page.title()).toMatch(/^Order NW-0000001-\d+ - Maya Johnson - Tandem$/);

    await page.goBack();
    await page.getByRole("link", { name: "New personal-shopper order" }).click();
    await page.waitForURL(/\/orders\/new\?customer=cus_0001$/);

    // Not while typing: "/" goes to search from the page itself.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press("/");
    await page.waitForURL(/\/search$/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("search-box");
    await context.close();
  });

  it("keeps the app and a way back when a screen fails to render", async () => {
    const context = await signedInContext(browser(), baseURL, "rep.ana@tandem.test", "tablet");
    // A formatter that throws while the flag is up stands in for any render bug.
    await context.addInitScript(() => {
      const w = window as unknown as { breakRender: boolean };
      w.breakRender = true;
      const format = Intl.RelativeTimeFormat.prototype.format;
      Intl.RelativeTimeFormat.prototype.format = function (...args: Parameters<typeof format>) {
        if (w.breakRender) throw new Error("planted render error");
        return format.apply(this, args);
      };
    });
    const page = await context.newPage();
    await page.goto("/customers/cus_0001");
    const panel = page.getByRole("alert").filter({ hasText: "This screen ran into a problem" });
    await panel.waitFor();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Home" }).waitFor();
    await screenshot(page, "workflow-render-error-tablet");
    await page.evaluate(() => {
      (window as unknown as { breakRender: boolean }).breakRender = false;
    });
    await panel.getByRole("button", { name: "Try again" }).click();
    await page.locator(".conn-open").waitFor();
    expect(await panel.count()).toBe(0);
    await context.close();
  });

  it("opens a direct-deposit loan (a rep) and pays it out (finance), each owning the account", async () => {
    const rep = await signedInContext(browser(), baseURL, "rep.ana@tandem.test", "phone");
    const page = await openCustomer(rep, "cus_0012", "?tab=products");
    await ownershipBar(page).getByRole("button", { name: "Take ownership" }).click();
    await page.getByRole("button", { name: "Open a direct-deposit loan" }).click();
    const sheet = page.locator("dialog[open]");
    await sheet.getByLabel(/Amount/).fill("750.00");
    await sheet.getByLabel(/Note for the record/).fill("Client needs $750 for a car repair; account on file confirmed");
    await screenshot(page, "workflow-open-loan-phone");
    await sheet.getByRole("button", { name: /Open loan of \$750\.00/ }).click();
    await sheet.waitFor({ state: "detached" });
    const pending = page.locator(".servicing-card", { hasText: "Pending payout" });
    await pending.waitFor();
    expect(await pending.getByRole("button", { name: "Pay out" }).count()).toBe(0);
    await ownershipBar(page).getByRole("button", { name: "Release" }).click();
    await rep.close();

    const finance = await signedInContext(browser(), baseURL, "finance@tandem.test", "tablet");
    const desk = await openCustomer(finance, "cus_0012", "?tab=products");
    await ownershipBar(desk).getByRole("button", { name: "Take ownership" }).click();
    const card = desk.locator(".servicing-card", { hasText: "Pending payout" });
    await card.getByRole("button", { name: "Pay out" }).click();
    await desk
      .locator("dialog[open]")
      .getByLabel(/Note for the record/)
      .fill("Called the client back on file; paying out");
    await screenshot(desk, "workflow-payout-tablet");
    await desk.locator("dialog[open]").getByRole("button", { name: "Pay out" }).click();
    await desk.locator(".servicing-card", { hasText: "Direct-deposit loan" }).filter({ hasText: "Active" }).first().waitFor();
    await screenshot(desk, "workflow-loan-active-tablet");
    await finance.close();
  });

  it("lets compliance mark a quarterly review done, listed with who, when and scope", async () => {
    const note = `Q3 reviewed, no findings ${Date.now().toString(36)}`;
    const context = await signedInContext(browser(), baseURL, "compliance@tandem.test", "desktop");
    const page = await context.newPage();
    await page.goto("/compliance?kind=manual");
    await page.getByRole("button", { name: "Mark review done" }).click();
    const dialog = page.locator("dialog[open]");
    await dialog.getByLabel(/Findings/).fill(note);
    expect(await dialog.textContent()).toContain("Kind: manual");
    await dialog.getByRole("button", { name: "Mark done" }).click();
    const listed = page.locator(".review-list li", { hasText: note });
    await listed.waitFor();
    expect(await listed.textContent()).toContain("Corinne Park");
    for (const viewport of ["phone", "tablet", "desktop"] as ViewportName[]) {
      const view = await signedInContext(browser(), baseURL, "compliance@tandem.test", viewport);
      const shot = await view.newPage();
      await shot.goto("/compliance");
      await shot.locator(".review-list li", { hasText: note }).waitFor();
      await shot.locator(".quarterly-reviews").scrollIntoViewIfNeeded();
      await screenshot(shot, `workflow-reviews-${viewport}`);
      await view.close();
    }
    await context.close();
  });
});
