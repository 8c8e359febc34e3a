// Customer 360 in a real browser: search in every phone format, type-ahead, the call list, every
// profile tab, notes, prompts, profile editing, layouts at three sizes, keyboard and axe-core.
import type { BrowserContext, Page } from "playwright-core";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { axeViolations, seriousOrWorse } from "./support/axe";
import { screenshot, signedInContext, VIEWPORTS, type ViewportName } from "./support/browser";
import { openCustomer, ownershipBar } from "./support/customer-page";
import { useBrowser } from "./support/use-browser";

const baseURL = inject("baseURL");
const browser = useBrowser();
let ana: BrowserContext;

beforeAll(async () => {
  ana = await signedInContext(browser(), baseURL, "rep.ana@tandem.test");
});

/** Visible text in the page's main area set smaller than 16 px (phones must not have any). */
function textSmallerThan16px(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll("main *")]
      .filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim()))
      .filter((el) => el.getClientRects().length > 0 && !el.closest(".visually-hidden"))
      .filter((el) => Number.parseFloat(getComputedStyle(el).fontSize) < 16)
      .map((el) => `${el.tagName}.${el.className}: ${el.textContent?.trim().slice(0, 30)}`),
  );
}

async function searchPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto("/search");
  await page.getByRole("heading", { name: "Your calls today" }).waitFor();
  return page;
}

describe("search", () => {
  it.each(["(555) 010-2233", "+1 555 0102233", "5550102233"])("finds cus_0001 typed as %s", async (typed) => {
    const page = await searchPage(ana);
    await page.getByLabel("Find a customer").fill(typed);
    await page.locator('#search-results a[href="/customers/cus_0001"]').waitFor();
    await expect(page.locator("#search-results .result-name").first().textContent()).resolves.toBe("Maya Johnson");
    await page.close();
  });

  it("waits for a pause in typing and opens the first match on Enter", async () => {
    const page = await searchPage(ana);
    const searches: string[] = [];
    page.on("request", (r) => r.url().includes("/api/customers?q=") && searches.push(new URL(r.url()).searchParams.get("q") ?? ""));
    await page.getByLabel("Find a customer").pressSequentially("maya joh", { delay: 20 });
    await page.locator('#search-results a[href="/customers/cus_0001"]').waitFor();
    // Typing faster than the debounce asks once, for what was finally typed.
    expect(searches).toEqual(["maya joh"]);
    await page.getByLabel("Find a customer").press("Enter");
    await page.waitForURL(/\/customers\/cus_0001$/);
    await page.close();
  });

  it("says so when nothing matches, and shows today's calls before anything is typed", async () => {
    const page = await searchPage(ana);
    const calls = page.getByRole("region", { name: "Your calls today" });
    await calls.getByRole("heading", { name: /Callbacks due/ }).waitFor();
    await calls.locator('a[href="/customers/cus_0001"]').first().waitFor();
    await page.getByLabel("Find a customer").fill("zzqx nobody");
    await page.getByText("No customer matches “zzqx nobody”").waitFor();
    await page.close();
  });
});

describe("the profile", () => {
  it("answers the usual questions on every tab", async () => {
    const page = await openCustomer(ana, "cus_0001");
    await page.getByRole("heading", { name: "Maya Johnson" }).waitFor();
    const tabs: [string, string | RegExp][] = [
      ["Overview", "Next payment"],
      ["Orders", "NW-0000001-1"],
      ["Leases & loans", "Early purchase today"],
      // The first page of the log (purchases and check-ins fill it since issue 17): the order's last move.
      ["Activity", "Order ORD_0001_1 in review"],
      ["Notes", "Account viewed by Ana Alvarez"],
      ["Profile", "Communication preferences"],
    ];
    for (const [tab, shows] of tabs) {
      await page.getByRole("tab", { name: tab }).click();
      await page.getByRole("tabpanel").getByText(shows).first().waitFor();
    }
    await page.close();
  });

  it("shows lease and loan badges, the call prompts, and automatic notes apart from reps' notes", async () => {
    const page = await openCustomer(ana, "cus_0001", "?tab=notes");
    const header = page.locator(".c360-header");
    await header.locator(".badge-lease").waitFor();
    await header.locator(".badge-loan").waitFor();
    const prompts = page.getByRole("region", { name: "Call prompts" });
    for (const title of ["Verify identity before discussing the account", "Payment past due", "Loan customer", "Lease customer"])
      await prompts.getByText(title).first().waitFor();
    const automatic = page.locator(".note-auto").filter({ hasText: "Account viewed by Ana Alvarez" }).first();
    await automatic.getByText("Automatic").waitFor();
    await page.close();
  });

  it("filters the activity log by kind", async () => {
    const page = await openCustomer(ana, "cus_0001", "?tab=activity");
    await page.getByRole("button", { name: "Payments", exact: true }).click();
    const log = page.locator('ol[aria-label="Activity, newest first"]');
    await log.locator(".feed-payment").first().waitFor();
    const kinds = await log.locator("> li").evaluateAll((rows) => rows.map((r) => r.className));
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.every((k) => k.includes("feed-payment"))).toBe(true);
    await page.close();
  });

  it("edits the profile only with ownership, and saves the change with a note", async () => {
    const page = await openCustomer(ana, "cus_0005", "?tab=profile");
    const edit = page.getByRole("button", { name: "Edit profile" });
    await expect(edit.isDisabled()).resolves.toBe(true);
    await page.getByText("Read only until you take ownership.").waitFor();
    await ownershipBar(page).getByRole("button", { name: "Take ownership" }).click();
    await ownershipBar(page).getByText("You own this").waitFor();
    await edit.click();
    await page.getByLabel("Preferred contact time").fill("Weekday evenings");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByText("Every change needs a note: say why.").waitFor();
    await page.getByLabel("Note (required)").fill("Customer asked to be called after work");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByRole("tabpanel").getByText("Weekday evenings").waitFor();
    await ownershipBar(page).getByRole("button", { name: "Release" }).click();
    await page.close();
  });

  it("records a dismissed prompt with its reason and hides it on every screen", async () => {
    const page = await openCustomer(ana, "cus_0001");
    const other = await openCustomer(ana, "cus_0001");
    const prompts = page.getByRole("region", { name: "Call prompts" });
    await prompts.getByRole("button", { name: /^Dismiss: Lease customer/ }).click();
    const dialog = page.getByRole("dialog", { name: "Dismiss prompt" });
    await dialog.getByRole("button", { name: "Dismiss prompt" }).click();
    await dialog.getByText("Say why this prompt does not apply").waitFor();
    await dialog.getByLabel("Reason").fill("Customer already knows the early purchase amount");
    await dialog.getByRole("button", { name: "Dismiss prompt" }).click();
    await prompts.locator(".prompt-lease").waitFor({ state: "detached" });
    await page.getByRole("dialog", { name: "Dismiss prompt" }).waitFor({ state: "hidden" });
    await other.getByRole("region", { name: "Call prompts" }).getByText("Payment past due").waitFor();
    await other.waitForFunction(() => !document.querySelector(".prompt-lease"));
    await page.close();
    await other.close();
  });
});

