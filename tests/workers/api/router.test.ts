// The app's routes are matched by Hono's regular-expression router, not its slower trie: the public
// webhooks whose first segment is a parameter (which RegExpRouter cannot table beside static names)
// have a router of their own (worker/router.ts). A new route shape that makes Hono fall back fails
// here; the webhooks and the routes beside them still answer as they did.
import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../worker/app";
import { WebhookSplitRouter } from "../../../worker/router";
import { seedSmall, signIn } from "../support/http";

const app = createApp();
const ORIGIN = "http://localhost";

beforeAll(() => seedSmall(3));

describe("the app's router", () => {
  it("matches every route but the parameter-first webhooks with RegExpRouter", async () => {
    expect((await app.request(`${ORIGIN}/api/health`, {}, env)).status).toBe(200);
    expect(app.router).toBeInstanceOf(WebhookSplitRouter);
    expect((app.router as WebhookSplitRouter<unknown>).main.activeRouter.name).toBe("RegExpRouter");
  });

  it("the webhooks and the static routes beside them each reach their own handler", async () => {
    const post = async (path: string, headers: Record<string, string> = {}) => {
      const ctx = createExecutionContext();
      const response = await app.request(
        `${ORIGIN}${path}`,
        { method: "POST", headers: { Origin: ORIGIN, ...headers }, body: "{}" },
        env,
        ctx,
      );
      await waitOnExecutionContext(ctx);
      return response;
    };
    // The inbound door: an unsigned event is refused by the door itself (typed, counted), not by the session check.
    const door = await post("/api/integrations/ie_northwind_orders/events");
    expect(door.status).toBe(401);
    expect(((await door.json()) as { error: { details: { reason: string } } }).error.details.reason).toBe("missing_timestamp");
    // Beside it, a staff route of the same shape still wants a session.
    expect((await post("/api/integrations/endpoints/ie_northwind_orders/test-event")).status).toBe(401);
    const engineer = await signIn("engineering@tandem.test");
    expect((await post("/api/integrations/endpoints/ie_northwind_orders/test-event", { Cookie: engineer })).status).toBe(201);
    // The phone line's webhook: unsigned is refused as forged (403), not as unauthenticated.
    expect((await post("/api/voice/northwind/incoming")).status).toBe(403);
    expect((await post("/api/voice/calls/vcl_nobody/take")).status).toBe(401);
  });
});
