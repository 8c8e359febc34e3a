// Two reps on one account, in two browsers: presence, ownership, a profile edit and a note that
// reach the other screen through the room (no refetch), and a phone that goes offline for less
// than the grace period and comes back still owning, its draft note saved once.
import type { BrowserContext, Page, Request } from "playwright-core";
import { afterAll, describe, expect, inject, it } from "vitest";
import { signedInContext, type ViewportName } from "./support/browser";
import { openCustomer, ownershipBar, waitLive } from "./support/customer-page";
import { useBrowser } from "./support/use-browser";

const baseURL = inject("baseURL");
const browser = useBrowser();
const contexts: BrowserContext[] = [];

afterAll(async () => {
  for (const context of contexts) await context.close();
});

async function rep(email: string, viewport: ViewportName): Promise<BrowserContext> {
  const context = await signedInContext(browser(), baseURL, email, viewport);
  contexts.push(context);
  return context;
}

/** Writes a note through the "Add note" flow and answers when the server has it. */
async function addNote(page: Page, text: string): Promise<void> {
  await page.getByRole("button", { name: "Add note" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Add a note" });
  await dialog.getByLabel("Note").fill(text);
  await dialog.getByLabel("Category").selectOption("payment");
  const saved = page.waitForResponse((r) => r.url().includes("/notes") && r.request().method() === "POST");
  await dialog.getByRole("button", { name: "Save note" }).click();
  expect((await saved).status()).toBe(201);
}

/** Records the page's GETs of `path` (exactly) from now until `stop()`. */
function countGets(page: Page, path: string): { urls: string[]; stop: () => void } {
  const urls: string[] = [];
  const seen = (request: Request) => {
    if (request.method() === "GET" && new URL(request.url()).pathname === path) urls.push(request.url());
  };
  page.on("request", seen);
  return { urls, stop: () => page.off("request", seen) };
}

async function notesWithText(context: BrowserContext, customerId: string, text: string): Promise<number> {
  const response = await context.request.get(`/api/customers/${customerId}/notes?limit=100`);
  const body = (await response.json()) as { items: { text: string }[] };
  return body.items.filter((n) => n.text === text).length;
}

for (const viewport of ["desktop", "phone"] as const) {
  describe(`two reps on one account (${viewport})`, () => {
    const customerId = viewport === "desktop" ? "cus_0001" : "cus_0003";
    let ana: Page;
    let ben: Page;
    let benContext: BrowserContext;

    it("shows Ana to Ben as a viewer the moment she opens the account", async () => {
      benContext = await rep("rep.ben@tandem.test", viewport);
      // Ben reads the notes while Ana works: on a phone that is its own tab.
      ben = await openCustomer(benContext, customerId, viewport === "phone" ? "?tab=notes" : "");
      await expect(ben.getByRole("button", { name: /^Ana Alvarez/ }).count()).resolves.toBe(0);
      ana = await openCustomer(await rep("rep.ana@tandem.test", viewport), customerId);
      await ben.getByRole("button", { name: /^Ana Alvarez, Rep, viewing on (phone|desktop)/ }).waitFor();
      await ana.getByRole("button", { name: /^Ben Brooks, Rep/ }).waitFor();
    });

    it("lets Ana take ownership; Ben's controls turn read-only with her name and the API refuses him", async () => {
      await ownershipBar(ana).getByRole("button", { name: "Take ownership" }).click();
      await ownershipBar(ana).getByText("You own this").waitFor();
      await ownershipBar(ben)
        .getByText(/Owned by Ana \((phone|desktop)\)/)
        .waitFor();
      await expect(ownershipBar(ben).getByRole("button", { name: "Ask for handoff" }).isEnabled()).resolves.toBe(true);
      await expect(ownershipBar(ben).getByRole("button", { name: "Take over" }).count()).resolves.toBe(0);

      await ben.getByRole("tab", { name: "Profile" }).click();
      const edit = ben.getByRole("button", { name: "Edit profile" });
      await edit.waitFor();
      await expect(edit.isDisabled()).resolves.toBe(true);
      await ben.getByText("Read only: owned by Ana. Ask for a handoff to edit.").waitFor();

      // A token above any granted so far is not stale: the refusal is about who holds the lock.
      const refused = await benContext.request.patch(`/api/customers/${customerId}/profile`, {
        headers: { Origin: baseURL },
        data: { lockToken: 999_999, note: "Trying without ownership", changes: { preferredContactTime: "Mornings" } },
      });
      expect(refused.status()).toBe(409);
      expect(await refused.json()).toMatchObject({ error: { code: "LOCK_HELD" } });
    });

    it("shows Ana's profile edit on Ben's open profile as the room sends it, without fetching the profile again", async () => {
      const profilePath = `/api/customers/${customerId}`;
      const benGets = countGets(ben, profilePath);
      const anaGets = countGets(ana, profilePath);
      const value = `Weekdays after 6 pm (${viewport})`;
      await ana.getByRole("tab", { name: "Profile" }).click();
      await ana.getByRole("button", { name: "Edit profile" }).click();
      await ana.getByLabel("Preferred contact time").fill(value);
      await ana.getByLabel("Note (required)").fill("Customer asked for evening calls");
      await ana.getByRole("button", { name: "Save changes" }).click();
      await ben.getByRole("tabpanel").getByText(value).waitFor();
      await ana.getByRole("tabpanel").getByText(value).waitFor();
      benGets.stop();
      anaGets.stop();
      expect(benGets.urls).toEqual([]);
      expect(anaGets.urls).toEqual([]);
    });

    it("shows Ana's note on Ben's notes tab within a second, without a reload or fetching the notes again", async () => {
      const listed = ben.waitForResponse((r) => new URL(r.url()).pathname === `/api/customers/${customerId}/notes`);
      await ben.getByRole("tab", { name: "Notes" }).click();
      expect((await listed).status()).toBe(200);
      const notes = ben.getByRole("list", { name: "Notes, newest first" });
      await notes.getByText("Customer asked for evening calls").first().waitFor();
      const text = `Promised payment Friday (${viewport})`;
      const navigations: string[] = [];
      ben.on("framenavigated", (frame) => frame === ben.mainFrame() && navigations.push(frame.url()));
      const noteGets = countGets(ben, `/api/customers/${customerId}/notes`);
      await addNote(ana, text);
      await notes.getByText(text).first().waitFor({ timeout: 1_000 });
      noteGets.stop();
      expect(navigations).toEqual([]);
      expect(noteGets.urls).toEqual([]);
    });

    it("lets Ana release, and then Ben take ownership; Ben's notes tab fetches nothing for it", async () => {
      // Ownership changes write no note, so the notes list Ben has open has nothing to fetch.
      const noteGets = countGets(ben, `/api/customers/${customerId}/notes`);
      await ownershipBar(ana).getByRole("button", { name: "Release" }).click();
      await ownershipBar(ben).getByText("Available").waitFor();
      await ownershipBar(ben).getByRole("button", { name: "Take ownership" }).click();
      await ownershipBar(ben).getByText("You own this").waitFor();
      await ownershipBar(ana)
        .getByText(/Owned by Ben/)
        .waitFor();
      // Ana released on purpose: no "you lost ownership" notice for her.
      await expect(ana.getByRole("alert").filter({ hasText: "ownership" }).count()).resolves.toBe(0);
      await ownershipBar(ben).getByRole("button", { name: "Release" }).click();
      await ownershipBar(ana).getByText("Available").waitFor();
      noteGets.stop();
      expect(noteGets.urls).toEqual([]);
    });
  });
}

describe("a phone that drops off the network for less than the grace period", () => {
  it("keeps ownership, and sends the note written offline exactly once", async () => {
    const anaContext = await rep("rep.ana@tandem.test", "phone");
    const ana = await openCustomer(anaContext, "cus_0004", "?tab=notes");
    const ben = await openCustomer(await rep("rep.ben@tandem.test", "desktop"), "cus_0004");
    await ownershipBar(ana).getByRole("button", { name: "Take ownership" }).click();
    await ownershipBar(ana).getByText("You own this").waitFor();

    await anaContext.setOffline(true);
    await ana.getByText("You are offline.").waitFor();
    // The room has noticed: Ben sees Ana's ownership counting down through its grace period.
    await ownershipBar(ben)
      .getByText(/disconnected, ends in \d:\d\d/)
      .waitFor();

    const text = "Customer will call back after payday (written offline)";
    await ana.getByRole("button", { name: "Add note" }).first().click();
    const dialog = ana.getByRole("dialog", { name: "Add a note" });
    await dialog.getByLabel("Note").fill(text);
    await dialog.getByRole("button", { name: "Save note" }).click();
    await ana.getByText("Waiting for the connection; sent automatically").waitFor();
    await ana.getByText("1 note is waiting to be sent.").waitFor();

    await anaContext.setOffline(false);
    await waitLive(ana);
    await ana.getByText("Reconnected. The screen is up to date.").waitFor();
    await ownershipBar(ana).getByText("You own this").waitFor();
    await ownershipBar(ben)
      .getByText(/Owned by Ana \(phone\)/)
      .waitFor();
    await expect(
      ownershipBar(ben)
        .getByText(/ends in/)
        .count(),
    ).resolves.toBe(0);

    await ben.getByText(text).first().waitFor();
    await ana.getByRole("listitem").filter({ hasText: text }).first().waitFor();
    await expect(ana.getByText("Waiting for the connection; sent automatically").count()).resolves.toBe(0);
    expect(await notesWithText(anaContext, "cus_0004", text)).toBe(1);
    await expect(
      ana
        .getByRole("alert")
        .filter({ hasText: /ownership/i })
        .count(),
    ).resolves.toBe(0);
  });
});
