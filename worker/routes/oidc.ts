// Single sign-on: OpenID Connect authorization code flow with PKCE (oauth4webapi). Works in either
// AUTH_MODE once OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are set.
import { type Context, Hono } from "hono";
import * as oauth from "oauth4webapi";
import * as v from "valibot";
import { IdentityClaimsSchema } from "../../core/domain/sso";
import { revokeSessionsStatement } from "../../db/repositories/admin";
import { createSession } from "../../db/repositories/sessions";
import { bindIdentity } from "../../db/repositories/staff";
import { commitAudited, keepCheckpointing, recordAudit } from "../audit";
import type { AppEnv } from "../env";
import { requestOrigin, setSessionCookie } from "../middleware/session";
import { discover, FLOW_TTL_SECONDS, oidcConfig, readFlow, redirectUri, safeNext, writeFlow } from "../oidc/client";
import { matchStaff } from "../oidc/match";
import { refusalPage } from "../oidc/page";
import { noteSecurityEvent } from "../security-events";
import { closeLiveSockets } from "../session-eviction";

const backToSignIn = (c: Context<AppEnv>, message: string) => c.redirect(`/sign-in?error=${encodeURIComponent(message)}`, 302);

/**
 * A sign-in outcome for a known person goes to their audit stream (an org's domain without a person:
 * the org's stream); one nobody can be named for is a capped security event. False when the caller's
 * address is over the cap (answer 429, keep nothing).
 */
async function auditSignIn(
  c: Context<AppEnv>,
  outcome: "success" | "failure" | "denied",
  who: { orgId: string | null; staffId: string | null; role?: string | null },
  details: Record<string, unknown>,
): Promise<boolean> {
  const origin = requestOrigin(c);
  // Nobody the provider vouched for (no flow, a response that did not validate): noise, kept apart.
  // Someone it did vouch for, of an org's domain but without an account, is that org's business.
  if (!who.staffId && !who.orgId)
    return noteSecurityEvent(c, {
      at: Date.now(),
      kind: `auth.sign_in.${outcome}`,
      ...origin,
      details: { method: "oidc", orgId: who.orgId, ...details },
    });
  await recordAudit(c, {
    orgId: who.orgId,
    at: Date.now(),
    actorId: who.staffId,
    actorRole: who.role ?? null,
    action: "auth.sign_in",
    targetType: "session",
    targetId: null,
    customerId: null,
    outcome,
    ...origin,
    details: { method: "oidc", ...details },
  });
  return true;
}

const tooMany = (c: Context<AppEnv>) =>
  c.html(refusalPage("Too many attempts", "Too many failed sign-ins came from this address.", "Wait a minute, then start again."), 429);

