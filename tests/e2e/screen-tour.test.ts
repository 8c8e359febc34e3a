// A tour of every screen as each role, as a new user would click through them: any console error,
// uncaught page error, failed request or 4xx/5xx answer fails it, and so does a screen that fell
// into the error boundary or kept the bare "Tandem" title. Which screens a role may open is written
// here by hand from the README's permission table, never asked of the code.
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { monthKey, previousMonth } from "../../core/domain/billing";
import { screenshot, signedInContext, type ViewportName } from "./support/browser";
import { useBrowser } from "./support/use-browser";

const baseURL = inject("baseURL");
const browser = useBrowser();

type Role = "rep" | "senior_rep" | "team_lead" | "director" | "compliance" | "finance" | "engineering" | "sales" | "admin";

/** One person per role, each toured at one of the three viewports, so every layout is walked. */
const PEOPLE: Record<Role, { email: string; viewport: ViewportName }> = {
  rep: { email: "rep.ana@tandem.test", viewport: "phone" },
  senior_rep: { email: "senior.sam@tandem.test", viewport: "tablet" },
  team_lead: { email: "lead.east@tandem.test", viewport: "desktop" },
  director: { email: "director@tandem.test", viewport: "phone" },
  compliance: { email: "compliance@tandem.test", viewport: "tablet" },
  finance: { email: "finance@tandem.test", viewport: "desktop" },
  engineering: { email: "engineering@tandem.test", viewport: "phone" },
  sales: { email: "sales@tandem.test", viewport: "tablet" },
  admin: { email: "admin@tandem.test", viewport: "desktop" },
};

const READERS: Role[] = ["rep", "senior_rep", "team_lead", "director", "compliance", "finance", "sales", "admin"];
const SERVICE: Role[] = ["rep", "senior_rep", "team_lead", "director", "admin"];
const EVERYONE = Object.keys(PEOPLE) as Role[];

/** Every screen, who may open it (README: permissions), and what on it says it has loaded. */
const SCREENS: { path: string; who: Role[]; ready: string }[] = [
  { path: "/", who: EVERYONE, ready: "h1" },
  { path: "/search", who: READERS, ready: "#search-box" },
  { path: "/customers/cus_0001", who: READERS, ready: ".conn-open" },
  { path: "/customers/cus_0001?tab=orders", who: READERS, ready: ".conn-open" },
  { path: "/customers/cus_0001?tab=products", who: READERS, ready: ".servicing-grid" },
  { path: "/customers/cus_0001/leases-loans", who: READERS, ready: ".servicing-grid" },
  // The Loyalty tab's sections (README: Loyalty and engagement), each by what cus_0001's seed puts in it.
  ...(
    [
      ["tier", "4,150"],
      ["campaigns", "Spring Home Refresh"],
      ["incentives", "Visit three times"],
      ["rewards", "$25 gift card"],
      ["promos", "Claim limiters"],
      ["tags", "#gold-plus"],
      ["devices", "iPhone 15"],
      ["locations", "Nearby stores"],
    ] as const
  ).map(([section, shows]) => ({
    path: `/customers/cus_0001?tab=loyalty&section=${section}`,
    who: READERS,
    ready: `.loyalty .tab-panel :text("${shows}")`,
  })),
  { path: "/campaigns/cmp_nw_spring?from=cus_0001", who: READERS, ready: '.campaign-page :text("Spring Home Refresh")' },
  { path: "/orders", who: READERS, ready: "h1" },
  { path: "/orders/ord_0001_1", who: READERS, ready: "h1" },
  { path: "/orders/new?customer=cus_0001", who: SERVICE, ready: "h1" },
  { path: "/floor", who: ["team_lead", "director", "admin"], ready: "#floor-title" },
  { path: "/compliance", who: ["director", "compliance", "admin"], ready: ".quarterly-reviews" },
  { path: "/admin", who: ["admin"], ready: "h1" },
  { path: "/integrations", who: ["engineering", "admin"], ready: ".endpoint-card" },
  { path: "/monitor", who: ["team_lead", "director"], ready: '[data-testid="step-grid"], .monitor .empty' },
  { path: "/monitor/processes", who: ["team_lead", "director"], ready: ".processes-head select" },
  // The service desk (issue 16, h/desk): README permissions, ticket.read.
  { path: "/desk", who: ["rep", "senior_rep", "team_lead", "director", "sales", "admin"], ready: ".ticket-row" },
  { path: "/desk?breached=1", who: ["team_lead", "director", "admin"], ready: ".ticket-row, .empty-state" },
  { path: "/desk/tkt_0002", who: ["rep", "senior_rep", "team_lead", "director", "sales", "admin"], ready: ".message-list" },
  { path: "/account", who: EVERYONE, ready: "h1" },
  { path: "/no-such-screen", who: EVERYONE, ready: "h1" },
  // The merchant profile's Portal tab (README: Merchant portal): the merchant's portal users.
  {
    path: "/merchants/mer_0001?tab=portal",
    who: ["director", "compliance", "finance", "engineering", "sales", "admin"],
    ready: ".portal-users-panel .request-list",
  },
];

