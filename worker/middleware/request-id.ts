// Gives every request an id, echoed in X-Request-Id and in error bodies' logs.
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../env";

export const requestId = createMiddleware<AppEnv>(async (c, next) => {
  const incoming = c.req.header("X-Request-Id");
  const id = incoming && /^[\w-]{8,64}$/.test(incoming) ? incoming : crypto.randomUUID();
  c.set("requestId", id);
  await next();
  if (c.res.status !== 101) c.header("X-Request-Id", id);
});
