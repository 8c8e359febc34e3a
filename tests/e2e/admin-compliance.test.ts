// The admin and compliance screens in Chromium, on a phone and a desktop: what an admin and a
// compliance reviewer actually do there. Screenshots land in screenshots/.
import { describe, expect, inject, it } from "vitest";
import { screenshot, signedInContext } from "./support/browser";
import { useBrowser } from "./support/use-browser";

const baseURL = inject("baseURL");
const browser = useBrowser();

describe("the admin screen", () => {
  it("adds a person, then disables them after a clear warning (desktop)", async () => {
    const context = await signedInContext(browser(), baseURL, "admin@tandem.test", "desktop");
    const page = await context.newPage();
    await page.goto("/account");
    await page.getByRole("link", { name: "Staff and teams" }).click();
    await page.getByRole("heading", { name: "Staff and teams" }).waitFor();
    await page.getByRole("rowheader", { name: /Ana Alvarez/ }).waitFor();
    await page.getByRole("button", { name: "Add person" }).click();
    const dialog = page.getByRole("dialog", { name: "Add a person" });
    await dialog.getByLabel("Work email").fill("e2e.admin.new@tandem.test");
    await dialog.getByLabel("Name").fill("Eden Quill");
    await dialog.getByLabel("Role").selectOption("senior_rep");
    await dialog.getByLabel("Team").selectOption("team_west");
    await dialog.getByRole("button", { name: "Add person" }).click();
    await page.getByRole("status").filter({ hasText: "Added Eden Quill" }).waitFor();
    const row = page.getByRole("row", { name: /Eden Quill/ });
    await row.getByText("Senior rep").waitFor();
    await screenshot(page, "admin-desktop");

    await page.getByRole("button", { name: "Edit Eden Quill" }).click();
    const edit = page.getByRole("dialog", { name: "Edit Eden Quill" });
    await edit.getByLabel("May sign in (active)").uncheck();
    await edit.getByText("Saving signs Eden Quill out on every device").waitFor();
    await screenshot(page, "admin-edit-desktop");
    await edit.getByRole("button", { name: "Save changes" }).click();
    await row.getByText("Disabled").waitFor();
    const refused = await context.request.post("/api/auth/dev/sign-in", {
      data: { email: "e2e.admin.new@tandem.test" },
      headers: { Origin: baseURL },
    });
    expect(refused.status()).toBe(401);
    await context.close();
  });

  it("stacks people into cards on a phone and keeps every action reachable", async () => {
    const context = await signedInContext(browser(), baseURL, "admin@tandem.test", "phone");
    const page = await context.newPage();
    await page.goto("/admin");
    await page.getByRole("rowheader", { name: /Ana Alvarez/ }).waitFor();
    const edit = page.getByRole("button", { name: "Edit Ana Alvarez" });
    const box = await edit.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
    await screenshot(page, "admin-phone");
    await page.getByRole("button", { name: "Add person" }).click();
    await page.getByRole("dialog", { name: "Add a person" }).waitFor();
    await screenshot(page, "admin-add-phone");
    await context.close();
  });

  it("tells a rep the screen is for admins", async () => {
    const context = await signedInContext(browser(), baseURL, "rep.ana@tandem.test");
    const page = await context.newPage();
    await page.goto("/admin");
    await page.getByText("Admins only").waitFor();
    await context.close();
  });
});

describe("the compliance screen", () => {
  it("filters notes by kind in the URL, switches to the audit log and exports CSV (desktop)", async () => {
    const context = await signedInContext(browser(), baseURL, "compliance@tandem.test", "desktop");
    const page = await context.newPage();
    await page.goto("/account");
    // The account page's own link (the navigation has one of the same name).
    await page.getByRole("main").getByRole("link", { name: "Compliance review" }).click();
    await page.getByRole("heading", { name: "Compliance review" }).waitFor();
    await page.locator(".review-row").first().waitFor();
    await page.getByLabel("Kind").selectOption("automatic");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await page.waitForURL(/kind=automatic/);
    // The filtered page replaces the list: rows remain, none of them written by a rep.
    await page.waitForFunction(
      () => document.querySelector(".review-row .review-kind-automatic") && !document.querySelector(".review-kind-manual"),
    );
    await screenshot(page, "compliance-notes-desktop");

    await page.getByRole("tab", { name: "Audit log" }).click();
    await page.waitForURL(/tab=audit/);
    await page.getByLabel("Outcome").selectOption("success");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await page.locator(".review-row").first().waitFor();
    const href = await page.getByRole("link", { name: "Export CSV" }).getAttribute("href");
    expect(href).toMatch(/^\/api\/compliance\/audit\/export\?.*outcome=success/);
    const csv = await context.request.get(href ?? "");
    expect(csv.headers()["content-type"]).toMatch(/^text\/csv/);
    expect((await csv.text()).split("\r\n")[0]).toMatch(/^seq,at,actor_id/);
    await screenshot(page, "compliance-audit-desktop");
    await context.close();
  });

  it("works on a phone, and shows no export to a director", async () => {
    const context = await signedInContext(browser(), baseURL, "director@tandem.test", "phone");
    const page = await context.newPage();
    await page.goto("/compliance?tab=audit&outcome=denied");
    await page.getByRole("heading", { name: "Compliance review" }).waitFor();
    await page.locator(".review-row, .empty-state").first().waitFor();
    expect(await page.getByRole("link", { name: "Export CSV" }).count()).toBe(0);
    await screenshot(page, "compliance-phone");
    await context.close();
  });
});
