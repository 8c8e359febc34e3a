// Counts the errors the app logs while a benchmark runs (wrangler dev's output), by message, so a
// figure's 500s can name their cause ("UNIQUE constraint failed: audit_log.seq") beside the status.
import type { ChildProcess } from "node:child_process";

/** A short, stable name for an error line, or null when the line is no error. */
function errorKind(line: string): string | null {
  const constraint = /(UNIQUE|FOREIGN KEY|NOT NULL|CHECK) constraint failed(: [\w.]+)?/.exec(line);
  if (constraint) return constraint[0];
  if (!/"level":"error"/.test(line)) return null;
  const message = /"error":"((?:[^"\\]|\\.){0,120})/.exec(line)?.[1];
  return message ? message.replace(/\b[0-9a-f]{8,}\b|\d+/g, "#") : "error logged";
}

export interface ServerErrorTap {
  /** Counts since the last call, by kind; resets them. */
  take: () => Record<string, number>;
  stop: () => void;
}

export function tapServerErrors(child: ChildProcess): ServerErrorTap {
  const counts = new Map<string, number>();
  let partial = "";
  const onData = (chunk: Buffer) => {
    const lines = (partial + chunk.toString()).split("\n");
    partial = lines.pop() ?? "";
    for (const line of lines) {
      const kind = errorKind(line);
      if (kind) counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
  };
  child.stdout?.on("data", onData);
  child.stderr?.on("data", onData);
  return {
    take: () => {
      const out = Object.fromEntries(counts);
      counts.clear();
      return out;
    },
    stop: () => {
      child.stdout?.off("data", onData);
      child.stderr?.off("data", onData);
    },
  };
}
