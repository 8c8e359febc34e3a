// Steps the customer e2e tests share: open a profile and wait until its room is live.
import type { BrowserContext, Page } from "playwright-core";

export async function openCustomer(context: BrowserContext, customerId: string, query = ""): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`/customers/${customerId}${query}`);
  await waitLive(page);
  return page;
}

/** The connection state reads "Live" once the room's state has arrived. */
export async function waitLive(page: Page, timeout = 15_000): Promise<void> {
  await page.locator(".conn-open").waitFor({ timeout });
}

export function ownershipBar(page: Page) {
  return page.getByRole("region", { name: "Ownership" });
}
