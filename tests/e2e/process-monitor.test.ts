// The process monitor end to end, on Playwright's clock: Ana serves cus_0001 through three steps of an
// inbound payment call with known durations (40 s verifying, 60 s + 15 s on leases and loans around two
// minutes with the tab hidden, 95 s in the payment dialog); her lead sees the step live; the director's
// drill-down shows exactly those durations; a course assigned there shows on Ana's home, and her
// "done" shows back on the director's screen. Screenshots of /monitor at phone, tablet and desktop.
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { screenshot, signedInContext } from "./support/browser";
import { ownershipBar, waitLive } from "./support/customer-page";
import { useBrowser } from "./support/use-browser";

const baseURL = inject("baseURL");
const browser = useBrowser();
const S = 1000;

/** The page's tab goes to the background, or comes back (headless Chromium keeps every page visible). */
async function setHidden(page: Page, hidden: boolean): Promise<void> {
  await page.evaluate((value) => {
    Object.defineProperty(document, "visibilityState", { configurable: true, get: () => (value ? "hidden" : "visible") });
    Object.defineProperty(document, "hidden", { configurable: true, get: () => value });
    document.dispatchEvent(new Event("visibilitychange"));
  }, hidden);
}

/**
 * Opens a section and waits until it is the one on screen: the router switches tabs inside a
 * transition, so the place changes when the section has rendered, not at the click; moving the
 * clock before that would count the seconds to the section left.
 */
async function openTab(page: Page, name: string): Promise<void> {
  const tab = page.getByRole("tab", { name });
  await tab.click();
  await expect.poll(() => tab.getAttribute("aria-selected"), { timeout: 10_000 }).toBe("true");
}

