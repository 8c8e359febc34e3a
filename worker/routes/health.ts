// GET /api/health: liveness plus a round trip to the database.

import { sql } from "drizzle-orm";
import { Hono } from "hono";
import type { Health } from "../../core/protocol/auth-answers";
import type { AppEnv } from "../env";

export const healthRoutes = new Hono<AppEnv>().get("/", async (c) => {
  const started = Date.now();
  await c.var.db.run(sql`SELECT 1`);
  return c.json<Health>({
    ok: true,
    service: "tandem",
    database: c.env.LIBSQL_URL ? "libsql" : "d1",
    databaseMs: Date.now() - started,
    authMode: c.env.AUTH_MODE,
    time: new Date().toISOString(),
  });
});
