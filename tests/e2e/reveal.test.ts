import { describe, expect, inject, it } from "vitest";
import { PII_MARKERS } from "../../db/seed/fixtures";
import { screenshot, signedInContext } from "./support/browser";
import { useBrowser } from "./support/use-browser";

const baseURL = inject("baseURL");
const browser = useBrowser();

describe("revealing a masked field", () => {
  it("lets a director reveal the SSN with a reason, and shows a rep no reveal at all", async () => {
    // the director (the PII crawl spends the lead's reveals for this minute)
    const leadContext = await signedInContext(browser(), baseURL, "director@tandem.test", "desktop");
    const lead = await leadContext.newPage();
    await lead.goto("/customers/cus_0001");
    await lead.getByRole("tab", { name: "Profile" }).click();
    const ssn = lead.locator("dd", { hasText: "***-**-9999" });
    await ssn.waitFor();
    await ssn.getByRole("button", { name: "Reveal SSN" }).click();
    const dialog = lead.getByRole("dialog", { name: "Reveal SSN" });
    await dialog.getByRole("button", { name: "Reveal" }).click();
    await dialog.getByRole("alert").waitFor();
    await dialog.getByLabel("Reason").fill("Caller failed knowledge questions; verifying against the application");
    await dialog.getByRole("button", { name: "Reveal" }).click();
    await lead.locator("dd", { hasText: PII_MARKERS.ssn }).waitFor();
    await screenshot(lead, "reveal-desktop");
    // the reveal is on the record for every open screen, without the value
    await lead.getByRole("tab", { name: "Notes" }).click();
    await lead.getByText(/SSN/).first().waitFor();
    expect(await lead.content()).not.toContain(PII_MARKERS.bankAccount);
    await leadContext.close();

    const repContext = await signedInContext(browser(), baseURL, "rep.ben@tandem.test", "phone");
    const rep = await repContext.newPage();
    await rep.goto("/customers/cus_0001");
    await rep.getByRole("tab", { name: "Profile" }).click();
    await rep.locator("dd", { hasText: "***-**-9999" }).waitFor();
    expect(await rep.getByRole("button", { name: /^Reveal/ }).count()).toBe(0);
    expect(await rep.content()).not.toContain(PII_MARKERS.ssn);
    await repContext.close();
  });
});
