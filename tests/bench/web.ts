import type { BenchConfig } from "./config";
import type { BaselineWorker } from "./do-baseline";
import type { BenchRun, Figure } from "./report";
import type { BenchApp } from "./support/app";
export async function lighthouseBaseline(_w: BaselineWorker): Promise<null> {
  return null;
}
export async function runWeb(
  _config: BenchConfig,
  _x: { app: BenchApp | null; cookies: Map<string, string>; pageBaseline: unknown; skipped: BenchRun["skipped"] },
): Promise<{ figures: Figure[]; details: Record<string, unknown> }> {
  return { figures: [], details: {} };
}
