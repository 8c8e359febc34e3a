// Tandem over its back ends, in a browser: with the simulator on chaos settings (latency, 503s,
// every event sent twice, some held back and sent out of order), an order created at the order
// platform appears on Ana's open profile within 2 s (Michelle Moore, cus_0016 / FX-0000016: a
// customer the other screens' tests leave alone, as these orders and payments stay in the shared app), and the integrations page counts the repeats
// Tandem dropped; a payment Ana takes by phone shows its sync with the loan system on the item.
// And the bootstrap import, run as an operator would, against the same app.
import { execFile } from "node:child_process";
import { join } from "node:path";
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
    const page = await openCustomer(context, "cus_0016", "?tab=orders");

    const started = Date.now();
    const created = await fetch(`${simulatorURL}/orders`, { method: "POST", body: JSON.stringify({ customer: "FX-0000016", good: 0 }) });
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
    const page = await openCustomer(context, "cus_0016", "?tab=products");
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
    await page.getByRole("button", { name: "Release" }).click();
    await page.getByRole("button", { name: "Take ownership" }).waitFor();
  });
});

/** `npm run import` as an operator runs it: its exit code and what it printed. */
function importCsv(file: string, url: string): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(
      join(process.cwd(), "node_modules", ".bin", "tsx"),
      ["scripts/import.ts", "--from", file, "--url", url],
      { env: { ...process.env, WRANGLER_SEND_METRICS: "false" }, timeout: 90_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, out: `${stdout}${stderr}` }),
    );
  });
}

describe("the bootstrap import", () => {
  it("stops when Tandem is away, then loads the CSV, names each rejected row and why, and changes nothing the second time", async () => {
    const away = await importCsv("docs/import-sample.csv", "http://127.0.0.1:9");
    expect(away.code).toBe(2);
    expect(away.out).toContain("Run the same command again to resume at row 1.");

    // docs/import-sample.csv: 8 rows, 3 of them wrong on purpose (expected by reading the file).
    const first = await importCsv("docs/import-sample.csv", baseURL);
    expect(first.code).toBe(1);
    expect(first.out).toMatch(/rows read\s+8\n/);
    expect(first.out).toMatch(/imported\s+5 /);
    expect(first.out).toMatch(/rejected\s+3\n/);
    expect(first.out).toContain("line 4 (customer FX-9100003): last_name: is required; email: is not an email address");
    expect(first.out).toContain("line 9 (loan LN-91002): principal_cents: must be a whole number");
    expect(first.out).toContain("line 7 (order PO-91003): no such customer in Tandem (customer_id FX-0999999)");

    const again = await importCsv("docs/import-sample.csv", baseURL);
    expect(again.out).toMatch(/imported\s+0 /);
    expect(again.out).toMatch(/already imported\s+5\n/);

    const context = await signedInContext(browser(), baseURL, "rep.ana@tandem.test", "desktop");
    contexts.push(context);
    await expect
      .poll(
        async () => {
          const answer = (await (await context.request.get("/api/customers?q=FX-9100001")).json()) as { items: { name: string }[] };
          return answer.items.map((i) => i.name);
        },
        { timeout: 15_000 },
      )
      .toEqual(["Ada Quinn"]);
  });
});
