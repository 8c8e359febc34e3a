// The FAQ assistant in a real browser: a caller the phone assistant could not help is handed over;
// the rep on the account sees at once what the caller asked and what the assistant answered, the
// panel offers the approved answers for it, and one tap puts one in a note. Another rep's call list
// shows the waiting caller at once. Compliance reviews the knowledge base. Screenshots at three sizes.
import { createHmac } from "node:crypto";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axeViolations, seriousOrWorse } from "./support/axe";
import { screenshot, signedInContext } from "./support/browser";
import { openCustomer } from "./support/customer-page";
import { useBrowser } from "./support/use-browser";

const baseURL = inject("baseURL");
const browser = useBrowser();
const CUSTOMER = "cus_0007";
/** The dev-mode voice token (published; the local demo and tests only). */
const TOKEN = "tandem-dev-voice-token (not secret: local demo and tests only)";
const contexts: BrowserContext[] = [];

/** A voice provider's webhook request: form parameters, signed over the URL and the sorted parameters. */
async function providerPost(url: string, params: Record<string, string>): Promise<string> {
  const text =
    url +
    Object.keys(params)
      .sort()
      .map((k) => k + params[k])
      .join("");
  const signature = createHmac("sha1", TOKEN).update(text).digest("base64");
  const response = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": signature },
    body: new URLSearchParams(params),
  });
  expect(response.status).toBe(200);
  return response.text();
}
const actionOf = (twiml: string) => /<Gather[^>]*action="([^"]+)"/.exec(twiml)?.[1]?.replace(/&amp;/g, "&") ?? "";

let ana: BrowserContext;
let ben: BrowserContext;
let phone = "";

beforeAll(async () => {
  ana = await signedInContext(browser(), baseURL, "rep.ana@tandem.test", "desktop");
  ben = await signedInContext(browser(), baseURL, "rep.ben@tandem.test", "phone");
  contexts.push(ana, ben);
  const profile = (await (await ana.request.get(`/api/customers/${CUSTOMER}`)).json()) as {
    customer: { pii: { phone: { value: string } } };
  };
  // The provider sends the caller's number in E.164.
  phone = `+1${profile.customer.pii.phone.value.replace(/\D/g, "").slice(-10)}`;
});
afterAll(async () => {
  for (const context of contexts) await context.close();
});

describe("a caller handed over by the phone assistant", () => {
  it("shows on the rep's profile with what was asked and answered, and one tap notes the approved answer", async () => {
    const page = await openCustomer(ana, CUSTOMER);
    const errors: string[] = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("requestfailed", (r) => errors.push(`${r.method()} ${r.url()} failed`));
    const home = await ben.newPage();
    await home.goto("/");
    await home.getByRole("heading", { name: "Your calls today" }).waitFor();

    // The call: skip verification, ask, hear an answer, say it did not help.
    const callSid = `CA${Date.now().toString(16).padStart(32, "0")}`;
    let twiml = await providerPost(`${baseURL}/api/voice/northwind/incoming`, { CallSid: callSid, From: phone });
    twiml = await providerPost(actionOf(twiml), { CallSid: callSid, From: phone, Digits: "*" });
    twiml = await providerPost(actionOf(twiml), { CallSid: callSid, From: phone, SpeechResult: "how do I stop my automatic payments" });
    expect(twiml).toContain("Did that answer your question?");
    twiml = await providerPost(actionOf(twiml), { CallSid: callSid, From: phone, SpeechResult: "no" });
    expect(twiml).toContain("<Enqueue>");

    // The rep on the account sees the caller at once, and the panel asks the FAQ for them.
    const panel = page.locator(".faq-panel");
    await panel.getByText("Caller asked: “how do I stop my automatic payments”").waitFor();
    await expect(panel.locator(".faq-caller").textContent()).resolves.toMatch(/Assistant answered: “Turn autopay off.*confidence \d+%/);
    const first = panel.locator(".faq-answer").first();
    await first.getByRole("heading", { name: "Stopping automatic payments" }).waitFor();
    await expect(first.locator(".faq-answer-meta").textContent()).resolves.toMatch(/^Article autopay-stop · version 1 · \d+% sure$/);
    await screenshot(page, "faq-panel-desktop");

    await first.getByRole("button", { name: "Add to note" }).click();
    await first.getByRole("button", { name: "Added to notes" }).waitFor();
    await expect
      .poll(async () => {
        const notes = (await (await ana.request.get(`/api/customers/${CUSTOMER}/notes`)).json()) as { items: { text: string }[] };
        return notes.items.map((n) => n.text).find((t) => t.startsWith("Answered from the FAQ"));
      })
      .toMatch(
        /^Answered from the FAQ: "Stopping automatic payments" \(article faq_\w+, version 1\) to "how do I stop my automatic payments": Turn autopay off/,
      );

    // Ben's call list shows the waiting caller without a reload.
    const waiting = home.locator(".waiting-callers");
    await waiting.getByText("Caller asked “how do I stop my automatic payments”", { exact: false }).waitFor();
    await screenshot(home, "faq-waiting-caller-phone");
    expect(seriousOrWorse(await axeViolations(page))).toEqual([]);
    expect(errors).toEqual([]);
    await home.close();
    await page.close();
  });

  it("reads well on a phone and a tablet", async () => {
    for (const size of ["phone", "tablet"] as const) {
      const context = await signedInContext(browser(), baseURL, "rep.ana@tandem.test", size);
      contexts.push(context);
      const page = await openCustomer(context, CUSTOMER);
      await page.locator(".faq-panel .faq-caller").waitFor();
      await page.locator(".faq-panel .faq-answer").first().waitFor();
      await page.locator(".faq-panel").scrollIntoViewIfNeeded();
      await screenshot(page, `faq-panel-${size}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await page.close();
    }
  });
});

describe("the knowledge base", () => {
  it("shows compliance the drafts awaiting approval, with their history and what the rules say", async () => {
    for (const size of ["desktop", "phone"] as const) {
      const context = await signedInContext(browser(), baseURL, "compliance@tandem.test", size);
      contexts.push(context);
      const page = await context.newPage();
      await page.goto("/knowledge?filter=awaiting-approval");
      await page.getByRole("link", { name: /Refinancing a loan/ }).click();
      await page.getByRole("heading", { name: "Refinancing a loan" }).first().waitFor();
      await page.getByRole("button", { name: "Approve version 1" }).waitFor();
      await screenshot(page, `faq-knowledge-${size}`);
      expect(seriousOrWorse(await axeViolations(page))).toEqual([]);
      await page.close();
    }
  });

  it("lets an author write a version that names the rule it breaks", async () => {
    const context = await signedInContext(browser(), baseURL, "lead.east@tandem.test", "desktop");
    contexts.push(context);
    const page = await context.newPage();
    await page.goto("/knowledge?filter=live&q=late%20fees%20on%20a%20lease");
    await page.getByRole("link", { name: /Late fees on a lease/ }).click();
    await page.getByRole("button", { name: "Write a new version" }).click();
    await page.getByLabel("Answer", { exact: true }).fill("A late lease payment is charged interest of 5%.");
    await page.getByText('answer says "interest": a lease has no interest').waitFor();
    await screenshot(page, "faq-knowledge-editor-desktop");
    await page.close();
  });
});
