// The Hono app: middleware order, one sub-app per resource, rooms and static assets.
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { AppError } from "../core/protocol/errors";
import type { AppEnv } from "./env";
import { errorResponse, handleError, handleNotFound } from "./middleware/errors";
import { originCheck } from "./middleware/origin-check";
import { requestId } from "./middleware/request-id";
import { securityHeaders } from "./middleware/security-headers";
import { database, requireActor } from "./middleware/session";
import { adminRoutes } from "./routes/admin";
import { authRoutes } from "./routes/auth";
import { callListRoutes } from "./routes/call-list";
import { callbackRoutes } from "./routes/callbacks";
import { campaignRoutes } from "./routes/campaigns";
import { complianceRoutes } from "./routes/compliance";
import { customerCallbackRoutes } from "./routes/customer-callbacks";
import { customerLoyaltyRoutes } from "./routes/customer-loyalty";
import { customerNoteRoutes } from "./routes/customer-notes";
import { customerProductRoutes } from "./routes/customer-products";
import { customerSyncRoutes } from "./routes/customer-sync";
import { customerRoutes } from "./routes/customers";
import { dashboardRoutes } from "./routes/dashboard";
import { deskTicketRoutes } from "./routes/desk-tickets";
import { devOutboxRoutes } from "./routes/dev-outbox";
import { emailInboundRoutes } from "./routes/email-inbound";
import { faqRoutes } from "./routes/faq";
import { healthRoutes } from "./routes/health";
import { integrationInboundRoutes } from "./routes/integration-inbound";
import { integrationRoutes } from "./routes/integrations";
import { loyaltyConnectorRoutes } from "./routes/loyalty-connector";
import { meRoutes } from "./routes/me";
import { merchantEndpointRoutes } from "./routes/merchant-endpoints";
import { merchantMoneyRoutes } from "./routes/merchant-money";
import { merchantPortalUserRoutes } from "./routes/merchant-portal-users";
import { merchantRoutes } from "./routes/merchants";
import { monitorRoutes } from "./routes/monitor";
import { monitorSettingsRoutes } from "./routes/monitor-settings";
import { monitorStepRoutes } from "./routes/monitor-steps";
import { monitorTrainingRoutes } from "./routes/monitor-training";
import { oidcRoutes } from "./routes/oidc";
import { orderRoutes } from "./routes/orders";
import { partyRoutes } from "./routes/parties";
import { merchantPlanChangeRoutes, planChangeBoardRoutes } from "./routes/plan-changes";
import { decisionModelRoutes, planRoutes } from "./routes/plans";
import { portalRoutes } from "./routes/portal";
import { portalAuthRoutes } from "./routes/portal-auth";
import { portalTicketRoutes } from "./routes/portal-tickets";
import { publicAgreementRoutes } from "./routes/public-agreements";
import { publicEndpointRoutes } from "./routes/public-endpoints";
import { voiceWebhookRoutes } from "./routes/voice";
import { voiceCallRoutes } from "./routes/voice-calls";
import { serveWebApp } from "./web-app";

export const MAX_BODY_BYTES = 64 * 1024;

