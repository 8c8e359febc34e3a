// GET /api/health: the Worker is up and its database answers. It is public, so it says nothing else
// (no auth mode, no database kind, no timings) that would help someone probing a deployment.
import { Hono } from "hono";
import type { Health } from "../../core/protocol/auth-answers";
import { pingDatabase } from "../../db/repositories/health";
import type { AppEnv } from "../env";

export const healthRoutes = new Hono<AppEnv>().get("/", async (c) => {
  await pingDatabase(c.var.db);
  return c.json<Health>({ ok: true, service: "tandem", time: new Date().toISOString() });
});