describe("layouts, keyboard and accessibility", () => {
  for (const viewport of Object.keys(VIEWPORTS) as ViewportName[]) {
    it(`lays out search and profile for a ${viewport}, with no serious axe violations`, async () => {
      const context = await signedInContext(browser(), baseURL, "rep.ben@tandem.test", viewport);
      const search = await searchPage(context);
      await search.getByLabel("Find a customer").fill("555 010");
      await search.locator("#search-results .result-row").first().waitFor();
      expect(seriousOrWorse(await axeViolations(search))).toEqual([]);
      if (viewport === "phone") expect(await textSmallerThan16px(search)).toEqual([]);
      await screenshot(search, `search-${viewport}`);

      const page = await openCustomer(context, "cus_0001");
      await page.getByRole("heading", { name: "Maya Johnson" }).waitFor();
      await page.locator(".tab-panel .fact-card").first().waitFor();
      expect(seriousOrWorse(await axeViolations(page))).toEqual([]);
      await screenshot(page, `profile-${viewport}`);

      const { width, height } = VIEWPORTS[viewport];
      const bar = await ownershipBar(page).boundingBox();
      if (viewport === "phone") {
        // One-handed: ownership and "add note" sit at the bottom, above the navigation.
        const nav = await page.getByRole("navigation", { name: "Main" }).boundingBox();
        expect(bar && nav && bar.y + bar.height <= nav.y + 1).toBe(true);
        expect(bar?.y ?? 0).toBeGreaterThan(height * 0.65);
        const addNote = await ownershipBar(page).getByRole("button", { name: "Add note" }).boundingBox();
        expect(addNote?.y ?? 0).toBeGreaterThan(height * 0.65);
        const tabs = page.getByRole("tablist", { name: "Customer sections" });
        const overflow = await tabs.evaluate((el) => ({
          scroll: el.scrollWidth,
          client: el.clientWidth,
          style: getComputedStyle(el).overflowX,
        }));
        expect(overflow.style).toBe("auto");
        expect(overflow.scroll).toBeGreaterThan(overflow.client);
        const small = await textSmallerThan16px(page);
        expect(small).toEqual([]);
      } else {
        expect(bar?.y ?? height).toBeLessThan(height / 3);
        const feed = await page
          .getByRole("complementary", { name: viewport === "tablet" ? "Activity and notes" : "Live feed" })
          .boundingBox();
        expect(feed?.x ?? 0).toBeGreaterThan(width / 2);
        if (viewport === "desktop") {
          const context = await page.getByRole("complementary", { name: "Customer context" }).boundingBox();
          const work = await page.locator(".col-work").boundingBox();
          expect((context?.x ?? 0) < (work?.x ?? 0) && (work?.x ?? 0) < (feed?.x ?? 0)).toBe(true);
        }
      }
      // Touch targets: every visible control in the page is at least 44 px tall.
      const short = await page.evaluate(() =>
        [...document.querySelectorAll("main button, main a, main [role=tab], main input, main select, main summary")]
          .filter((el) => el.getClientRects().length > 0)
          .filter((el) => el.getBoundingClientRect().height < 44)
          .map((el) => `${el.tagName}: ${el.textContent?.trim().slice(0, 30)}`),
      );
      expect(short).toEqual([]);
      await context.close();
    });
  }

  it("moves between tabs with the arrow keys and shows where the focus is", async () => {
    const page = await openCustomer(ana, "cus_0001");
    await page.getByRole("tab", { name: "Overview" }).focus();
    await page.keyboard.press("ArrowRight");
    await expect(page.getByRole("tab", { name: "Orders" }).getAttribute("aria-selected")).resolves.toBe("true");
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement ?? document.body).boxShadow);
    expect(ring).not.toBe("none");
    await page.keyboard.press("End");
    await expect(page.getByRole("tab", { name: "Profile" }).getAttribute("aria-selected")).resolves.toBe("true");
    await page.close();
  });
});
