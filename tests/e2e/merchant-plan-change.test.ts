// Sales, engineering and finance, each in a browser of their own, take one plan change on Lakeside
// Furniture (mer_0001) through all three stages: sales opens it (Growth to Scale, a settlement
// webhook, a $150 deposit), engineering assigns the new endpoint's model, finance deposits, sales
// sets the release a few seconds ahead. The browsers' clocks are Playwright's, set to the server's;
// at the release time the merchant room's alarm switches the plan and every open profile shows Scale
// without a reload.
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, describe, expect, inject, it } from "vitest";
import { signedInContext, type ViewportName } from "./support/browser";
import { ownershipBar, waitLive } from "./support/customer-page";
import { useBrowser } from "./support/use-browser";

const baseURL = inject("baseURL");
const browser = useBrowser();
const contexts: BrowserContext[] = [];
const MERCHANT = "mer_0001";

afterAll(async () => {
  for (const context of contexts) await context.close();
});

/** A person's browser on the merchant's plan changes, its clock Playwright's (set to the server's, then running). */
async function open(email: string, viewport: ViewportName): Promise<Page> {
  const context = await signedInContext(browser(), baseURL, email, viewport);
  contexts.push(context);
  const page = await context.newPage();
  const health = await context.request.get("/api/health");
  const serverTime = ((await health.json()) as { time: string }).time;
  await page.clock.install({ time: new Date(serverTime) });
  page.on("pageerror", (error) => problems.push(`${email}: ${error.message}`));
  page.on("response", (r) => r.status() >= 500 && problems.push(`${email}: ${r.status()} ${r.url()}`));
  await page.goto(`/merchants/${MERCHANT}?tab=changes`);
  await waitLive(page);
  return page;
}
const problems: string[] = [];

const card = (page: Page) => page.locator(".request-card").first();

/** Takes ownership, runs `work`, releases: one person's turn on the account. */
async function turn(page: Page, work: () => Promise<void>): Promise<void> {
  await ownershipBar(page).getByRole("button", { name: "Take ownership" }).click();
  await ownershipBar(page).getByText("You own this").waitFor();
  await work();
  await ownershipBar(page).getByRole("button", { name: "Release" }).click();
  await ownershipBar(page).getByText("Available").waitFor();
}

async function submit(page: Page, dialogName: string, note: string, button: string): Promise<void> {
  const dialog = page.getByRole("dialog", { name: dialogName });
  await dialog.getByLabel("Note for the record (required)").fill(note);
  const answered = page.waitForResponse((r) => r.url().includes("/plan-changes") && r.request().method() === "POST");
  await dialog.getByRole("button", { name: button }).click();
  expect((await answered).status()).toBeLessThan(300);
  await dialog.waitFor({ state: "hidden" });
}

