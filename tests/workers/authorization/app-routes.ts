// Everything the app registers, as Hono lists it, so the matrix can prove it covers all of it.
// Endpoints are the handlers, `app.all` fallbacks included ("ALL /api/*"); middleware (a handler
// that takes `next`, which is how Hono itself tells them apart) is listed apart.
import type { Env, Hono } from "hono";
import { inspectRoutes } from "hono/dev";

export interface RegisteredRoutes {
  /** "METHOD /path" of every handler, once each. */
  endpoints: string[];
  /** "ALL /path" of every `use` mount, once each. */
  mounts: string[];
  /** "METHOD /path" of middleware bound to one method (validators): each must sit on an endpoint. */
  routeMiddleware: string[];
}

export function registeredRoutes<E extends Env>(app: Hono<E>): RegisteredRoutes {
  const routes = inspectRoutes(app);
  const keys = (list: typeof routes) => [...new Set(list.map((r) => `${r.method} ${r.path}`))];
  return {
    endpoints: keys(routes.filter((r) => !r.isMiddleware)),
    mounts: keys(routes.filter((r) => r.isMiddleware && r.method === "ALL")),
    routeMiddleware: keys(routes.filter((r) => r.isMiddleware && r.method !== "ALL")),
  };
}