describe("the process monitor", () => {
  it("measures only the time Ana had each step in front of her, and the director sees exactly that", async () => {
    const anaContext = await signedInContext(browser(), baseURL, "rep.ana@tandem.test", "tablet");
    const ana = await anaContext.newPage();
    await ana.clock.install({ time: Date.now() });
    // She opens the account from her call list (her callback), on the orders tab: no step of a payment call.
    await ana.goto("/customers/cus_0001?tab=orders");
    await waitLive(ana);
    await ana.locator("[data-measured]").waitFor();
    // A call she left less than the grace period ago (another test's visit) would go on in the same
    // interaction, with its seconds: taking ownership and releasing it ends whatever was open, and
    // taking it again starts this test's interaction afresh.
    await ownershipBar(ana).getByRole("button", { name: "Take ownership" }).click();
    await ownershipBar(ana).getByRole("button", { name: "Release" }).click();
    await ownershipBar(ana).getByRole("button", { name: "Take ownership" }).click();
    await ownershipBar(ana).getByRole("button", { name: "Release" }).waitFor();

    const leadContext = await signedInContext(browser(), baseURL, "lead.east@tandem.test", "desktop");
    const lead = await leadContext.newPage();
    await lead.goto("/");
    await lead.getByRole("heading", { name: "Serving now: step and time on it" }).waitFor();

    // From here Ana's clock moves only when the test moves it; after a move to another tab, the clock
    // waits until the room has heard of it (her lead's live row names the place), so no second of the
    // tab she left is counted by a late switch.
    const live = lead.locator('[data-testid="live-steps"] tr[data-customer="cus_0001"][data-rep="stf_ana"]');
    const placeHeard = (place: string) => expect.poll(() => live.getAttribute("data-place"), { timeout: 10_000 }).toBe(place);
    await ana.clock.pauseAt(Date.now() + 5 * S);
    await openTab(ana, "Overview");
    await placeHeard("profile.overview");
    await ana.clock.fastForward(40 * S);
    // Her lead sees the step live, amber once she reaches its 40-second reference.
    await expect.poll(() => live.getAttribute("data-level"), { timeout: 10_000 }).toBe("amber");
    expect(await live.textContent()).toContain("Verify the caller");

    await openTab(ana, "Leases & loans");
    await ana.locator(".servicing-grid").first().waitFor();
    await placeHeard("profile.products");
    await ana.clock.fastForward(60 * S);
    await setHidden(ana, true);
    await ana.clock.fastForward(120 * S);
    await setHidden(ana, false);
    await ana.clock.fastForward(15 * S);
    await ana.getByRole("button", { name: "Record payment" }).first().click();
    const sheet = ana.getByRole("dialog");
    await sheet.waitFor();
    await ana.clock.fastForward(95 * S);
    await sheet.getByRole("button", { name: "Cancel" }).click();
    await ownershipBar(ana).getByRole("button", { name: "Release" }).click();
    await ownershipBar(ana).getByRole("button", { name: "Take ownership" }).waitFor();

    const directorContext = await signedInContext(browser(), baseURL, "director@tandem.test", "desktop");
    const director = await directorContext.newPage();
    const row = director.locator('[data-testid="drill-list"] li[data-customer="cus_0001"]').first();
    await expect
      .poll(
        async () => {
          await director.goto("/monitor?rep=stf_ana&step=payment");
          await director.locator('[data-testid="drill-list"], .drill .empty').first().waitFor();
          return row.count();
        },
        { timeout: 20_000 },
      )
      .toBe(1);
    const seconds = async (step: string) => Number(await row.locator(`[data-step="${step}"]`).getAttribute("data-seconds"));
    // Worked by hand: 40 s; 60 s + 15 s (the two hidden minutes do not count); 95 s.
    expect([await seconds("verify"), await seconds("review"), await seconds("payment")]).toEqual([40, 75, 95]);
    expect(await row.textContent()).toMatch(/Verify the caller 0:40.*Review balance and schedule 1:15.*Take the payment 1:35/);

    // Training from the drill-down: a course for the payment step.
    await director.getByRole("dialog").getByRole("button", { name: "Assign training" }).click();
    const assign = director.getByRole("dialog", { name: /Training for Ana Alvarez/ });
    await assign.getByRole("radio", { name: "Taking a payment in one pass" }).check();
    await assign.getByRole("button", { name: "Assign" }).click();
    const assigned = director.locator('[data-testid="assignments"] tr', { hasText: "Taking a payment in one pass" });
    await assigned.waitFor();
    expect(await assigned.textContent()).toContain("Assigned");

    await ana.clock.resume();
    await ana.goto("/");
    const mine = ana.locator('[data-testid="my-training"] li', { hasText: "Taking a payment in one pass" });
    await mine.getByRole("button", { name: "Mark done" }).click();
    await mine.getByText("Done").waitFor();
    await screenshot(ana, "monitor-rep-home-tablet");

    await director.goto("/monitor");
    await director.locator('[data-testid="assignments"] tr', { hasText: "Taking a payment in one pass" }).getByText("Done").waitFor();
    for (const id of ["steps", "reps", "trend"]) await director.locator(`#${id}-title`).scrollIntoViewIfNeeded();
    await director.evaluate(() => window.scrollTo(0, 0));
    await screenshot(director, "monitor-desktop");
    await directorContext.close();

    const tabletContext = await signedInContext(browser(), baseURL, "director@tandem.test", "tablet");
    const tablet = await tabletContext.newPage();
    await tablet.goto("/monitor");
    await tablet.locator('[data-testid="worst"]').waitFor();
    expect(await tablet.locator('[data-testid="worst"]').textContent()).toContain("Ben Brooks");
    await screenshot(tablet, "monitor-tablet");
    await tabletContext.close();
    // And on a phone: the grid scrolls sideways under a sticky rep column, the page itself does not.
    const phoneContext = await signedInContext(browser(), baseURL, "director@tandem.test", "phone");
    const phone = await phoneContext.newPage();
    await phone.goto("/monitor?rep=stf_ben&step=payment");
    await phone.locator('[data-testid="drill-list"]').waitFor();
    await screenshot(phone, "monitor-drill-phone");
    await phone.getByRole("dialog").getByRole("button", { name: "Close", exact: true }).last().click();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await screenshot(phone, "monitor-phone");
    await phoneContext.close();
    await leadContext.close();
    await anaContext.close();
  });
});
