// Child processes for the bench: each in its own process group, all stopped on exit or failure.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const benchEnv = { ...process.env, WRANGLER_SEND_METRICS: "false", CI: "1" };
export const bin = (name: string) => join(process.cwd(), "node_modules", ".bin", name);

const running = new Set<ChildProcess>();
const tempDirs = new Set<string>();

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.add(dir);
  return dir;
}

export interface Started {
  child: ChildProcess;
  log: () => string;
}

/** Starts a long-running process in its own group (so its children die with it). */
export function startProcess(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; keepLog?: number } = {}): Started {
  const child = spawn(command, args, { env: options.env ?? benchEnv, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  running.add(child);
  child.on("exit", () => running.delete(child));
  let log = "";
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-(options.keepLog ?? 20_000));
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  return { child, log: () => log };
}

/** Runs a command to completion; rejects with its output when it fails. Returns elapsed ms. */
export async function runCommand(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; quiet?: boolean } = {}) {
  const started = performance.now();
  const { child, log } = startProcess(command, args, options);
  if (!options.quiet) child.stdout?.on("data", (chunk: Buffer) => process.stdout.write(`    ${chunk.toString().trimEnd()}\n`));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", resolve);
  });
  if (code !== 0) throw new Error(`${command} ${args.join(" ")} exited with ${code}\n${log().slice(-4000)}`);
  return performance.now() - started;
}

export async function stopProcess(child: ChildProcess): Promise<void> {
  if (!child.pid || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  signalGroup(child, "SIGTERM");
  const timeout = new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), 5_000).unref());
  if ((await Promise.race([exited, timeout])) === "timeout") signalGroup(child, "SIGKILL");
  running.delete(child);
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    // the group is already gone
  }
}

/** Stops every process this run started and removes its temp dirs. Safe to call twice. */
export async function cleanupAll(): Promise<void> {
  await Promise.all([...running].map(stopProcess));
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  tempDirs.clear();
}

/** Synchronous last resort for signals and crashes: kill the groups, remove the dirs. */
export function cleanupNow(): void {
  for (const child of running) signalGroup(child, "SIGKILL");
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
}

export async function waitForHttp(url: string, started: Started, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (started.child.exitCode !== null) throw new Error(`process exited with ${started.child.exitCode}\n${started.log().slice(-4000)}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms\n${started.log().slice(-4000)}`);
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls `condition` until it holds; fails early if the process exits. */
export async function waitFor(condition: () => boolean, started: Started, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (started.child.exitCode !== null) throw new Error(`process exited with ${started.child.exitCode}\n${started.log().slice(-4000)}`);
    if (Date.now() > deadline) throw new Error(`not ready within ${timeoutMs} ms\n${started.log().slice(-4000)}`);
    await sleep(50);
  }
}
