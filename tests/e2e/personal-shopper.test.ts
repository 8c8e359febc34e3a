// Personal shopper end to end: a rep builds the order from the client's link, the rules choose a
// lease, the client signs on the public page in another browser(), and the rep's open order and
// profile show the order funded without a reload.
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, describe, expect, inject, it } from "vitest";
import { screenshot, signedInContext, VIEWPORTS } from "./support/browser";
import { useBrowser } from "./support/use-browser";

const baseURL = inject("baseURL");
const CUSTOMER = "cus_0042";
const browser = useBrowser();
const contexts: BrowserContext[] = [];

afterAll(async () => {
  for (const context of contexts) await context.close();
});

/** Waits for the room to answer (the ownership bar's button comes alive), then owns the account. */
async function takeOwnership(page: Page): Promise<void> {
  await page.locator(".ownership-bar button:not([disabled])").first().waitFor();
  const take = page.getByRole("button", { name: "Take ownership" });
  if (await take.isVisible()) await take.click();
  await page.getByText("You own this").waitFor();
}

describe("personal shopper", () => {
  it("goes from the client's link to a signed lease, and the rep sees the order funded live", async () => {
    const repContext = await signedInContext(browser(), baseURL, "rep.ana@tandem.test", "desktop");
    contexts.push(repContext);
    const rep = await repContext.newPage();

    // The rep builds the order from the link the client sent.
    await rep.goto(`/orders/new?customer=${CUSTOMER}`);
    await takeOwnership(rep);
    await rep.getByLabel("As a link from the client").check();
    await rep.getByLabel(/^Merchant/).fill("BrightHome Outlet");
    await rep.getByLabel("Link the client sent").fill("https://brighthome.example/p/sofa-gray");
    await rep.getByLabel("Item", { exact: true }).fill("Sectional sofa, gray");
    await rep.getByLabel("Price each").fill("1,299.00");
    await rep.getByLabel("Kind of goods").selectOption("furniture");
    await rep.getByLabel("Note for the record").fill("Client texted the link; wants it delivered before the holidays");
    await rep.getByRole("button", { name: "Create order" }).click();
    await rep.waitForURL(/\/orders\/ord_/);
    const orderId = new URL(rep.url()).pathname.split("/").pop() ?? "";
    const number = (await rep.getByRole("heading", { level: 1 }).textContent())?.trim() ?? "";
    expect(number).toMatch(/^PS-/);
    await expect.poll(() => rep.locator(".financing-why").first().textContent(), { timeout: 10_000 }).toMatch(/durable good/);
    await rep.getByText("You own this").waitFor();

    // The rules chose a lease; the rep sends the agreement to the client's phone, and never sees the link.
    await rep.getByRole("button", { name: "Send agreement" }).click();
    await rep.getByRole("dialog").getByLabel("Note for the record").fill("Sent the lease agreement by text");
    await rep.getByRole("button", { name: "Send signing link" }).click();
    await rep.getByText(/Signing link sent by text to/).waitFor();
    expect(await rep.getByRole("dialog").textContent()).not.toContain("/sign/");
    await rep.getByRole("button", { name: "Done" }).click();
    await rep.locator(".order-title").getByText("Awaiting signature").waitFor();

    // The rep also has the customer's profile open, on its orders tab.
    const profile = await repContext.newPage();
    await profile.goto(`/customers/${CUSTOMER}?tab=orders`);
    const profileRow = profile.getByRole("listitem").filter({ hasText: number });
    await expect.poll(() => profileRow.first().textContent(), { timeout: 15_000 }).toMatch(/Awaiting signature/i);

    // Nothing below reloads the rep's pages: a marker on each window would vanish on a reload.
    await rep.evaluate(() => Object.assign(window, { stillHere: true }));
    await profile.evaluate(() => Object.assign(window, { stillHere: true }));

    // The client signs in a second browser context, with no staff session, on a phone.
    const { width, height, ...device } = VIEWPORTS.phone;
    const clientContext = await browser().newContext({ viewport: { width, height }, ...device });
    contexts.push(clientContext);
    const client = await clientContext.newPage();
    // Who the client is (they know their own name; the test reads it from the rep's view of the account).
    const profileAnswer = (await (await repContext.request.get(`/api/customers/${CUSTOMER}`)).json()) as { customer: { name: string } };
    const CUSTOMER_NAME = profileAnswer.customer.name;
    // The client's phone: in the demo, the dev outbox holds what was texted.
    const inbox = async (purpose: string) => {
      const outbox = (await (await clientContext.request.get(`${baseURL}/api/dev/outbox`)).json()) as {
        items: { purpose: string; text: string }[];
      };
      return outbox.items.find((m) => m.purpose === purpose)?.text ?? "";
    };
    const link = (await inbox("agreement.link")).match(/https?:\/\/\S+\/sign\/[A-Za-z0-9_-]{43}/)?.[0] ?? "";
    expect(link).toMatch(/\/sign\/[A-Za-z0-9_-]{43}$/);
    await client.goto(link);
    await client.getByRole("heading", { name: "Lease-purchase agreement" }).waitFor();
    await client.getByRole("button", { name: /^Text a code to/ }).click();
    await client.getByText(/^Code sent to/).waitFor();
    const code = (await inbox("agreement.code")).match(/\b\d{6}\b/)?.[0] ?? "";
    await client.getByLabel(/Code from the message/).fill(code);
    // The client knows their own name; the page does not print it as the thing to type.
    expect(await client.getByText(/Type your full legal name/).textContent()).not.toContain(CUSTOMER_NAME);
    await client.getByLabel(/Type your full legal name/).fill(CUSTOMER_NAME);
    await client.getByLabel(/I agree to sign this agreement electronically/).check();
    await screenshot(client, "personal-shopper-sign-phone");
    await client.getByRole("button", { name: "Sign agreement" }).click();
    await client.getByRole("heading", { name: "Thank you, it is signed" }).waitFor();

    // The rep's order page and profile show it funded, live.
    await rep.locator(".order-title").getByText("Funded").waitFor();
    await rep.getByText("Signed", { exact: true }).waitFor();
    await rep.getByRole("button", { name: "Issue one-time card" }).waitFor();
    await expect.poll(() => profileRow.first().textContent(), { timeout: 15_000 }).toMatch(/Funded/i);
    expect(await rep.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
    expect(await profile.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
    expect(new URL(rep.url()).pathname).toBe(`/orders/${orderId}`);
    await screenshot(rep, "personal-shopper-funded-desktop");

    // The link worked once: opening it again says so, and shows no document.
    await client.goto(link);
    await client.getByRole("heading", { name: "Already signed" }).waitFor();
    expect(await client.getByRole("heading", { name: "Lease-purchase agreement" }).count()).toBe(0);
  });
});
