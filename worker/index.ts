// Worker entry: the Hono app, the Cron Trigger's work, and the Durable Object classes wrangler binds.
import { createApp } from "./app";
import { runScheduled } from "./scheduled";

export { AuditAnchor } from "../party/audit-anchor";
export { CustomerRoom } from "../party/customer-room";
export { FloorRoom } from "../party/floor-room";
export { MerchantRoom } from "../party/merchant-room";

const app = createApp();

export default {
  fetch: app.fetch,
  scheduled(controller: ScheduledController, env: Env, ctx: ExecutionContext): void {
    ctx.waitUntil(runScheduled(env, controller.scheduledTime));
  },
} satisfies ExportedHandler<Env>;
