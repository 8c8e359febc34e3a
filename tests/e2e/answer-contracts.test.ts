// A server answer the screen does not expect is a typed error on screen (the route's error panel
// with the BAD_ANSWER code), not a page that breaks later: the web app parses every answer with its
// schema from core/protocol (web/src/lib/api.ts).
import { describe, expect, inject, it } from "vitest";
import { signedInContext } from "./support/browser";
import { useBrowser } from "./support/use-browser";

const baseURL = inject("baseURL");
const browser = useBrowser();

/** A search hit as the server sends it, without its `name`. */
const HIT = {
  id: "cus_0001",
  status: "active",
  phone: "(555) 010-2233",
  email: null,
  city: null,
  state: null,
  loyaltyNumber: null,
  externalId: null,
  teamId: null,
  products: { lease: true, loan: true },
  owner: null,
  viewers: [],
};

describe("an answer that breaks its contract", () => {
  it("shows the search's error panel with the BAD_ANSWER code instead of results", async () => {
    const context = await signedInContext(browser(), baseURL, "rep.ana@tandem.test");
    // The search answer as an older or broken server might send it: the hit's `name` renamed.
    await context.route("**/api/customers?q=*", (route) =>
      route.fulfill({
        status: 200,
        contentType: "application/json",
        body: JSON.stringify({ items: [{ ...HIT, fullName: "Maya Johnson" }], ranked: false, nextOffset: null }),
      }),
    );
    const page = await context.newPage();
    await page.goto("/search?q=Maya%20Johnson");
    const panel = page.getByRole("alert").filter({ hasText: "Search failed" });
    await panel.waitFor();
    expect(await panel.locator("code").textContent()).toBe("BAD_ANSWER");
    expect(await panel.textContent()).toContain("items.0.name");
    expect(await page.locator(".result-row").count()).toBe(0);
    await context.close();
  });
});
