import { describe, expect, inject, it } from "vitest";
import { screenshot, signedInContext } from "./support/browser";
import { closeRoomInPage, openRoomInPage, sendAndWait } from "./support/room-in-page";
import { useBrowser } from "./support/use-browser";

const baseURL = inject("baseURL");
const browser = useBrowser();

describe("the floor dashboard", () => {
  it("shows a lead rep.ana taking ownership within a second, and clears when she lets go", async () => {
    const leadContext = await signedInContext(browser(), baseURL, "lead.east@tandem.test", "tablet");
    const lead = await leadContext.newPage();
    await lead.goto("/");
    await lead.getByRole("heading", { name: "Floor" }).waitFor();
    await lead.getByRole("status").filter({ hasText: "Live" }).waitFor();

    const anaContext = await signedInContext(browser(), baseURL, "rep.ana@tandem.test", "phone");
    const ana = await anaContext.newPage();
    await openRoomInPage(ana, "cus_0001");
    const ownerRow = lead.locator('tr.row-owner[data-customer="cus_0001"][data-rep="stf_ana"]');
    const grantedAt = await sendAndWait(ana, { type: "lock-request" }, "lock-granted");
    await ownerRow.waitFor({ timeout: 5_000 });
    const shownAt = Date.now();
    expect(shownAt - grantedAt).toBeLessThan(1_000);
    await expect.poll(() => ownerRow.textContent()).toContain("Maya Johnson");
    await screenshot(lead, "dashboard-tablet-live");

    await sendAndWait(ana, { type: "lock-release" }, "lock-released");
    await ownerRow.waitFor({ state: "detached", timeout: 5_000 });
    await closeRoomInPage(ana);
    await lead.locator('tr[data-customer="cus_0001"]').waitFor({ state: "detached", timeout: 5_000 });
    await anaContext.close();
    await leadContext.close();
  });

  it("keeps the floor within a phone's width when the board has rows, so the bottom bar still answers", async () => {
    const leadContext = await signedInContext(browser(), baseURL, "lead.east@tandem.test", "phone");
    const lead = await leadContext.newPage();
    await lead.goto("/");
    await lead.getByRole("status").filter({ hasText: "Live" }).waitFor();
    const anaContext = await signedInContext(browser(), baseURL, "rep.ana@tandem.test", "phone");
    const ana = await anaContext.newPage();
    await openRoomInPage(ana, "cus_0001");
    await lead.locator('tr[data-customer="cus_0001"][data-rep="stf_ana"]').first().waitFor({ timeout: 5_000 });
    // The board's table is wider than a phone: it scrolls inside its card, the page does not.
    expect(await lead.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
    await lead.getByRole("navigation", { name: "Main" }).getByRole("button", { name: "More" }).click();
    await lead.getByRole("dialog", { name: "More" }).waitFor();
    await screenshot(lead, "dashboard-phone-live");
    await closeRoomInPage(ana);
    await anaContext.close();
    await leadContext.close();
  });

  it("changes the charts when the lead filters by team", async () => {
    const context = await signedInContext(browser(), baseURL, "lead.east@tandem.test", "desktop");
    const page = await context.newPage();
    await page.goto("/?from=2020-01-01");
    const chart = page.locator('canvas[data-chart="handle-time"]');
    await chart.waitFor();
    const east = await chart.getAttribute("data-values");
    // A lead starts on their own team, and the filter says so.
    const teamFilter = page.getByRole("combobox", { name: "Team" });
    expect(await teamFilter.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent)).toBe("East");

    await teamFilter.selectOption({ label: "West" });
    await page.waitForURL(/team=team_west/);
    await expect.poll(() => chart.getAttribute("data-values")).not.toBe(east);
    await screenshot(page, "dashboard-desktop");
    await context.close();
  });
});
