// The ownership flows that need words, through their dialogs: a rep asks the owner for a handoff
// (message optional, the owner keeps it), and a lead takes over (reason required, the owner is told).
import { describe, expect, inject, it } from "vitest";
import { signedInContext } from "./support/browser";
import { openCustomer, ownershipBar } from "./support/customer-page";
import { useBrowser } from "./support/use-browser";

const baseURL = inject("baseURL");
const browser = useBrowser();

describe("ownership dialogs", () => {
  it("carry a handoff message to the owner, and a takeover only with a reason", async () => {
    const customerId = "cus_0009";
    const anaContext = await signedInContext(browser(), baseURL, "rep.ana@tandem.test", "desktop");
    const ana = await openCustomer(anaContext, customerId);
    await ownershipBar(ana).getByRole("button", { name: "Take ownership" }).click();
    await ownershipBar(ana).getByRole("button", { name: "Release" }).waitFor();

    const benContext = await signedInContext(browser(), baseURL, "rep.ben@tandem.test", "desktop");
    const ben = await openCustomer(benContext, customerId);
    await ownershipBar(ben).getByRole("button", { name: "Ask for handoff" }).click();
    const ask = ben.getByRole("dialog", { name: "Ask Ana Alvarez for a handoff" });
    await ask.getByLabel("Message (optional)").fill("The client is on my line");
    await ask.getByRole("button", { name: "Ask" }).click();
    await ask.waitFor({ state: "hidden" });
    const request = ana.getByRole("alert").filter({ hasText: "Ben Brooks asks you to hand this account over." });
    await request.getByText("The client is on my line").waitFor();
    await request.getByRole("button", { name: "Keep it" }).click();
    await request.waitFor({ state: "detached" });

    const leadContext = await signedInContext(browser(), baseURL, "lead.east@tandem.test", "desktop");
    const lead = await openCustomer(leadContext, customerId);
    await ownershipBar(lead).getByRole("button", { name: "Take over" }).click();
    const takeover = lead.getByRole("dialog", { name: "Take over from Ana Alvarez" });
    await takeover.getByRole("button", { name: "Take over" }).click();
    await takeover.getByRole("alert").getByText("A reason is required; it is saved as your note.").waitFor();
    await expect(ownershipBar(ana).getByRole("button", { name: "Release" }).count()).resolves.toBe(1);
    await takeover.getByLabel("Reason").fill("Escalated complaint");
    await takeover.getByRole("button", { name: "Take over" }).click();
    await takeover.waitFor({ state: "hidden" });
    await ownershipBar(lead).getByRole("button", { name: "Release" }).waitFor();
    await ana.locator(".lost-notice").waitFor();
    await ownershipBar(lead).getByRole("button", { name: "Release" }).click();
    await ownershipBar(lead).getByRole("button", { name: "Take ownership" }).waitFor();
    await Promise.all([anaContext.close(), benContext.close(), leadContext.close()]);
  });
});
