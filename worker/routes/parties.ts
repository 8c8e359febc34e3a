// WebSocket upgrades to rooms: authenticated and origin-checked here, before any room sees them.
import { Hono } from "hono";
import { routePartykitRequest } from "partyserver";
import { AppError } from "../../core/protocol/errors";
import { ACTOR_HEADER } from "../../party/room/connection";
import type { AppEnv } from "../env";
import { errorResponse } from "../middleware/errors";
import { originRefusal } from "../middleware/origin-check";
import { database, requireActor } from "../middleware/session";

export const partyRoutes = new Hono<AppEnv>()
  .use(database, async (c, next) => {
    const refusal = originRefusal(c);
    if (refusal) return errorResponse(c, refusal);
    await next();
  })
  .use(requireActor)
  .all("/*", async (c) => {
    // Whatever the client sent in this header is replaced by the verified actor.
    const headers = new Headers(c.req.raw.headers);
    headers.set(ACTOR_HEADER, JSON.stringify(c.var.actor));
    const request = new Request(c.req.raw, { headers });
    const response = await routePartykitRequest(request, c.env);
    if (!response) throw new AppError("NOT_FOUND", "No such room");
    return response;
  });
