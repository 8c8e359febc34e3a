// Per-request variables of the Tandem Worker. The bindings (`Env`) are generated from wrangler.toml
// by `npm run types` (worker-configuration.d.ts) plus the settings in secrets.d.ts, and shared with
// the rooms without either importing the other.
import type { Actor } from "../core/domain/actor";
import type { MerchantUser } from "../core/domain/merchant-user";
import type { Database } from "../db/client";

export interface AppEnv {
  Bindings: Env;
  Variables: {
    requestId: string;
    db: Database;
    actor: Actor;
    /** A merchant portal request's signed-in user (middleware/merchant-session.ts); never set with `actor`. */
    merchantUser: MerchantUser;
  };
}