describe("a plan change through all three stages to its scheduled release", () => {
  let sales: Page;
  let engineering: Page;
  let finance: Page;

  it("opens in sales' browser and appears live in engineering's and finance's", async () => {
    [sales, engineering, finance] = [
      await open("sales@tandem.test", "desktop"),
      await open("engineering@tandem.test", "tablet"),
      await open("finance@tandem.test", "phone"),
    ];
    await turn(sales, async () => {
      await sales.getByRole("button", { name: "Request a plan change" }).click();
      const dialog = sales.getByRole("dialog", { name: "Request a plan change" });
      const scale = await dialog.getByLabel("New plan").locator("option", { hasText: "Scale v1" }).getAttribute("value");
      await dialog.getByLabel("New plan").selectOption(scale ?? "");
      await dialog.getByLabel("Add an endpoint").check();
      await dialog.getByLabel("Kind").selectOption("settlement_webhook");
      await dialog.getByLabel("Name").fill("Lakeside settlements");
      await dialog.getByLabel("URL").fill("https://api.lakeside-furniture-co.example/settlements");
      await dialog.getByLabel("Deposit").check();
      await dialog.getByLabel("Amount (USD)").fill("150.00");
      await submit(
        sales,
        "Request a plan change",
        "Second store opens next month: more volume, a settlement webhook",
        "Send to engineering",
      );
    });
    for (const page of [engineering, finance]) await card(page).getByText("Engineering check").first().waitFor();
    await expect(card(finance).getByText("Deposit $150.00").count()).resolves.toBe(1);
  });

  it("lets engineering assign the new endpoint's model and approve; finance sees it arrive", async () => {
    await expect(card(finance).getByRole("button", { name: "Approve" }).count()).resolves.toBe(0);
    await turn(engineering, async () => {
      await card(engineering).getByRole("button", { name: "Approve" }).click();
      const dialog = engineering.getByRole("dialog", { name: "Approve this stage" });
      const model = dialog.getByLabel("Decision model for Lakeside settlements");
      await model.locator("option", { hasText: "Lease Advanced v1" }).waitFor({ state: "attached" });
      await model.selectOption({ label: "Lease Advanced v1 (advanced)" });
      await submit(engineering, "Approve this stage", "Lease Advanced v1 on the webhook; checkout's model is allowed on Scale", "Approve");
    });
    await card(finance).getByText("Finance").first().waitFor();
  });

  it("lets finance deposit on the phone and approve; sales sees it come back", async () => {
    const balanceBefore = await (await finance.context().request.get(`/api/merchants/${MERCHANT}/ledger`)).json();
    await turn(finance, async () => {
      await card(finance).getByRole("button", { name: "Approve" }).click();
      await finance.getByRole("dialog", { name: "Approve this stage" }).getByText("deposits $150.00").waitFor();
      await submit(finance, "Approve this stage", "Deposit received by wire, reference W-2291", "Approve");
    });
    await card(sales).getByText("Sales check").first().waitFor();
    const balanceAfter = await (await finance.context().request.get(`/api/merchants/${MERCHANT}/ledger`)).json();
    expect(balanceAfter.balance.availableCents - balanceBefore.balance.availableCents).toBe(15_000);
  });

  it("releases at the time sales sets, and every open profile shows the new plan without a reload", async () => {
    await expect(sales.getByTestId("merchant-plan").textContent()).resolves.toContain("Growth plan");
    let releaseAt = 0;
    await turn(sales, async () => {
      await card(sales).getByRole("button", { name: "Set release time" }).click();
      const dialog = sales.getByRole("dialog", { name: "Set the release time" });
      // Ten seconds ahead on the browser's (Playwright's) clock, written as the person types it.
      const { value, at } = await sales.evaluate(() => {
        const d = new Date(Date.now() + 10_000);
        d.setMilliseconds(0);
        const pad = (n: number) => String(n).padStart(2, "0");
        return {
          value: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`,
          at: d.getTime(),
        };
      });
      releaseAt = at;
      await dialog.getByLabel("Release at (your time)").fill(value);
      await submit(sales, "Set the release time", "Merchant confirmed; release in a moment", "Schedule release");
    });
    for (const page of [sales, engineering, finance]) await card(page).getByText("Scheduled").first().waitFor();
    await expect(sales.getByTestId("merchant-plan").textContent()).resolves.toContain("Growth plan");
    const loads = { count: 0 };
    finance.on("framenavigated", () => loads.count++);
    for (const page of [sales, engineering, finance])
      await page.getByTestId("merchant-plan").getByText("Scale plan · v1").waitFor({ timeout: 30_000 });
    // Not before the time sales set, by the browser's clock; and nobody reloaded to see it.
    expect(await finance.evaluate(() => Date.now())).toBeGreaterThanOrEqual(releaseAt);
    expect(loads.count).toBe(0);
    await card(engineering).getByText("Released").first().waitFor();
    await engineering.getByRole("tab", { name: "Endpoints" }).click();
    await engineering.getByText("Lakeside settlements").waitFor();
    await engineering
      .getByText(/pending key/)
      .first()
      .waitFor();
    expect(problems).toEqual([]);
  });
});
