// The dev outbox: in the local demo it stands in for the customers' phones and inboxes (signing
// links, one-time codes). It exists only in dev mode; anywhere else it is not found.
import { Hono } from "hono";
import * as v from "valibot";
import type { DevOutbox } from "../../core/protocol/auth-answers";
import { AppError } from "../../core/protocol/errors";
import { outboxFor } from "../../db/repositories/messages";
import type { AppEnv } from "../env";
import { validate } from "../middleware/validate";

const OutboxQuerySchema = v.object({ to: v.optional(v.pipe(v.string(), v.maxLength(200))) });

export const devOutboxRoutes = new Hono<AppEnv>().get("/", validate("query", OutboxQuerySchema), async (c) => {
  if (c.env.AUTH_MODE !== "dev") throw new AppError("NOT_FOUND", "The dev outbox exists only in dev mode");
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
    })),
  });
});
