// A real OpenID provider (oidc-provider) on loopback for the SSO end-to-end tests. Its login
// form accepts any login: "<email>" or "<email>|<group>|<group>...", e.g.
// "new.sso@tandem.test|tandem:role:senior_rep|tandem:team:West"; the email and groups become claims.
import type { Server } from "node:http";
import Provider from "oidc-provider";

export const E2E_OIDC_CLIENT = { id: "tandem-e2e", secret: "e2e-client-secret-not-for-production" };
export const E2E_OIDC_SCOPES = "openid email profile groups";

function claimsFor(accountId: string) {
  const [email = "", ...groups] = accountId.split("|");
  return {
    sub: accountId,
    email,
    email_verified: true,
    name: email.split("@")[0],
    ...(groups.length > 0 ? { groups } : {}),
  };
}

export async function startOidcProvider(port: number, redirectUri: string): Promise<{ issuer: string; close: () => Promise<void> }> {
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: E2E_OIDC_CLIENT.id,
        client_secret: E2E_OIDC_CLIENT.secret,
        redirect_uris: [redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    scopes: ["openid", "email", "profile", "groups"],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"], groups: ["groups"] },
    // Put the requested claims in the ID token itself, as most enterprise IdPs do.
    conformIdTokenClaims: false,
    findAccount: async (_ctx, id) => ({ accountId: id, claims: async () => claimsFor(id) }),
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ["e2e-cookie-key"] },
  });
  const server: Server = await new Promise((resolve) => {
    const s = provider.listen(port, "127.0.0.1", () => resolve(s));
  });
  return {
    issuer,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
