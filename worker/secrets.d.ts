// Settings `wrangler types` cannot see (secrets, and optional vars not in wrangler.toml), merged into
// the generated Env (worker-configuration.d.ts, `npm run types`), which rooms and routes share.

interface TandemSettings {
  /** When set, libSQL/Turso is the system of record instead of D1. */
  LIBSQL_URL?: string;
  LIBSQL_AUTH_TOKEN?: string;
  /** Extra origins allowed to call the API and open rooms, comma-separated. */
  ALLOWED_ORIGINS?: string;
  OIDC_ISSUER?: string;
  OIDC_CLIENT_ID?: string;
  OIDC_CLIENT_SECRET?: string;
  /** Scopes to ask for; default "openid email profile" (add e.g. "groups" where the provider has it). */
  OIDC_SCOPES?: string;
  /** Key of the audit log's HMAC chains and checkpoints (a Worker secret). Dev mode falls back to a published dev key. */
  AUDIT_HMAC_KEY?: string;
  /** Who sends customers their signing links and codes: "dev-outbox" (dev mode only, the default there). */
  MESSENGER?: string;
  /** Who sends email (portal sign-in, invitations, tickets): "dev-outbox" (dev mode only, its default), "cloudflare-email", "http". */
  MAILER?: string;
  /** The sender of Tandem's email, e.g. "Tandem <support@example.com>". */
  MAIL_FROM?: string;
  /** MAILER=cloudflare-email: the send_email binding. */
  SEND_EMAIL?: SendEmail;
  /** MAILER=http: the mail API's endpoint and its key (a Worker secret). */
  MAIL_API_URL?: string;
  MAIL_API_KEY?: string;
  /** Sockets one person may have in one room (default 8) and a room in all (default 500). */
  ROOM_SOCKETS_PER_PERSON?: string;
  ROOM_SOCKETS_PER_ROOM?: string;
  /** Which one-time card issuer the rooms use (party/issuers/index.ts). */
  CARD_ISSUER?: string;
  /** The loyalty platform's signing secrets, "org_id:secret,..." (a Worker secret); dev mode falls back to published dev secrets. */
  LOYALTY_WEBHOOK_SECRETS?: string;
  /** Where the demo's back-end simulator listens (`npm start` sets it); endpoints with connector "simulator" send there. */
  SIMULATOR_URL?: string;
  /** Integration endpoints' shared HMAC keys are Worker secrets named INTEGRATION_SECRET_<NAME> (the row names one). */
  [integrationSecret: `INTEGRATION_SECRET_${string}`]: string | undefined;
  /** The voice provider's auth token: it signs every webhook (a Worker secret). Dev mode falls back to a published dev token. */
  VOICE_AUTH_TOKEN?: string;
  /** The public origin the provider calls, when a proxy stands between (the signature covers the URL). */
  VOICE_PUBLIC_URL?: string;
  /** Where transferred callers go: a number to <Dial>, else the <Enqueue> queue VOICE_QUEUE (default "reps"). */
  VOICE_TRANSFER_NUMBER?: string;
  VOICE_QUEUE?: string;
  /**
   * The service desk's SLA table scaled down (a fraction, e.g. "0.0014"): set ONLY by the end-to-end
   * tests' server so a ticket lapses within the test; production runs the table as written (1).
   */
  TICKET_SLA_SCALE?: string;
  /** The inbound email webhook's HMAC secret (a Worker secret); dev mode falls back to a published dev secret. */
  INBOUND_EMAIL_SECRET?: string;
}

interface Env extends TandemSettings {}
declare namespace Cloudflare {
  interface Env extends TandemSettings {}
}
