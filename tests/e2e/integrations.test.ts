// Tandem over its back ends, in a browser: with the simulator on chaos settings (latency, 503s,
// every event sent twice, some held back and sent out of order), an order created at the order
// platform appears on Ana's open profile within 2 s, and the integrations page counts the repeats
// Tandem dropped; a payment Ana takes by phone shows its sync with the loan system on the item.
import type { BrowserContext } from "playwright-core";
import { afterAll, describe, expect, inject, it } from "vitest";
import { screenshot, signedInContext } from "./support/browser";
import { openCustomer } from "./support/customer-page";
import { useBrowser } from "./support/use-browser";

const baseURL = inject("baseURL");
const simulatorURL = inject("simulatorURL");
const browser = useBrowser();
const contexts: BrowserContext[] = [];

afterAll(async () => {
  for (const context of contexts) await context.close();
  await knobs({ latencyMs: 0, failureRate: 0, duplicateRate: 0, reorderRate: 0 });
});

async function knobs(settings: Record<string, number>): Promise<void> {
  const response = await fetch(`${simulatorURL}/knobs`, { method: "POST", body: JSON.stringify(settings) });
  if (!response.ok) throw new Error(`knobs refused: ${response.status}`);
}
const simulatorStats = async () =>
  (await (await fetch(`${simulatorURL}/stats`)).json()) as { sender: { duplicatesAcknowledged: number; sent: number } };

describe("Tandem over the back-end simulator on chaos settings", () => {
  it("shows an order created at the order platform on Ana's open profile within 2 s, and counts the dropped repeats", async () => {
    await knobs({ latencyMs: 150, failureRate: 0.3, duplicateRate: 1, reorderRate: 0.3 });
    const context = await signedInContext(browser(), baseURL, "rep.ana@tandem.test", "tablet");
    contexts.push(context);
    const page = await openCustomer(context, "cus_0001", "?tab=orders");

    const started = Date.now();
    const created = await fetch(`${simulatorURL}/orders`, { method: "POST", body: JSON.stringify({ customer: "FX-0000001", good: 0 }) });
    expect(created.status).toBe(201);
    const order = (await created.json()) as { number: string };
    await page.getByRole("listitem").filter({ hasText: order.number }).first().waitFor({ timeout: 2_000 });
    const elapsed = Date.now() - started;
    expect(elapsed).toBeLessThan(2_000);
    await screenshot(page, "integrations-order-arrived-tablet");

    // Every event went twice: Tandem acknowledged each repeat as a duplicate and dropped it.
    const repeats = await expect
      .poll(async () => (await simulatorStats()).sender.duplicatesAcknowledged, { timeout: 10_000 })
      .toBeGreaterThanOrEqual(1)
      .then(async () => (await simulatorStats()).sender.duplicatesAcknowledged);
    const engineer = await signedInContext(browser(), baseURL, "engineering@tandem.test", "desktop");
    contexts.push(engineer);
    const health = await engineer.newPage();
    await health.goto("/integrations");
    const card = health.locator(".endpoint-card").filter({ hasText: "Order platform" });
    await expect
      .poll(async () => Number(await card.locator('[data-figure="duplicates"]').textContent()), { timeout: 10_000 })
      .toBe(repeats);
    await screenshot(health, "integrations-health-desktop");
  });

  it("shows a payment Ana takes by phone syncing, then synced with the loan system, through 503s", async () => {
    await knobs({ latencyMs: 100, failureRate: 0.5, duplicateRate: 0, reorderRate: 0 });
    const context = await signedInContext(browser(), baseURL, "rep.ana@tandem.test", "phone");
    contexts.push(context);
    const page = await openCustomer(context, "cus_0001", "?tab=products");
    await page.locator(".ownership-bar button:not([disabled])").first().waitFor();
    await page.getByRole("button", { name: "Take ownership" }).click();
    await page.getByText("You own this").waitFor();
    const loan = page.locator(".record-loan").first();
    await loan.getByRole("button", { name: "Record payment" }).click();
    const sheet = page.getByRole("dialog");
    await sheet.getByLabel(/Amount/).fill("25.00");
    await sheet.getByLabel(/Note for the record/).fill("Client paid by card on the phone");
    await sheet.getByRole("button", { name: /^Post / }).click();
    await page.getByRole("dialog").waitFor({ state: "hidden" });
    const payment = loan.locator(".payment").filter({ hasText: "$25.00" }).first();
    await payment.locator('[data-sync="synced"]').waitFor({ timeout: 30_000 });
    await screenshot(page, "integrations-payment-synced-phone");
  });
});
