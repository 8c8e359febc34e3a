// Runs axe-core inside the page (injected through the DevTools protocol, so the strict CSP stays on).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import * as v from "valibot";

const source = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

const ViolationsSchema = v.array(
  v.object({
    id: v.string(),
    impact: v.nullable(v.string()),
    help: v.string(),
    targets: v.array(v.string()),
  }),
);
export type Violation = v.InferOutput<typeof ViolationsSchema>[number];

/** Violations of WCAG 2.x A/AA rules and best practices, as `{ id, impact, help, targets }`. */
export async function axeViolations(page: Page): Promise<Violation[]> {
  await page.evaluate(source);
  const raw: unknown = await page.evaluate(`
    axe.run(document, { resultTypes: ["violations"] }).then((result) =>
      result.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
      })),
    )
  `);
  return v.parse(ViolationsSchema, raw);
}

export function seriousOrWorse(violations: Violation[]): Violation[] {
  return violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
}