export const oidcRoutes = new Hono<AppEnv>()
  .get("/start", async (c) => {
    const configured = oidcConfig(c.env);
    if (!configured.ok) return backToSignIn(c, configured.reason);
    const { config } = configured;
    const as = await discover(config);
    if (!as.authorization_endpoint) return backToSignIn(c, "The identity provider has no authorization endpoint");
    const flow = {
      state: oauth.generateRandomState(),
      nonce: oauth.generateRandomNonce(),
      verifier: oauth.generateRandomCodeVerifier(),
      next: safeNext(c.req.query("next")),
      exp: Date.now() + FLOW_TTL_SECONDS * 1000,
    };
    await writeFlow(c, config, flow);
    const url = new URL(as.authorization_endpoint);
    url.searchParams.set("client_id", config.client.client_id);
    url.searchParams.set("redirect_uri", redirectUri(c));
    url.searchParams.set("response_type", "code");
    url.searchParams.set("scope", config.scope);
    url.searchParams.set("state", flow.state);
    url.searchParams.set("nonce", flow.nonce);
    url.searchParams.set("code_challenge", await oauth.calculatePKCECodeChallenge(flow.verifier));
    url.searchParams.set("code_challenge_method", "S256");
    return c.redirect(url.href, 302);
  })
  .get("/callback", async (c) => {
    const configured = oidcConfig(c.env);
    if (!configured.ok) return backToSignIn(c, configured.reason);
    const { config } = configured;
    const flow = await readFlow(c, config);
    const nobody = { orgId: null, staffId: null };
    if (!flow) {
      if (!(await auditSignIn(c, "failure", nobody, { reason: "missing or expired sign-in flow" }))) return tooMany(c);
      return c.html(refusalPage("Sign-in expired", "This sign-in link is no longer valid.", "Start again from the sign-in page."), 400);
    }
    const as = await discover(config);
    let claims: v.InferOutput<typeof IdentityClaimsSchema>;
    try {
      const params = oauth.validateAuthResponse(as, config.client, new URL(c.req.url), flow.state);
      const response = await oauth.authorizationCodeGrantRequest(
        as,
        config.client,
        oauth.ClientSecretBasic(config.clientSecret),
        params,
        redirectUri(c),
        flow.verifier,
        config.http,
      );
      const tokens = await oauth.processAuthorizationCodeResponse(as, config.client, response, {
        expectedNonce: flow.nonce,
        requireIdToken: true,
      });
      const parsed = v.safeParse(IdentityClaimsSchema, oauth.getValidatedIdTokenClaims(tokens));
      if (!parsed.success) throw new Error("the ID token's claims are not usable");
      claims = parsed.output;
    } catch (error) {
      const reason =
        error instanceof oauth.AuthorizationResponseError ? `provider answered ${error.error}` : "the sign-in response did not validate";
      if (!(await auditSignIn(c, "failure", nobody, { reason }))) return tooMany(c);
      return c.html(
        refusalPage(
          "Sign-in failed",
          "The identity provider's answer could not be accepted.",
          "Start again; if it keeps failing, contact your administrator.",
          c.var.requestId,
        ),
        400,
      );
    }
    const match = await matchStaff(c.var.db, claims);
    if (!match.ok) {
      const kept = await auditSignIn(
        c,
        "denied",
        { orgId: match.orgId, staffId: match.staffId },
        { reason: match.reason, email: claims.email ?? null },
      );
      if (!kept) return tooMany(c);
      return c.html(
        refusalPage(
          "No Tandem access",
          `You signed in as ${claims.email ?? "an unknown user"}, but Tandem has no active account for you (${match.reason}).`,
          "Ask your Tandem administrator to add you, then sign in again.",
          c.var.requestId,
        ),
        403,
      );
    }
    const { person, changes } = match;
    const now = Date.now();
    const accessChanged = Boolean(changes.role || changes.teamId);
    if (changes.role || changes.teamId || changes.bound) {
      await commitAudited(
        c,
        [
          {
            orgId: person.orgId,
            at: now,
            actorId: person.id,
            actorRole: person.role,
            action: "staff.update",
            targetType: "staff",
            targetId: person.id,
            customerId: null,
            outcome: "success",
            ...requestOrigin(c),
            details: { source: "oidc", changes, sessionsEnded: accessChanged },
          },
        ],
        () => [
          bindIdentity(
            c.var.db,
            person.id,
            { role: changes.role?.to ?? person.role, teamId: changes.teamId?.to ?? person.teamId, oidcSubject: claims.sub },
            now,
          ),
          // Sessions opened under the old role or team end with the change.
          ...(accessChanged ? [revokeSessionsStatement(c.var.db, person.id, now)] : []),
        ],
      );
      if (accessChanged) await closeLiveSockets(c.env, c.var.db, { staffId: person.id, orgId: person.orgId }, "signed-out");
    }
    const session = await createSession(c.var.db, person.id, now, requestOrigin(c));
    await auditSignIn(c, "success", { orgId: person.orgId, staffId: person.id, role: changes.role?.to ?? person.role }, {});
    setSessionCookie(c, session.token, session.expiresAt);
    keepCheckpointing(c, person.orgId);
    return c.redirect(flow.next, 302);
  });
