import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, screenshot, signedInContext } from "./support/browser";

const baseURL = inject("baseURL");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Ana's browser holds a real room socket (with her session cookie) and drives it directly. */
async function openRoomInPage(page: Page, customerId: string): Promise<void> {
  await page.goto("/account");
  await page.evaluate(async (id) => {
    const ws = new WebSocket(`${location.origin.replace("http", "ws")}/parties/customer-room/${id}?device=phone`);
    const frames: { type: string }[] = [];
    Object.assign(window, { roomSocket: ws, roomFrames: frames });
    ws.addEventListener("message", (e) => frames.push(JSON.parse(String(e.data))));
    await new Promise((resolve) => ws.addEventListener("open", resolve));
  }, customerId);
  await page.waitForFunction(() =>
    (window as unknown as { roomFrames: { type: string }[] }).roomFrames.some((f) => f.type === "room-state"),
  );
}

async function sendAndWait(page: Page, frame: object, replyType: string): Promise<number> {
  return page.evaluate(
    async ({ frame, replyType }) => {
      const w = window as unknown as { roomSocket: WebSocket; roomFrames: { type: string }[] };
      const before = w.roomFrames.length;
      w.roomSocket.send(JSON.stringify({ v: 1, ...frame }));
      while (!w.roomFrames.slice(before).some((f) => f.type === replyType)) await new Promise((r) => requestAnimationFrame(r));
      return Date.now();
    },
    { frame, replyType },
  );
}

describe("the floor dashboard", () => {
  it("shows a lead rep.ana taking ownership within a second, and clears when she lets go", async () => {
    const leadContext = await signedInContext(browser, baseURL, "lead.east@tandem.test", "tablet");
    const lead = await leadContext.newPage();
    await lead.goto("/");
    await lead.getByRole("heading", { name: "Floor" }).waitFor();
    await lead.getByRole("status").filter({ hasText: "Live" }).waitFor();

    const anaContext = await signedInContext(browser, baseURL, "rep.ana@tandem.test", "phone");
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
    await ana.evaluate(() => (window as unknown as { roomSocket: WebSocket }).roomSocket.close());
    await lead.locator('tr[data-customer="cus_0001"]').waitFor({ state: "detached", timeout: 5_000 });
    await anaContext.close();
    await leadContext.close();
  });

  it("changes the charts when the lead filters by team", async () => {
    const context = await signedInContext(browser, baseURL, "lead.east@tandem.test", "desktop");
    const page = await context.newPage();
    await page.goto("/?from=2020-01-01");
    const chart = page.locator('canvas[data-chart="handle-time"]');
    await chart.waitFor();
    const east = await chart.getAttribute("data-values");
    await page.getByRole("combobox", { name: "Team" }).selectOption({ label: "West" });
    await page.waitForURL(/team=team_west/);
    await expect.poll(() => chart.getAttribute("data-values")).not.toBe(east);
    await screenshot(page, "dashboard-desktop");
    await context.close();
  });
});
