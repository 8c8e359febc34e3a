// `npm start`'s last step: Tandem (`npm run serve:local`: `wrangler dev` in dev mode on PORT, default
// 8787) and the back-end simulator (tools/simulator, on SIMULATOR_PORT, default PORT + 3) side by
// side, so the demo runs over its back ends: orders arrive and payments post live. SIMULATOR=off starts Tandem alone.
// Ctrl-C stops both; if either stops, so does the other.
import { type ChildProcess, spawn } from "node:child_process";

const port = Number(process.env.PORT ?? 8787);
const simulatorPort = Number(process.env.SIMULATOR_PORT ?? port + 3);
const withSimulator = process.env.SIMULATOR !== "off";
const env = { ...process.env, WRANGLER_SEND_METRICS: "false" };

const children: ChildProcess[] = [];
const run = (command: string, args: string[]) => {
  const child = spawn(command, args, { stdio: "inherit", env });
  children.push(child);
  child.on("exit", (code) => stopAll(code ?? 0));
  return child;
};

let stopping = false;
function stopAll(code: number): void {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  process.exitCode = code;
}
process.on("SIGINT", () => stopAll(0));
process.on("SIGTERM", () => stopAll(0));

// serve:local is the one place that says how Tandem runs locally (dev sign-in on loopback); the
// simulator's address is one more var, passed through npm to wrangler.
const simulatorVar = withSimulator ? ["--", "--var", `SIMULATOR_URL:http://127.0.0.1:${simulatorPort}`] : [];
run("npm", ["run", "serve:local", ...simulatorVar]);
if (withSimulator)
  run("tsx", ["tools/simulator/cli.ts", "--port", String(simulatorPort), "--tandem", `http://127.0.0.1:${port}`, "--demo"]);
