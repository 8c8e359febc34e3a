// The cron's portal sweep, through the Worker's `scheduled` handler: merchant sessions that can never
// be used again and sign-in failures past the 15-minute window leave; live ones stay; a second run
// changes nothing.
import { createExecutionContext, createScheduledController, env, waitOnExecutionContext } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { createDatabase } from "../../../db/client";
import { createMerchantSession, noteSignInFailure, resolveMerchantSession } from "../../../db/repositories/merchant-users";
import worker from "../../../worker/index";
import { seedSmall } from "../support/http";

const db = createDatabase({ DB: env.DB });
const MIN = 60_000;
const NOW = Date.UTC(2031, 0, 15, 12, 0, 0);
const origin = { ip: null, userAgent: null };

async function runCron(scheduledTime: number): Promise<void> {
  const ctx = createExecutionContext();
  worker.scheduled(createScheduledController({ scheduledTime, cron: "*/5 * * * *" }), env, ctx);
  await waitOnExecutionContext(ctx);
}

const count = async (table: string) => (await env.DB.prepare(`SELECT count(*) AS n FROM ${table}`).first<{ n: number }>())?.n ?? 0;

beforeAll(() => seedSmall());

describe("the portal-sessions job", () => {
  it("deletes ended sessions and old failures, keeps live ones, and is idempotent", async () => {
    const live = await createMerchantSession(db, "mus_0001_owner", NOW - 10 * MIN, origin);
    await createMerchantSession(db, "mus_0001_owner", NOW - 3 * 60 * MIN, origin); // idle for 3 h: ended 2 h ago
    await createMerchantSession(db, "mus_0002_owner", NOW - 13 * 60 * MIN, origin); // past 12 h, idle too
    await noteSignInFailure(db, "mus_0001_owner", "203.0.113.5", NOW - 20 * MIN);
    await noteSignInFailure(db, "mus_0001_owner", "203.0.113.5", NOW - 5 * MIN);
    expect(await count("merchant_sessions")).toBe(3);
    await runCron(NOW);
    expect(await count("merchant_sessions")).toBe(1);
    expect(await count("merchant_sign_in_failures")).toBe(1);
    expect(await resolveMerchantSession(db, live.token, NOW)).toMatchObject({ id: "mus_0001_owner", merchantId: "mer_0001" });
    await runCron(NOW);
    expect(await count("merchant_sessions")).toBe(1);
    expect(await count("merchant_sign_in_failures")).toBe(1);
  });
});
