// The Hono app: middleware order, one sub-app per resource, rooms and static assets.
import { Hono } from "hono";
import type { AppEnv } from "./env";
import { handleError, handleNotFound } from "./middleware/errors";
import { originCheck } from "./middleware/origin-check";
import { requestId } from "./middleware/request-id";
import { securityHeaders } from "./middleware/security-headers";
import { database, requireActor } from "./middleware/session";
import { adminRoutes } from "./routes/admin";
import { authRoutes } from "./routes/auth";
import { callListRoutes } from "./routes/call-list";
import { complianceRoutes } from "./routes/compliance";
import { customerNoteRoutes } from "./routes/customer-notes";
import { customerRoutes } from "./routes/customers";
import { dashboardRoutes } from "./routes/dashboard";
import { healthRoutes } from "./routes/health";
import { meRoutes } from "./routes/me";
import { oidcRoutes } from "./routes/oidc";
import { partyRoutes } from "./routes/parties";

export function createApp() {
  const app = new Hono<AppEnv>();
  app.onError(handleError);
  app.notFound(handleNotFound);
  app.use(requestId, securityHeaders);

  app.use("/api/*", database, originCheck);
  // Public: everything registered before requireActor answers without a session.
  app.route("/api/health", healthRoutes);
  app.route("/api/auth", authRoutes);
  app.route("/api/auth/oidc", oidcRoutes);
  app.use("/api/*", requireActor);
  app.route("/api/me", meRoutes);
  app.route("/api/customers", customerRoutes);
  app.route("/api/customers", customerNoteRoutes);
  app.route("/api/call-list", callListRoutes);
  app.route("/api/admin", adminRoutes);
  app.route("/api/compliance", complianceRoutes);
  app.route("/api/dashboard", dashboardRoutes);
  app.all("/api/*", handleNotFound);

  app.route("/parties", partyRoutes);

  // The web app; wrangler's single-page-application handling answers index.html for app routes.
  app.get("*", (c) => c.env.ASSETS.fetch(c.req.raw));
  return app;
}
