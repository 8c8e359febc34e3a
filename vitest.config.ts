// Three test layers: unit (Node), workers (inside workerd), e2e (Chromium against wrangler dev).
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

const migrations = await readD1Migrations("db/migrations");
// wrangler.toml is production (single sign-on only); the tests run as local development does,
// with dev sign-in on (the Worker still allows it only on a loopback host, as the tests' origin is).
const LOCAL_DEV = { AUTH_MODE: "dev" };

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        plugins: [
          cloudflareTest({
            wrangler: { configPath: "./wrangler.toml" },
            miniflare: { bindings: { ...LOCAL_DEV, TEST_MIGRATIONS: migrations } },
          }),
        ],
        test: {
          name: "workers",
          include: ["tests/workers/**/*.test.ts"],
          exclude: ["tests/workers/clock/**"],
          setupFiles: ["tests/workers/support/apply-migrations.ts"],
          testTimeout: 30_000,
        },
      },
      {
        // The same Worker with lock timings cut to fractions of a second, so expiry, grace and
        // idle release run through real alarms in a test's lifetime.
        plugins: [
          cloudflareTest({
            wrangler: { configPath: "./wrangler.toml" },
            miniflare: {
              bindings: {
                ...LOCAL_DEV,
                TEST_MIGRATIONS: migrations,
                LOCK_TTL_MS: "600",
                LOCK_GRACE_MS: "1500",
                LOCK_IDLE_WARN_MS: "60000",
                LOCK_IDLE_RELEASE_MS: "90000",
              },
            },
          }),
        ],
        test: {
          name: "workers-clock",
          include: ["tests/workers/clock/**/*.test.ts"],
          setupFiles: ["tests/workers/support/apply-migrations.ts"],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/e2e/support/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
