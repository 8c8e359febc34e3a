// The repository's wrangler.toml is safe to deploy as it stands: what a plain `wrangler deploy`
// ships (the top level) has no dev sign-in, nor does any other environment, and each environment
// deploys a Worker of its own name. Read through wrangler, so this is what wrangler would ship.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type DeployTarget, deployProblems, readDeployTargets } from "../../../scripts/deploy-config";

const targets = readDeployTargets("wrangler.toml");
const production = targets.find((t) => t.env === null);

function targetOf(all: DeployTarget[], env: string | null): DeployTarget {
  const found = all.find((t) => t.env === env);
  if (!found) throw new Error(`no target ${env}`);
  return found;
}

/** A variant of the repository's wrangler.toml, as someone might edit it. */
function variant(edit: (toml: string) => string): string {
  const path = join(mkdtempSync(join(tmpdir(), "tandem-wrangler-")), "wrangler.toml");
  writeFileSync(
    path,
    edit(readFileSync("wrangler.toml", "utf8")).replace(/"db\/migrations"/g, `"${join(process.cwd(), "db/migrations")}"`),
  );
  return path;
}

describe("wrangler.toml", () => {
  it("deploys production by default, with dev sign-in off", () => {
    expect(production?.name).toBe("tandem");
    expect(production?.vars.AUTH_MODE).not.toBe("dev");
    expect(["oidc", undefined]).toContain(production?.vars.AUTH_MODE);
  });

  it("turns dev sign-in on in no environment, and names each environment's Worker differently", () => {
    expect(targets.length).toBeGreaterThan(1);
    for (const target of targets) expect(target.vars.AUTH_MODE, target.env ?? "top level").not.toBe("dev");
    const names = targets.map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("has nothing else in the way of a deploy but the database ids a new account creates", () => {
    for (const target of targets) {
      expect(deployProblems(target, targets, { placeholderIdsAllowed: true }), target.env ?? "top level").toEqual([]);
      expect(deployProblems(target, targets).join(" ")).toMatch(/placeholder id; run `npx wrangler d1 create tandem/);
    }
  });
});

describe("the deploy check", () => {
  it("refuses a top level that turns dev sign-in on", () => {
    const planted = readDeployTargets(variant((toml) => toml.replace(/^AUTH_MODE = "oidc"/m, 'AUTH_MODE = "dev"')));
    const top = targetOf(planted, null);
    expect(top.vars.AUTH_MODE).toBe("dev");
    expect(deployProblems(top, planted, { placeholderIdsAllowed: true })).toEqual([
      'the top level (production) sets AUTH_MODE = "dev": dev sign-in is for local development only',
    ]);
  });

  it("refuses an environment without the integration queues, and two that consume the same queue", () => {
    const planted = readDeployTargets(
      variant((toml) =>
        toml
          .replace(/\[\[env\.staging\.queues\.producers\]\]\nbinding = "INTEGRATION_OUTBOX"\nqueue = "[^"]+"\n/, "")
          .replace(
            /\[\[env\.staging\.queues\.consumers\]\]\nqueue = "tandem-staging-integration-events"/,
            '[[env.staging.queues.consumers]]\nqueue = "tandem-integration-events"',
          ),
      ),
    );
    expect(deployProblems(targetOf(planted, "staging"), planted, { placeholderIdsAllowed: true })).toEqual([
      "[env.staging] has no queue bound to INTEGRATION_OUTBOX (the integrations need it)",
      '[env.staging] and the top level both consume the queue "tandem-integration-events"',
    ]);
  });

  it("refuses two environments that would deploy over the same Worker", () => {
    const planted = readDeployTargets(variant((toml) => toml.replace('name = "tandem-staging"', 'name = "tandem"')));
    expect(deployProblems(targetOf(planted, "staging"), planted, { placeholderIdsAllowed: true })).toEqual([
      '[env.staging] and the top level deploy the same Worker "tandem"',
    ]);
  });
});
