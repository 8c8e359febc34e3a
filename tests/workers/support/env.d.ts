// Types of the bindings the workers tests see through `cloudflare:test`: the Worker's own (generated
// from wrangler.toml into worker/worker-configuration.d.ts, plus worker/secrets.d.ts), and the test's.
import type { D1Migration } from "cloudflare:test";

declare global {
  namespace Cloudflare {
    interface Env {
      /** Set by vitest.config.ts for the setup file only. */
      TEST_MIGRATIONS?: D1Migration[];
    }
  }
}
