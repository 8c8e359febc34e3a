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
});
