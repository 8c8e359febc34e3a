// Types of the bindings the workers tests see through `cloudflare:test`.
import type { D1Migration } from "cloudflare:test";
import type { Env as WorkerEnv } from "../../../worker/env";

declare global {
  namespace Cloudflare {
    interface Env extends WorkerEnv {
      /** Set by vitest.config.ts for the setup file only. */
      TEST_MIGRATIONS?: D1Migration[];
    }
  }
}
