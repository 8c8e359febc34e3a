// The back-end simulator: plays Tandem's order platform, lease system and loan-management system,
// with their own API, webhooks into Tandem and endpoints for Tandem's outbound changes.
//   tsx tools/simulator/cli.ts [--port 8790] [--tandem http://127.0.0.1:8787] [--demo] [--chaos]
// `npm start` runs it beside Tandem in demo mode. Knobs: tools/simulator/knobs.ts (env or POST /knobs).
import { parseArgs } from "node:util";
import { DEV_INTEGRATION_SECRET } from "../../core/domain/integrations";
import { startActivity } from "./activity";
import { BackOffice } from "./back-office";
import { CHAOS, knobsFromEnv } from "./knobs";
import { Sender } from "./sender";
import { startServer } from "./server";
import { World } from "./world";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: process.env.SIMULATOR_PORT ?? "8790" },
    tandem: { type: "string", default: process.env.TANDEM_URL ?? "http://127.0.0.1:8787" },
    customers: { type: "string", default: process.env.SIM_CUSTOMERS ?? "40" },
    demo: { type: "boolean", default: false },
    chaos: { type: "boolean", default: false },
  },
});

const knobs = { ...knobsFromEnv(process.env), ...(values.chaos ? CHAOS : {}) };
if (values.demo && knobs.activityMs === 0) knobs.activityMs = 6_000;
// The published dev key unless a real one is given (the same INTEGRATION_SECRET_... Tandem's endpoints name).
const secret = process.env.INTEGRATION_SECRET_SIMULATOR ?? DEV_INTEGRATION_SECRET;
const world = new World(Number(values.customers), 10);
const sender = new Sender(values.tandem.replace(/\/$/, ""), secret, () => knobs);
const office = new BackOffice(world, sender);
const { server } = await startServer({ office, sender, knobs, secret }, Number(values.port));
const stopActivity = startActivity(office, () => knobs.activityMs);
console.log(
  `[simulator] order platform, lease and loan systems on http://127.0.0.1:${values.port} -> Tandem at ${values.tandem}` +
    (knobs.activityMs > 0 ? ` (demo activity every ${knobs.activityMs / 1000}s)` : ""),
);

const stop = () => {
  stopActivity();
  server.close();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
