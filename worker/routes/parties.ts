// WebSocket upgrades to rooms through hono-party: authenticated and origin-checked here,
// before any room sees them; the room receives the verified actor and nothing the client claims.
import { Hono } from "hono";
import { partyserverMiddleware } from "hono-party";
import { AppError } from "../../core/protocol/errors";
import { ACTOR_HEADER } from "../../core/protocol/room";
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
  .use(
    partyserverMiddleware<AppEnv>({
      options: {
        onBeforeConnect: (request, _lobby, c) => {
          // Whatever the client sent in this header is replaced by the verified actor.
          const headers = new Headers(request.headers);
          headers.set(ACTOR_HEADER, JSON.stringify(c.var.actor));
          return new Request(request, { headers });
        },
        // Rooms speak WebSocket only.
        onBeforeRequest: (_request, _lobby, c) => errorResponse(c, new AppError("NOT_FOUND", "Rooms accept WebSocket connections only")),
      },
    }),
  )
  .all("/*", (c) => errorResponse(c, new AppError("NOT_FOUND", "No such room")));
