// Where an import stopped: how many of its rows (in sending order) are done, kept in .import/ under
// a name made from the source, so running the same import again resumes there. Sending a row twice
// is harmless anyway (its event id is fixed by the row, and Tandem drops repeats).
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export interface Checkpoint {
  source: string;
  rows: number;
  done: number;
}

export function checkpointPath(source: string): string {
  const identity = existsSync(source) ? `${source}:${statSync(source).size}:${statSync(source).mtimeMs}` : source;
  return join(".import", `${createHash("sha256").update(identity).digest("hex").slice(0, 16)}.json`);
}

export function readCheckpoint(path: string, source: string, rows: number): Checkpoint {
  if (existsSync(path)) {
    const saved = JSON.parse(readFileSync(path, "utf8")) as Checkpoint;
    if (saved.source === source && saved.rows === rows) return saved;
  }
  return { source, rows, done: 0 };
}

export function saveCheckpoint(path: string, checkpoint: Checkpoint): void {
  mkdirSync(".import", { recursive: true });
  writeFileSync(path, JSON.stringify(checkpoint));
}

export function clearCheckpoint(path: string): void {
  rmSync(path, { force: true });
}
