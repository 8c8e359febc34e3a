// GET /api/health: liveness plus a round trip to the database.
import { Hono } from "hono";
import type { Health } from "../../core/protocol/auth-answers";
import { pingDatabase } from "../../db/repositories/health";
import type { AppEnv } from "../env";

export const healthRoutes = new Hono<AppEnv>().get("/", async (c) => {
  const started = Date.now();
  await pingDatabase(c.var.db);
  return c.json<Health>({
    ok: true,
    service: "tandem",
    database: c.env.LIBSQL_URL ? "libsql" : "d1",
    databaseMs: Date.now() - started,
    authMode: c.env.AUTH_MODE,
    time: new Date().toISOString(),
  });
});