/** Names what went wrong in words a reader of the test output acts on. */
function explain(problem: string): string {
  if (/Failed to load module script/.test(problem))
    return `${problem}\n    -> a preloaded script is missing: web/dist/route-assets.json names a chunk the build did not emit (issue 13, route assets)`;
  return problem;
}

function listen(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("requestfailed", (request) => {
    // Leaving a screen cancels its open requests and sockets: that is not a failure.
    if (request.failure()?.errorText !== "net::ERR_ABORTED")
      problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} from ${response.request().method()} ${response.url()}`);
  });
  return problems;
}

describe("a tour of every screen as each role", () => {
  it.each(EVERYONE)("%s sees no error on any screen it may open", async (role) => {
    const { email, viewport } = PEOPLE[role];
    const context = await signedInContext(browser(), baseURL, email, viewport);
    const page = await context.newPage();
    const problems = listen(page);
    const found: string[] = [];
    for (const screen of SCREENS.filter((s) => s.who.includes(role))) {
      const before = problems.length;
      await page.goto(screen.path);
      await page.locator(screen.ready).first().waitFor({ timeout: 15_000 });
      await page.waitForLoadState("networkidle");
      if (await page.locator(".render-error").count()) found.push(`${screen.path}: the screen fell into the error boundary`);
      const title = await page.title();
      if (!/ - Tandem$/.test(title)) found.push(`${screen.path}: the tab's title is "${title}", not "<screen> - Tandem"`);
      for (const problem of problems.slice(before)) found.push(`${screen.path}: ${explain(problem)}`);
      if (screen.path === "/" || screen.path === "/customers/cus_0001")
        await screenshot(page, `tour-${role}-${viewport}${screen.path.replace(/\//g, "-")}`);
    }
    await context.close();
    expect(found, `${role} (${email}, ${viewport})`).toEqual([]);
  });
});

// The merchant portal: its own people (a merchant user, not staff) on a phone, and anyone not signed in.
const PORTAL_SCREENS: { path: string; ready: string }[] = [
  { path: "/portal", ready: ".portal-home" },
  { path: "/portal/transactions", ready: ".portal-cards" },
  { path: "/portal/transactions/ord_pt_0001_07", ready: ".funding-timeline" },
  { path: "/portal/transactions/ord_pt_0001_03", ready: ".funding-waiting" },
  { path: "/portal/settlements", ready: ".portal-figures" },
  { path: "/portal/invoices", ready: ".portal-cards" },
  // Last month's invoice: the seed bills every complete month (db/seed/merchant-history.ts).
  { path: `/portal/invoices/inv_0001_${previousMonth(monthKey(Date.now()))}`, ready: ".invoice-sheet, .error-panel" },
  { path: "/portal/contracts", ready: ".portal-cards" },
  { path: "/portal/integration", ready: ".portal-cards" },
  { path: "/portal/plan", ready: ".portal-plan-terms" },
  { path: "/portal/no-such-screen", ready: "h1" },
];

describe("a tour of the merchant portal", () => {
  it("shows anyone not signed in the portal's sign-in, without an error", async () => {
    const context = await browser().newContext({ baseURL, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const problems = listen(page);
    await page.goto("/portal/transactions");
    await page.locator(".portal-sign-in h1").waitFor();
    await page.waitForLoadState("networkidle");
    expect(await page.title()).toBe("Merchant portal sign-in - Tandem");
    await context.close();
    expect(problems).toEqual([]);
  });

  it("owner@merchant.test sees no error on any portal screen (phone)", async () => {
    const context = await browser().newContext({
      baseURL,
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
    });
    const signedIn = await context.request.post("/api/portal/auth/dev/sign-in", {
      data: { email: "owner@merchant.test" },
      headers: { Origin: baseURL },
    });
    expect(signedIn.ok()).toBe(true);
    const page = await context.newPage();
    const problems = listen(page);
    const found: string[] = [];
    for (const screen of PORTAL_SCREENS) {
      const before = problems.length;
      await page.goto(screen.path);
      await page.locator(screen.ready).first().waitFor({ timeout: 15_000 });
      await page.waitForLoadState("networkidle");
      if (await page.locator(".render-error, .error-panel").count()) found.push(`${screen.path}: the screen shows an error`);
      const title = await page.title();
      if (!/ - Tandem$/.test(title)) found.push(`${screen.path}: the tab's title is "${title}", not "<screen> - Tandem"`);
      for (const problem of problems.slice(before)) found.push(`${screen.path}: ${explain(problem)}`);
    }
    await context.close();
    expect(found).toEqual([]);
  });
});
