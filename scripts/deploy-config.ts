// What must hold before a configuration is deployed: no dev sign-in, a real D1 database, and a
// Worker name of its own per environment (two environments sharing a name overwrite each other).
// Read through wrangler itself, so the check sees what `wrangler deploy` would ship.
import { experimental_readRawConfig, unstable_readConfig } from "wrangler";

export interface DeployTarget {
  /** The wrangler environment, or null for the top level (production). */
  env: string | null;
  name: string | undefined;
  vars: Record<string, unknown>;
  databases: { binding: string; databaseName?: string; databaseId?: string }[];
}

/** The placeholder ids in the repository's wrangler.toml: `wrangler d1 create` prints the real one. */
const PLACEHOLDER_ID = /^0{8}-0{4}-4000-8000-0{11}\d$/;

/** The top level and every `[env.*]` of a wrangler configuration file, resolved as wrangler does. */
export function readDeployTargets(configPath: string): DeployTarget[] {
  const raw = experimental_readRawConfig({ config: configPath }).rawConfig as { env?: Record<string, unknown> };
  const envs = [null, ...Object.keys(raw.env ?? {})];
  return envs.map((env) => {
    const config = unstable_readConfig({ config: configPath, ...(env ? { env } : {}) }, { hideWarnings: true });
    return {
      env,
      name: config.name,
      vars: { ...config.vars },
      databases: config.d1_databases.map((d: { binding: string; database_name?: string; database_id?: string }) => ({
        binding: d.binding,
        databaseName: d.database_name,
        databaseId: d.database_id,
      })),
    };
  });
}

/** Problems that make a target unsafe or unable to deploy; empty when it may go out. */
export function deployProblems(target: DeployTarget, all: DeployTarget[], options: { placeholderIdsAllowed?: boolean } = {}): string[] {
  const where = target.env ? `[env.${target.env}]` : "the top level (production)";
  const problems: string[] = [];
  if (target.vars.AUTH_MODE === "dev") problems.push(`${where} sets AUTH_MODE = "dev": dev sign-in is for local development only`);
  if (!target.name) problems.push(`${where} has no Worker name`);
  const sameName = all.filter((other) => other !== target && other.name === target.name);
  for (const other of sameName)
    problems.push(`${where} and ${other.env ? `[env.${other.env}]` : "the top level"} deploy the same Worker "${target.name}"`);
  for (const db of target.databases) {
    if (!db.databaseId) problems.push(`${where}: D1 binding ${db.binding} has no database_id`);
    else if (PLACEHOLDER_ID.test(db.databaseId) && !options.placeholderIdsAllowed)
      problems.push(
        `${where}: D1 binding ${db.binding} still has the placeholder id; run \`npx wrangler d1 create ${db.databaseName ?? "tandem"}\` and put its id in wrangler.toml`,
      );
  }
  return problems;
}
