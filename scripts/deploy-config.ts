// What must hold before a configuration is deployed: no dev sign-in, a real D1 database, a Worker
// name of its own per environment (two environments sharing a name overwrite each other), and the
// integration queues bound, each consumed by one environment only (else one takes the other's events).
// Read through wrangler itself, so the check sees what `wrangler deploy` would ship.
import { experimental_readRawConfig, unstable_readConfig } from "wrangler";

export interface DeployTarget {
  /** The wrangler environment, or null for the top level (production). */
  env: string | null;
  name: string | undefined;
  vars: Record<string, unknown>;
  databases: { binding: string; databaseName?: string; databaseId?: string }[];
  /** Queue bindings the Worker sends to (binding -> queue), and the queues it consumes. */
  queues: { producers: Record<string, string>; consumers: string[] };
}

/** The queues the Worker sends to (worker/integrations/): without them inbound events and the outbox fail. */
const REQUIRED_PRODUCERS = ["INTEGRATION_EVENTS", "INTEGRATION_OUTBOX"];

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
      queues: {
        producers: Object.fromEntries(config.queues.producers.map((p: { binding: string; queue: string }) => [p.binding, p.queue])),
        consumers: config.queues.consumers.map((c: { queue: string }) => c.queue),
      },
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
  for (const binding of REQUIRED_PRODUCERS)
    if (!target.queues.producers[binding]) problems.push(`${where} has no queue bound to ${binding} (the integrations need it)`);
  for (const other of all.filter((o) => o !== target))
    for (const queue of target.queues.consumers.filter((q) => other.queues.consumers.includes(q)))
      problems.push(`${where} and ${other.env ? `[env.${other.env}]` : "the top level"} both consume the queue "${queue}"`);
  for (const db of target.databases) {
    if (!db.databaseId) problems.push(`${where}: D1 binding ${db.binding} has no database_id`);
    else if (PLACEHOLDER_ID.test(db.databaseId) && !options.placeholderIdsAllowed)
      problems.push(
        `${where}: D1 binding ${db.binding} still has the placeholder id; run \`npx wrangler d1 create ${db.databaseName ?? "tandem"}\` and put its id in wrangler.toml`,
      );
  }
  return problems;
}
