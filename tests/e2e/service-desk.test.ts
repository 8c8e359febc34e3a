// The service desk end to end, in real Chromium against the running app. A merchant on a phone opens
// a ticket in the portal's help center; a rep on a tablet sees it arrive in the queue live, takes it
// and replies; the merchant's tracking list shows the reply and the email sits in the dev outbox; the
// ticket then lapses and the ticket room's alarm escalates it to sales at its SLA time. The server
// runs the SLA table at 1/200 (TICKET_SLA_SCALE, set only by the e2e server: urgent = 18 s); the
// browser's countdown is put past the due time with Playwright's clock (setFixedTime), so the row's
// "late" state does not depend on how fast the machine is. Also: the queue at tablet and desktop
// size, a ticket at phone size, and the help screens at phone size.
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { screenshot, signedInContext, VIEWPORTS, type ViewportName } from "./support/browser";
import { useBrowser } from "./support/use-browser";

const baseURL = inject("baseURL");
const browser = useBrowser();

async function visit(email: string, viewport: ViewportName, path: string) {
  const context = await signedInContext(browser(), baseURL, email, viewport);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`page: ${e.message}`));
  page.on("response", (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
  await page.goto(path);
  return { page, problems, context, close: () => context.close() };
}

async function waitTicketLive(page: Page) {
  await page.locator(".conn-open").first().waitFor({ timeout: 15_000 });
}

describe("the queue", () => {
  for (const viewport of ["tablet", "desktop"] as const)
    it(`on a ${viewport}: the list by SLA due beside the chosen ticket, breaches marked`, async () => {
      const { page, problems, close } = await visit("lead.east@tandem.test", viewport, "/desk");
      await page.locator(".ticket-row").first().waitFor();
      const dues = await page.locator(".ticket-row").count();
      expect(dues).toBeGreaterThan(5);
      await expect(page.locator(".ticket-row.is-breached").count()).resolves.toBeGreaterThan(0);
      await page.locator('.ticket-row[data-ticket="tkt_0002"] a').click();
      await page.waitForURL(/t=tkt_0002/);
      await page.locator(".desk-detail .message-list").waitFor();
      await page.getByRole("heading", { name: "Checkout shows 'decision pending' forever" }).waitFor();
      await page.locator(".desk-detail .conn-open").waitFor();
      await screenshot(page, `desk-queue-${viewport}`);
      expect(problems).toEqual([]);
      await close();
    });
});

describe("a ticket on a phone", () => {
  it("a rep takes it, replies in public and notes internally; a colleague sees it live", async () => {
    const rep = await visit("rep.ana@tandem.test", "phone", "/desk");
    await rep.page.locator('.ticket-row[data-ticket="tkt_0005"] a').click();
    await rep.page.waitForURL(/\/desk\/tkt_0005$/);
    await waitTicketLive(rep.page);
    const colleague = await visit("senior.sam@tandem.test", "desktop", "/desk/tkt_0005");
    await waitTicketLive(colleague.page);
    // Replying needs ownership.
    await expect(rep.page.getByRole("button", { name: "Send reply" }).isDisabled()).resolves.toBe(true);
    await rep.page.getByRole("button", { name: /Take ownership/ }).click();
    await rep.page.getByRole("button", { name: "Send reply" }).and(rep.page.locator(":enabled")).waitFor();
    await rep.page.getByPlaceholder(/Reply to the client/).fill("The refund goes back through the lessor within 5 days.");
    await rep.page.getByRole("button", { name: "Send reply" }).click();
    await rep.page.locator(".message-public", { hasText: "within 5 days" }).waitFor();
    await rep.page.getByRole("radio", { name: "Internal note" }).check();
    await rep.page.getByPlaceholder(/colleagues only/).fill("Checked with finance first.");
    await rep.page.getByRole("button", { name: "Add note" }).click();
    await rep.page.locator(".message-internal", { hasText: "Checked with finance first." }).waitFor();
    await colleague.page.locator(".message-public", { hasText: "within 5 days" }).waitFor();
    await colleague.page.locator(".message-internal", { hasText: "Checked with finance first." }).waitFor();
    await screenshot(rep.page, "desk-ticket-phone");
    expect([...rep.problems, ...colleague.problems]).toEqual([]);
    await rep.close();
    await colleague.close();
  });
});

async function portalVisit(email: string, viewport: ViewportName, path: string) {
  const { width, height, ...device } = VIEWPORTS[viewport];
  const context = await browser().newContext({ baseURL, viewport: { width, height }, ...device });
  const signedIn = await context.request.post("/api/portal/auth/dev/sign-in", { data: { email }, headers: { Origin: baseURL } });
  if (!signedIn.ok()) throw new Error(`portal sign-in of ${email} failed: ${signedIn.status()}`);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`page: ${e.message}`));
  page.on("response", (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
  await page.goto(path);
  return { page, problems, context, close: () => context.close() };
}

/** In the page: the help screen's content fits the width of the portal shell's main column. */
const fitsMain = () => {
  const help = document.querySelector(".portal-help");
  const main = document.querySelector("main.main");
  return !!help && !!main && help.scrollWidth <= main.clientWidth;
};

type OutboxItem = { to: string; subject: string; text: string; purpose: string };

describe("a merchant's ticket from the phone to sales", () => {
  it("arrives live, is taken and answered, shows in the tracking list and the outbox, and escalates at its SLA time", async () => {
    const rep = await visit("rep.ana@tandem.test", "tablet", "/desk");
    await rep.page.locator(".ticket-row").first().waitFor();
    await rep.page.locator(".desk-queue .page-head .hint", { hasText: /^Live/ }).waitFor();

    const merchant = await portalVisit("owner@merchant.test", "phone", "/portal/help");
    await merchant.page.getByRole("heading", { name: "Your requests" }).waitFor();
    await screenshot(merchant.page, "portal-help-phone");
    // Phone first: the help screen is no wider than the shell's main column gives it.
    await expect(merchant.page.evaluate(fitsMain)).resolves.toBe(true);
    const subject = `Checkout down at register 2 (${Date.now()})`;
    await merchant.page.getByLabel("Subject").fill(subject);
    await merchant.page.getByLabel("About").selectOption("technical");
    await merchant.page.getByLabel("How urgent").selectOption("urgent");
    await merchant.page.getByLabel("What happened").fill("The card reader shows 'decision pending' and never finishes.");
    await merchant.page.getByRole("button", { name: "Send request" }).click();
    await merchant.page.waitForURL(/\/portal\/help\/tkt_/);
    const ticketId = merchant.page.url().split("/").at(-1) ?? "";
    await merchant.page.getByText("Received.").waitFor();

    // The rep's queue hears it: the new row appears, marked new, without a reload.
    const row = rep.page.locator(`.ticket-row[data-ticket="${ticketId}"]`);
    await row.waitFor();
    await expect(row.getAttribute("class")).resolves.toContain("is-fresh");
    await row.locator("a").click();
    await rep.page.locator(".desk-detail .message-list").waitFor();
    await rep.page.locator(".desk-detail .conn-open").waitFor();
    await rep.page.getByRole("button", { name: /Take ownership/ }).click();
    await rep.page.getByPlaceholder(/Reply to the client/).fill("We restarted your endpoint; please try a sale now.");
    await rep.page.getByRole("button", { name: "Send reply" }).and(rep.page.locator(":enabled")).click();
    await rep.page.locator(".message-public", { hasText: "restarted your endpoint" }).waitFor();

    // The merchant's tracking list shows support's answer; the email with the reply token is in the outbox.
    await merchant.page.goto("/portal/help");
    const item = merchant.page.locator(`.help-item[data-ticket="${ticketId}"]`);
    await item.getByText(/Support answered/).waitFor();
    await item.locator("a").click();
    await merchant.page.getByText("We restarted your endpoint; please try a sale now.").waitFor();
    await screenshot(merchant.page, "portal-ticket-phone");
    await expect(merchant.page.evaluate(fitsMain)).resolves.toBe(true);
    const outbox = (await (await rep.context.request.get("/api/dev/outbox?to=owner%40merchant.test")).json()) as { items: OutboxItem[] };
    const mail = outbox.items.find((m) => m.purpose === "ticket.reply" && m.subject.startsWith(`Re: ${subject}`));
    expect(mail?.subject).toMatch(/\[#tkt:rt_[A-Za-z0-9]+\]$/);
    expect(mail?.text).toContain("We restarted your endpoint");

    // The countdown: the browser's clock put past the due time shows the row late (Playwright's clock).
    const queue = (await (await rep.context.request.get("/api/desk/tickets?limit=100")).json()) as {
      items: { id: string; slaDueAt: number }[];
    };
    const due = queue.items.find((t) => t.id === ticketId)?.slaDueAt ?? 0;
    expect(due).toBeGreaterThan(0);
    await rep.page.clock.setFixedTime(due + 60_000);
    await row.locator(".sla-breached").waitFor();

    // The server's alarm escalates it at its SLA time (18 s after opening): to sales, on the rep's screen.
    await rep.page.locator(".desk-detail .ticket-head .badge", { hasText: "Escalated to sales" }).waitFor({ timeout: 45_000 });
    const salesMail = (await (await rep.context.request.get("/api/dev/outbox")).json()) as { items: OutboxItem[] };
    const escalated = salesMail.items.find((m) => m.purpose === "ticket.escalated" && m.subject.includes(ticketId));
    expect(escalated?.to).toMatch(/sales/);
    expect(escalated?.text).toContain("The card reader shows");
    await screenshot(rep.page, "desk-escalated-tablet");
    expect([...rep.problems, ...merchant.problems]).toEqual([]);
    await rep.close();
    await merchant.close();
  });
});

describe("a rep opens a ticket for a consumer customer", () => {
  it("from the customer's profile; the ticket opens in the desk and the customer is emailed", async () => {
    const { page, problems, context, close } = await visit("rep.ana@tandem.test", "desktop", "/customers/cus_0001");
    await page.getByRole("button", { name: "Open a ticket" }).click();
    const subject = `Copy of the agreement (${Date.now()})`;
    await page.getByLabel("Subject").fill(subject);
    await page.getByLabel("Priority").selectOption("high");
    await page.getByLabel(/First message/).fill("As asked on the phone, here is how to get a copy of your agreement.");
    await page.getByRole("button", { name: "Open ticket" }).click();
    await page.waitForURL(/\/desk\/tkt_/);
    await page.getByRole("heading", { name: subject }).waitFor();
    await page.locator(".message-public", { hasText: "copy of your agreement" }).waitFor();
    const outbox = (await (await context.request.get("/api/dev/outbox")).json()) as { items: OutboxItem[] };
    const mail = outbox.items.find((m) => m.purpose === "ticket.opened" && m.subject.startsWith(subject));
    expect(mail?.text).toContain("here is how to get a copy");
    expect(problems).toEqual([]);
    await close();
  });
});
