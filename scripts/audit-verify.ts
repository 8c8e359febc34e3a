// `npm run audit:verify`: walks every audit stream and checkpoint and names each break it finds
// (an edited row, a broken link, rows missing inside a stream, a tail cut or rewritten after a
// checkpoint, forged or removed checkpoints).
//   npm run audit:verify                          local D1 (what `npm start` serves)
//   npm run audit:verify -- --persist-to <dir>    local D1 kept elsewhere (wrangler --persist-to)
//   npm run audit:verify -- --url <libsql url>    libSQL/Turso (LIBSQL_AUTH_TOKEN from the environment)
//   --anchor <orgId>:<seq>:<hash>                 the org's latest checkpoint as kept outside the database
//                                                 (Compliance > Verify shows it); repeat per org
// The key comes from AUDIT_HMAC_KEY (the Worker secret); the dev key is always tried too.
// Exit code 0 when everything holds, 1 when something is broken, 2 when the log could not be read.
import { parseArgs } from "node:util";
import { createDatabase, type D1DatabaseLike, type Database } from "../db/client";
import { DEV_AUDIT_KEY, hmacSigner } from "../db/repositories/audit";
import { type Anchor, describeVerdict, verifyStoredAuditLog } from "../db/repositories/audit-chain";

const { values } = parseArgs({
  options: { url: { type: "string" }, "persist-to": { type: "string" }, anchor: { type: "string", multiple: true } },
});

function parseAnchor(text: string): Anchor {
  const match = text.match(/^([^:]+):(\d+):([0-9a-f]{64})$/);
  if (!match?.[1] || !match[2] || !match[3]) throw new Error(`--anchor must look like <orgId>:<seq>:<64 hex>, got ${text}`);
  return { orgId: match[1], seq: Number(match[2]), hash: match[3] };
}

async function verify(db: Database): Promise<number> {
  const keys = [process.env.AUDIT_HMAC_KEY, DEV_AUDIT_KEY].filter((k): k is string => !!k);
  const signers = await Promise.all(keys.map(hmacSigner));
  const verdict = await verifyStoredAuditLog(db, signers, (values.anchor ?? []).map(parseAnchor));
  console.log(describeVerdict(verdict));
  return verdict.ok ? 0 : 1;
}

async function main(): Promise<number> {
  const url = values.url ?? process.env.LIBSQL_URL;
  if (url) return verify(createDatabase({ LIBSQL_URL: url, LIBSQL_AUTH_TOKEN: process.env.LIBSQL_AUTH_TOKEN }));
  const { getPlatformProxy } = await import("wrangler");
  const persistTo = values["persist-to"];
  const proxy = await getPlatformProxy<{ DB: D1DatabaseLike }>({
    configPath: "wrangler.toml",
    ...(persistTo ? { persist: { path: `${persistTo}/v3` } } : {}),
  });
  try {
    return await verify(createDatabase({ DB: proxy.env.DB }));
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
