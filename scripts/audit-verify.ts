// `npm run audit:verify`: walks the hash-chained audit log and names the first broken row.
//   npm run audit:verify                          local D1 (what `npm start` serves)
//   npm run audit:verify -- --persist-to <dir>    local D1 kept elsewhere (wrangler --persist-to)
//   npm run audit:verify -- --url <libsql url>    libSQL/Turso (LIBSQL_AUTH_TOKEN from the environment)
// Exit code 0 when the chain holds, 1 when it is broken, 2 when it could not be read.
import { parseArgs } from "node:util";
import { createDatabase, type D1DatabaseLike } from "../db/client";
import { describeVerdict, verifyStoredChain } from "../db/repositories/audit-chain";

const { values } = parseArgs({ options: { url: { type: "string" }, "persist-to": { type: "string" } } });

async function main(): Promise<number> {
  const url = values.url ?? process.env.LIBSQL_URL;
  if (url) {
    const verdict = await verifyStoredChain(createDatabase({ LIBSQL_URL: url, LIBSQL_AUTH_TOKEN: process.env.LIBSQL_AUTH_TOKEN }));
    console.log(describeVerdict(verdict));
    return verdict.ok ? 0 : 1;
  }
  const { getPlatformProxy } = await import("wrangler");
  const persistTo = values["persist-to"];
  const proxy = await getPlatformProxy<{ DB: D1DatabaseLike }>({
    configPath: "wrangler.toml",
    ...(persistTo ? { persist: { path: `${persistTo}/v3` } } : {}),
  });
  try {
    const verdict = await verifyStoredChain(createDatabase({ DB: proxy.env.DB }));
    console.log(describeVerdict(verdict));
    return verdict.ok ? 0 : 1;
  } finally {
    await proxy.dispose();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`audit:verify could not read the audit log: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
