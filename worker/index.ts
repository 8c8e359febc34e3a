// Worker entry: the Hono app, the Cron Trigger's work, the integration queues' consumer, and the
// Durable Object classes wrangler binds.
import { createApp } from "./app";
import { handleQueue } from "./integrations/queue";
import { runScheduled } from "./scheduled";

export { AuditAnchor } from "../party/audit-anchor";
export { CustomerRoom } from "../party/customer-room";
export { DeskRoom } from "../party/desk-room";
export { FloorRoom } from "../party/floor-room";
export { MerchantRoom } from "../party/merchant-room";
export { TicketRoom } from "./ticket-room";

const app = createApp();

export default {
  fetch: app.fetch,
  scheduled(controller: ScheduledController, env: Env, ctx: ExecutionContext): void {
    ctx.waitUntil(runScheduled(env, controller.scheduledTime));
  },
  queue(batch: MessageBatch<unknown>, env: Env): Promise<void> {
    return handleQueue(batch, env);
  },
} satisfies ExportedHandler<Env>;
