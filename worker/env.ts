// Bindings and per-request variables of the Tandem Worker.
import type { Actor } from "../core/domain/actor";
import type { Database } from "../db/client";
import type { AuditAnchor } from "../party/audit-anchor";
import type { CustomerRoom } from "../party/customer-room";
import type { FloorRoom } from "../party/floor-room";

export interface Env {
  DB: D1Database;
  ASSETS: Fetcher;
  CustomerRoom: DurableObjectNamespace<CustomerRoom>;
  FloorRoom: DurableObjectNamespace<FloorRoom>;
  AuditAnchor: DurableObjectNamespace<AuditAnchor>;
  /** "dev" (local default): seeded staff sign in by email. "oidc": single sign-on. */
  AUTH_MODE: string;
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
}

export interface AppEnv {
  Bindings: Env;
  Variables: {
    requestId: string;
    db: Database;
    actor: Actor;
  };
}
