// `npm run deploy`: checks the configuration (scripts/deploy-config.ts), builds the web app, applies
// the D1 migrations to the remote database, then deploys the Worker. Stops at the first failure.
//   npm run deploy                       production (the top level of wrangler.toml)
//   npm run deploy -- --env staging      another environment
//   npm run deploy -- --dry-run          check and bundle only (wrangler deploy --dry-run); touches nothing remote
import { execFileSync } from "node:child_process";
import { parseArgs } from "node:util";
import { deployProblems, readDeployTargets } from "./deploy-config";

const { values } = parseArgs({ options: { env: { type: "string" }, "dry-run": { type: "boolean", default: false } } });
const dryRun = values["dry-run"] ?? false;
// Always name the environment: wrangler warns that a bare command on a file with several may be a mistake.
const envArgs = [`--env=${values.env ?? ""}`];

function run(command: string, args: string[]): void {
  console.log(`\n$ ${command} ${args.join(" ")}`);
  execFileSync(command, args, { stdio: "inherit", env: { ...process.env, WRANGLER_SEND_METRICS: "false" } });
}

const targets = readDeployTargets("wrangler.toml");
const target = targets.find((t) => t.env === (values.env ?? null));
if (!target) throw new Error(`wrangler.toml has no [env.${values.env}]`);
const problems = deployProblems(target, targets, { placeholderIdsAllowed: dryRun });
if (problems.length > 0) {
  console.error(`Not deploying ${target.name ?? "(unnamed)"}:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  process.exit(1);
}

run("npx", ["vite", "build", "--config", "web/vite.config.ts"]);
if (dryRun) {
  run("npx", ["wrangler", "deploy", "--dry-run", "--outdir", ".wrangler/deploy-dry-run", ...envArgs]);
} else {
  run("npx", ["wrangler", "d1", "migrations", "apply", "DB", "--remote", ...envArgs]);
  run("npx", ["wrangler", "deploy", ...envArgs]);
  console.log(
    `\nDeployed ${target.name}. Secrets it needs (once): AUDIT_HMAC_KEY, OIDC_CLIENT_SECRET (npx wrangler secret put NAME${values.env ? ` --env ${values.env}` : ""}).`,
  );
}
