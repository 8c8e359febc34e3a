// Opening a profile by its address: the page arrives with the profile and the rep's identity in it
// (worker/web-app.ts), so the phone paints without waiting on API round trips, and the screen
// settles without moving (the bench's Lighthouse run measures the same page for CLS).
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { signedInContext } from "./support/browser";
import { waitLive } from "./support/customer-page";
import { useBrowser } from "./support/use-browser";

const baseURL = inject("baseURL");
const browser = useBrowser();

function apiPaths(page: Page): string[] {
  const paths: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith("/api/")) paths.push(url.pathname);
  });
  return paths;
}

describe("a primed page", () => {
  it("shows a profile opened by its address without asking the API again, and later profiles from the API", async () => {
    const context = await signedInContext(browser(), baseURL, "rep.ana@tandem.test", "phone");
    const page = await context.newPage();
    const asked = apiPaths(page);
    await page.goto("/customers/cus_0001");
    await page.getByRole("heading", { name: "Maya Johnson" }).waitFor();
    await waitLive(page);
    expect(asked).not.toContain("/api/me");
    expect(asked).not.toContain("/api/customers/cus_0001");
    // The primed answer is used once: another customer, and coming back, ask the API as usual.
    await page.getByRole("link", { name: "Search" }).first().click();
    await page.getByRole("searchbox").fill("cus_0002");
    await page.locator(".result-row").first().click();
    await page.waitForURL("**/customers/cus_0002");
    await waitLive(page);
    expect(asked).toContain("/api/customers/cus_0002");
    await page.goBack(); // to the search
    await page.goBack(); // to the first profile, inside the app this time
    await page.waitForURL("**/customers/cus_0001");
    await page.getByRole("heading", { name: "Maya Johnson" }).waitFor();

    await expect.poll(() => asked.filter((p) => p === "/api/customers/cus_0001").length).toBe(1);
    await context.close();
  });

  it("does not move while the room connects on a phone", async () => {
    const context = await signedInContext(browser(), baseURL, "rep.ben@tandem.test", "phone");
    const page = await context.newPage();
    await page.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { shifts: number[] }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.goto("/customers/cus_0001");
    await waitLive(page);
    await page.locator("section.prompts").waitFor();
    // Layout-shift entries reach the observer a task after the frame that moved: let two frames pass.
    const shifted = await page.evaluate(async () => {
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      return (window as unknown as { shifts: number[] }).shifts.reduce((a, b) => a + b, 0);
    });
    expect(shifted).toBeLessThan(0.05);
    await context.close();
  });
});
