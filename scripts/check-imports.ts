// `npm run imports` (part of `npm run check`): fails when an import breaks the layer rules of
// docs/architecture.md or closes a cycle (scripts/import-rules.ts says which).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { checkImports, type SourceFile } from "./import-rules";

const ROOT = join(import.meta.dirname, "..");
const FOLDERS = ["core", "db", "party", "worker", "web", "scripts"];
const SKIP = new Set(["node_modules", "dist", "migrations"]);

function sources(dir: string): SourceFile[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return SKIP.has(name) ? [] : sources(path);
    if (!/\.tsx?$/.test(name) || name.endsWith(".d.ts")) return [];
    return [{ path: relative(ROOT, path).split("\\").join("/"), text: readFileSync(path, "utf8") }];
  });
}

const files = FOLDERS.flatMap((folder) => sources(join(ROOT, folder)));
const problems = checkImports(files);
if (problems.length > 0) {
  console.error(`Import rules broken (${problems.length}):\n${problems.map((p) => `  ${p}`).join("\n")}`);
  process.exitCode = 1;
} else {
  console.log(`imports: ${files.length} files follow the layer rules, no cycles`);
}