export function createApp() {
  const app = new Hono<AppEnv>();
  app.onError(handleError);
  app.notFound(handleNotFound);
  app.use(requestId, securityHeaders);

  // Back ends' signed events: before the app's body limit and session (their own limit counts the
  // refusal against the endpoint; the HMAC is the credential). routes/integration-inbound.ts.
  app.route("/api/integrations", integrationInboundRoutes);
  // The mail provider's inbound emails (issue 16): signed, its own body limit (routes/email-inbound.ts).
  app.route("/api/email", emailInboundRoutes);

  // No request body past 64 KB reaches a handler (the public signing POST included): 413, typed.
  app.use(
    "/api/*",
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => errorResponse(c, new AppError("PAYLOAD_TOO_LARGE", `Request bodies are limited to ${MAX_BODY_BYTES / 1024} KB`)),
    }),
  );
  app.use("/api/*", database, originCheck);
  // Public: everything registered before requireActor answers without a session.
  app.route("/api/health", healthRoutes);
  app.route("/api/auth", authRoutes);
  app.route("/api/auth/oidc", oidcRoutes);
  // A client's signing link: no staff session; the token is the credential (routes/public-agreements.ts).
  app.route("/api/public/agreements", publicAgreementRoutes);
  // A merchant's integration calling its endpoint: the endpoint's key is the credential (routes/public-endpoints.ts).
  app.route("/api/public/endpoints", publicEndpointRoutes);
  // The phone line's webhooks: no session; the voice provider's signature is the credential (routes/voice.ts).
  app.route("/api/voice", voiceWebhookRoutes);
  // Dev mode only: the messages the demo "sent" to customers (404 otherwise).
  app.route("/api/dev/outbox", devOutboxRoutes);
  // The loyalty platform's events: no session; each request is signed (routes/loyalty-connector.ts).
  app.route("/api/connectors/loyalty", loyaltyConnectorRoutes);
  // The merchant portal: its own cookie (middleware/merchant-session.ts), never a staff session's.
  // /session and /auth/* are public; every other portal route (tickets too) runs requireMerchantUser itself.
  app.route("/api/portal", portalAuthRoutes);
  app.route("/api/portal", portalRoutes);
  // The portal's help center (issue 16, h/desk): tickets of the user's own merchant (routes/portal-tickets.ts).
  app.route("/api/portal/tickets", portalTicketRoutes);
  app.use("/api/*", requireActor);
  app.route("/api/me", meRoutes);
  app.route("/api/customers", customerRoutes);
  app.route("/api/customers", customerNoteRoutes);
  app.route("/api/customers", customerProductRoutes);
  app.route("/api/customers", customerLoyaltyRoutes);
  app.route("/api/campaigns", campaignRoutes);
  app.route("/api/customers", customerSyncRoutes);
  app.route("/api/customers", customerCallbackRoutes);
  app.route("/api/orders", orderRoutes);
  app.route("/api/call-list", callListRoutes);
  app.route("/api/callbacks", callbackRoutes);
  app.route("/api/admin", adminRoutes);
  app.route("/api/compliance", complianceRoutes);
  app.route("/api/dashboard", dashboardRoutes);
  app.route("/api/integrations", integrationRoutes);
  // Merchants: the list and profile check merchant.read for all of /api/merchants; the others add their own.
  app.route("/api/merchants", merchantRoutes);
  app.route("/api/merchants", merchantEndpointRoutes);
  app.route("/api/merchants", merchantMoneyRoutes);
  app.route("/api/merchants", merchantPlanChangeRoutes);
  app.route("/api/merchants", merchantPortalUserRoutes);
  app.route("/api/plan-changes", planChangeBoardRoutes);
  app.route("/api/plans", planRoutes);
  app.route("/api/decision-models", decisionModelRoutes);
  app.route("/api/faq", faqRoutes);
  app.route("/api/voice", voiceCallRoutes);
  // The process monitor: each route checks its own permission (directors, leads, or the reps measured).
  app.route("/api/monitor", monitorRoutes);
  app.route("/api/monitor", monitorSettingsRoutes);
  app.route("/api/monitor", monitorTrainingRoutes);
  app.route("/api/monitor", monitorStepRoutes);
  // The service desk (issue 16): the queue, counters and tickets; each change through the ticket's room.
  app.route("/api/desk", deskTicketRoutes);
  app.all("/api/*", handleNotFound);

  app.route("/parties", partyRoutes);

  // The web app; a page load is primed with its screen's code and first answers (web-app.ts).
  app.get("*", (c) => serveWebApp(c, async (request) => app.fetch(request, c.env, c.executionCtx)));
  return app;
}
