// Callbacks as a rep and a lead live them: Ana schedules one from a profile and completes it; her
// home's call list (another tab) and her lead's dashboard counter follow without a reload. A note
// that says "call back tomorrow 10am" offers the callback and schedules it in the org's time zone.
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { screenshot, signedInContext } from "./support/browser";
import { openCustomer } from "./support/customer-page";
import { useBrowser } from "./support/use-browser";

const baseURL = inject("baseURL");
const browser = useBrowser();
const ZONE = "America/New_York";

/** The current minute on Northwind's clock, as a datetime-local field takes it (read with the browser's calendar, not the app's). */
function nowInNewYork(): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", {
      timeZone: ZONE,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(Date.now())
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

async function callbacksDueCounter(page: Page): Promise<number> {
  const text = (await page.locator('a[data-queue="callbacks"] .counter-value').textContent()) ?? "";
  return /^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
}

describe("callbacks", () => {
  it("are scheduled and completed on a profile, and the rep's home and the lead's dashboard follow live", async () => {
    const reason = `E2E callback ${Date.now().toString(36)}`;
    const leadContext = await signedInContext(browser(), baseURL, "lead.east@tandem.test", "desktop");
    const lead = await leadContext.newPage();
    await lead.goto("/");
    await lead.getByRole("status").filter({ hasText: "Live" }).waitFor();
    await expect.poll(() => callbacksDueCounter(lead)).not.toBeNaN();
    const before = await callbacksDueCounter(lead);

    const anaContext = await signedInContext(browser(), baseURL, "rep.ana@tandem.test", "tablet");
    const home = await (await signedInContext(browser(), baseURL, "rep.ana@tandem.test", "phone")).newPage();
    await home.goto("/");
    await home.getByRole("heading", { name: "Your calls today" }).waitFor();
    const profile = await openCustomer(anaContext, "cus_0004");

    await profile.getByRole("button", { name: "Schedule callback" }).click();
    const sheet = profile.locator("dialog[open]");
    await sheet.getByLabel(/Or pick the day and time/).fill(nowInNewYork());
    await sheet.getByLabel(/Reason on the call list/).fill(reason);
    await sheet.getByLabel(/Note for the record/).fill("Client asked to be called back right away about the delivery");
    await sheet.getByRole("button", { name: "Schedule callback" }).click();
    await sheet.waitFor({ state: "detached" });

    const row = profile.locator(".callback", { hasText: reason });
    await row.waitFor();
    // The home list shows its first five callbacks; late in the day the new one (due now) comes after
    // the seeded ones, behind "Show all": open it once the list holds it.
    const callbacksDue = home.locator(".call-section", { hasText: "Callbacks due" });
    const showAll = callbacksDue.getByRole("button", { name: /^Show all/ });
    await expect
      .poll(async () => (await showAll.count()) > 0 || (await callbacksDue.getByText(reason).count()) > 0, { timeout: 5_000 })
      .toBe(true);
    if ((await showAll.count()) > 0) await showAll.click();
    await home.locator(".call-list", { hasText: reason }).waitFor({ timeout: 5_000 });
    await expect.poll(() => callbacksDueCounter(lead), { timeout: 5_000 }).toBe(before + 1);
    await screenshot(profile, "callbacks-profile-tablet");
    await screenshot(home, "callbacks-home-phone");
    await screenshot(lead, "callbacks-dashboard-desktop");

    await row.getByRole("button", { name: "Done" }).click();
    await sheet.getByLabel(/Note for the record/).fill("Reached her: delivery moved to Saturday morning");
    await sheet.getByRole("button", { name: "Mark done" }).click();
    await profile.locator(".callback-done .callback", { hasText: reason }).waitFor();
    await expect.poll(() => callbacksDueCounter(lead), { timeout: 5_000 }).toBe(before);
    await home.locator(".call-list", { hasText: reason }).waitFor({ state: "detached", timeout: 5_000 });
    await leadContext.close();
    await anaContext.close();
    await home.context().close();
  });

  it("are offered by a note that asks for one, read on the org's clock", async () => {
    const context = await signedInContext(browser(), baseURL, "rep.ana@tandem.test", "desktop");
    const profile = await openCustomer(context, "cus_0006");
    const text = `Client asked to call back tomorrow 10am about her payment ${Date.now().toString(36)}`;
    await profile.getByRole("button", { name: "Add note" }).first().click();
    const dialog = profile.locator("dialog[open]");
    await dialog.getByLabel("Note", { exact: true }).fill(text);
    const offer = dialog.locator(".callback-offer");
    await offer.waitFor();
    expect(await offer.textContent()).toContain("10:00 AM");
    await screenshot(profile, "callbacks-note-offer-desktop");
    await dialog.getByRole("button", { name: "Save note and schedule" }).click();
    await dialog.waitFor({ state: "detached" });
    const row = profile.locator(".callback", { hasText: text.slice(0, 60) });
    await row.waitFor();
    expect(await row.textContent()).toContain("10:00 AM");
    await context.close();
  });
});
