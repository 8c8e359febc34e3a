import { describe, expect, inject, it } from "vitest";
import { signedInContext } from "./support/browser";
import { closeRoomInPage, openRoomInPage, sendAndWait } from "./support/room-in-page";
import { useBrowser } from "./support/use-browser";

const baseURL = inject("baseURL");
const browser = useBrowser();

describe("search results", () => {
  it("show a teammate taking and releasing an account live, without a refresh", async () => {
    const benContext = await signedInContext(browser(), baseURL, "rep.ben@tandem.test", "phone");
    const ben = await benContext.newPage();
    await ben.goto("/search?q=Maya%20Johnson");
    const row = ben.locator(".result-row", { hasText: "Maya Johnson" });
    await row.waitFor();
    await expect.poll(() => row.textContent()).not.toContain("Owned by");

    const anaContext = await signedInContext(browser(), baseURL, "rep.ana@tandem.test", "desktop");
    const ana = await anaContext.newPage();
    await openRoomInPage(ana, "cus_0001");
    const grantedAt = await sendAndWait(ana, { type: "lock-request" }, "lock-granted");
    await row.getByText("Owned by Ana").waitFor({ timeout: 5_000 });
    expect(Date.now() - grantedAt).toBeLessThan(1_000);

    await sendAndWait(ana, { type: "lock-release" }, "lock-released");
    await closeRoomInPage(ana);
    await row.getByText("Owned by Ana").waitFor({ state: "detached", timeout: 5_000 });
    await anaContext.close();
    await benContext.close();
  });
});
