import { describe, expect, inject, it } from "vitest";
import { screenshot, signedInContext, VIEWPORTS, type ViewportName } from "./support/browser";
import { useBrowser } from "./support/use-browser";

const baseURL = inject("baseURL");
const browser = useBrowser();

describe("the app shell", () => {
  it("signs in from the sign-in page by choosing a seeded staff member", async () => {
    const context = await browser().newContext({ baseURL });
    const page = await context.newPage();
    await page.goto("/");
    await page.waitForURL(/\/sign-in/);
    await page.getByRole("button", { name: /Ana Alvarez/ }).click();
    await page.getByRole("heading", { name: "Hello, Ana" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/");
    await context.close();
  });

  for (const viewport of Object.keys(VIEWPORTS) as ViewportName[]) {
    it(`lays out navigation for a ${viewport}`, async () => {
      const context = await signedInContext(browser(), baseURL, "rep.ana@tandem.test", viewport);
      const page = await context.newPage();
      await page.goto("/");
      const nav = page.getByRole("navigation", { name: "Main" });
      await nav.waitFor();
      const box = await nav.boundingBox();
      const { width, height } = VIEWPORTS[viewport];
      if (viewport === "phone") {
        // a bottom bar within thumb reach
        expect(box?.y ?? 0).toBeGreaterThan(height - 120);
        expect(box?.width).toBe(width);
      } else {
        // a rail or sidebar on the left
        expect(box?.x).toBe(0);
        expect(box?.height ?? 0).toBeGreaterThan(height - 10);
        expect(box?.width ?? 0).toBeLessThan(viewport === "tablet" ? 120 : 300);
      }
      const links = await nav.getByRole("link").all();
      for (const link of links) {
        const linkBox = await link.boundingBox();
        expect(linkBox?.height ?? 0).toBeGreaterThanOrEqual(44);
      }
      await screenshot(page, `shell-${viewport}`);
      await context.close();
    });
  }

  it("keeps a phone's bottom bar to five entries, each label whole, the rest under More", async () => {
    // A director may open nine screens: the bar shows the first four and More, the sheet the rest.
    const context = await signedInContext(browser(), baseURL, "director@tandem.test", "phone");
    const page = await context.newPage();
    await page.goto("/");
    const nav = page.getByRole("navigation", { name: "Main" });
    await nav.getByRole("button", { name: "More" }).waitFor();
    const bar = await nav.locator("a:visible, button:visible").allInnerTexts();
    expect(bar.map((text) => text.trim())).toEqual(["Home", "Search", "Customer", "Orders", "More"]);
    const cut = await nav
      .locator("a:visible span, button:visible span")
      .evaluateAll((spans) => spans.filter((span) => span.scrollWidth > span.clientWidth).map((span) => span.textContent));
    expect(cut).toEqual([]);

    await nav.getByRole("button", { name: "More" }).click();
    const sheet = page.getByRole("dialog", { name: "More" });
    await sheet.waitFor();
    const rest = await sheet.getByRole("link").allInnerTexts();
    expect(rest.map((text) => text.trim())).toEqual(["Merchants", "Desk", "Monitor", "Compliance review", "Account"]);
    await screenshot(page, "shell-phone-more");
    await sheet.getByRole("link", { name: "Merchants" }).click();
    await page.waitForURL(/\/merchants$/);
    await sheet.waitFor({ state: "hidden" });
    // The screen shown is one of the sheet's: More is the bar's current entry.
    await nav.locator("button.nav-more.active").waitFor();
    await context.close();
  });
});
