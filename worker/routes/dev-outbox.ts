// The dev outbox: in the local demo it stands in for the customers' phones and the merchants'
// inboxes (signing links, one-time codes, portal sign-in, ticket mail). It exists only in local
// development (middleware/dev-only.ts); anywhere else it is not found.
import { Hono } from "hono";
import * as v from "valibot";
import type { DevOutbox } from "../../core/protocol/auth-answers";
import { outboxFor } from "../../db/repositories/messages";
import type { AppEnv } from "../env";
import { devOnly } from "../middleware/dev-only";
import { validate } from "../middleware/validate";

const OutboxQuerySchema = v.object({ to: v.optional(v.pipe(v.string(), v.maxLength(200))) });

export const devOutboxRoutes = new Hono<AppEnv>().get("/", devOnly("The dev outbox"), validate("query", OutboxQuerySchema), async (c) => {
  const rows = await outboxFor(c.var.db, c.req.valid("query").to);
  return c.json<DevOutbox>({
    items: rows.map((m) => ({
      id: m.id,
      channel: m.channel,
      to: m.toAddress,
      subject: m.subject,
      text: m.body,
      purpose: m.purpose,
      at: m.createdAt,
      merchantId: m.merchantId,
      replyToken: m.replyToken,
    })),
  });
});
