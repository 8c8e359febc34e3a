// The merchant portal's own data (/api/portal/*): every route needs a portal session
// (requireMerchantUser) and reads only the signed-in user's merchant. Tickets are in portal-tickets.ts.
import { Hono } from "hono";
import type { PortalMe } from "../../core/protocol/portal-answers";
import type { AppEnv } from "../env";
import { requireMerchantUser } from "../middleware/merchant-session";
import { presentPortalMe } from "../portal-presenters";

export const portalRoutes = new Hono<AppEnv>().get("/me", requireMerchantUser, async (c) => {
  return c.json<PortalMe>(await presentPortalMe(c.var.db, c.var.merchantUser));
});
