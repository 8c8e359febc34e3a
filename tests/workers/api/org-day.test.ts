// "Today" is the org's day: the call list ends at midnight on the org's wall clock (New York for
// Northwind, Los Angeles for Harbor), not at UTC's midnight or the browser's. The check reads the
// answer with the runtime's own calendar, not with the code under test.
import { beforeAll, describe, expect, it } from "vitest";
import { seedSmall, signIn } from "../support/http";
import { get } from "../support/json";

let ana: string;
let zoe: string;

beforeAll(async () => {
  await seedSmall(20);
  [ana, zoe] = await Promise.all([signIn("rep.ana@tandem.test"), signIn("rep.zoe@harbor.test")]);
});

const wallClock = (ms: number, timeZone: string) =>
  new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(ms);

describe("the org's day", () => {
  it.each([
    ["Northwind", () => ana, "America/New_York"],
    ["Harbor", () => zoe, "America/Los_Angeles"],
  ])("ends %s's call list at midnight in its own zone, within the next day", async (_org, cookie, zone) => {
    const now = Date.now();
    const list = await get<{ until: number }>("/api/call-list", cookie());
    expect(wallClock(list.body.until, zone)).toBe("00:00");
    expect(list.body.until).toBeGreaterThan(now);
    expect(list.body.until - now).toBeLessThanOrEqual(25 * 3_600_000);
  });

  it("tells the web app the org's zone", async () => {
    expect((await get<{ org: { timeZone: string } }>("/api/me", ana)).body.org.timeZone).toBe("America/New_York");
    expect((await get<{ org: { timeZone: string } }>("/api/me", zoe)).body.org.timeZone).toBe("America/Los_Angeles");
  });
});
