// Three test layers: unit (Node), workers (inside workerd), e2e (Chromium against wrangler dev).
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

const migrations = await readD1Migrations("db/migrations");
// wrangler.toml is production (single sign-on only); the tests run as local development does,
// with dev sign-in on (the Worker still allows it only on a loopback host, as the tests' origin is).
const LOCAL_DEV = { AUTH_MODE: "dev" };

// A back end's receiving end for the workers tests, outside workerd: miniflare's outbound service
// answers every fetch the Worker makes (only http://receiver.test; anything else is refused). It dedupes by
// `Idempotency-Key`, as a back end must, and counts every delivery, so a test sees both how often
// Tandem sent and how often the change took effect. The path sets its behaviour:
//   /down/...      answers 503 and keeps nothing (a back end that is down)
//   /reject/...    answers 422 and keeps nothing (a change the back end will never take)
//   /flaky-N/...   keeps the change, then answers 503 to the first N deliveries of each key (the answer lost)
//   anything else  keeps the change and answers 200
// GET http://receiver.test/_seen?key=<id> answers { deliveries, applied, bodies } for one key.

interface Seen {
  deliveries: number;
  applied: number;
  bodies: unknown[];
  signed: boolean;
}

const seen = new Map<string, Seen>();

const RECEIVER_ORIGIN = "http://receiver.test";

async function receiverService(request: Request): Promise<Response> {
  const url = new URL(request.url);
  if (url.origin !== RECEIVER_ORIGIN) return new Response("no network in tests", { status: 502 });
  if (url.pathname === "/_seen") {
    const record = seen.get(url.searchParams.get("key") ?? "") ?? { deliveries: 0, applied: 0, bodies: [], signed: false };
    return Response.json(record);
  }
  const key = request.headers.get("Idempotency-Key") ?? "";
  const record = seen.get(key) ?? { deliveries: 0, applied: 0, bodies: [], signed: false };
  seen.set(key, record);
  record.deliveries++;
  if (url.pathname.startsWith("/down/")) return new Response("down", { status: 503 });
  if (url.pathname.startsWith("/reject/")) return new Response("unprocessable", { status: 422 });
  const body = await request.text();
  // The receiver's dedupe: a key it has seen changes nothing again.
  if (record.applied === 0) {
    record.applied = 1;
    record.bodies.push(JSON.parse(body));
    record.signed = /^v1=[0-9a-f]{64}$/.test(request.headers.get("Tandem-Signature") ?? "");
  }
  const flaky = url.pathname.match(/^\/flaky-(\d+)\//);
  if (flaky && record.deliveries <= Number(flaky[1])) return new Response("answer lost", { status: 503 });
  return Response.json({ ok: true });
}

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
            // The integration endpoints' back ends: a deduping receiver outside workerd.
            miniflare: {
              bindings: { ...LOCAL_DEV, TEST_MIGRATIONS: migrations, SIMULATOR_URL: RECEIVER_ORIGIN },
              outboundService: receiverService,
            },
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
