// `npm run db:seed`: seeds local D1 (what `npm start` serves) or a libSQL database.
//   tsx db/seed/cli.ts --target d1 [--customers 500] [--persist-to .wrangler/state]
//   tsx db/seed/cli.ts --target libsql --url file:.data/bench.db --customers 1000000 --detail lean
import { parseArgs } from "node:util";
import { createDatabase, type D1DatabaseLike } from "../client";
import { migrateLibsql } from "../migrate";
import { seedIntegrations } from "./integrations";
import { seedDatabase } from "./seed";

const { values } = parseArgs({
  options: {
    target: { type: "string", default: "d1" },
    url: { type: "string" },
    customers: { type: "string", default: process.env.SEED_CUSTOMERS ?? "500" },
    seed: { type: "string" },
    detail: { type: "string", default: "full" },
    /** Same as wrangler's --persist-to: where local D1 state lives (default .wrangler/state). */
    "persist-to": { type: "string" },
  },
});

const customers = Number(values.customers);
if (!Number.isInteger(customers) || customers < 1) throw new Error("--customers must be a positive integer");
const detail = values.detail === "lean" ? "lean" : "full";
const started = performance.now();
let lastReport = 0;
const onProgress = (done: number, total: number) => {
  if (performance.now() - lastReport > 2_000 || done === total) {
    lastReport = performance.now();
    process.stdout.write(`  seeded ${done.toLocaleString()} / ${total.toLocaleString()} customers\n`);
  }
};

if (values.target === "libsql") {
  const url = values.url ?? process.env.LIBSQL_URL;
  if (!url) throw new Error("--url or LIBSQL_URL is required for --target libsql");
  const db = createDatabase({ LIBSQL_URL: url, LIBSQL_AUTH_TOKEN: process.env.LIBSQL_AUTH_TOKEN });
  await migrateLibsql(db);
  const wrote = await seedDatabase(db, { customers, seed: values.seed, detail, chunk: 500, maxParams: 30_000, onProgress });
  report(wrote);
} else {
  const { getPlatformProxy } = await import("wrangler");
  const persistTo = values["persist-to"];
  const proxy = await getPlatformProxy<{ DB: D1DatabaseLike }>({
    configPath: "wrangler.toml",
    ...(persistTo ? { persist: { path: `${persistTo}/v3` } } : {}),
  });
  try {
    const db = createDatabase({ DB: proxy.env.DB });
    const wrote = await seedDatabase(db, { customers, seed: values.seed, detail, chunk: 100, onProgress });
    // A database seeded before integrations existed gets the demo's endpoints (idempotent).
    if (!wrote) await seedIntegrations(db, Date.now());
    report(wrote);
  } finally {
    await proxy.dispose();
  }
}

function report(wrote: boolean): void {
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(wrote ? `Seeded ${customers.toLocaleString()} customers in ${seconds}s` : "Database already seeded; nothing changed");
}
