// Which connector an endpoint uses, by the name in its row. `webhook`: Tandem's envelope over
// HTTPS to the row's URL. `simulator`: the same, at the demo back-end simulator's address
// (SIMULATOR_URL, set by `npm start` and the tests) plus the row's path. Register a vendor's
// connector here, built from its own settings and secrets in `env`.
import type { IntegrationEndpointRow } from "../../../db/repositories/integration-endpoints";
import type { Connector } from "./connector";
import { webhookConnector } from "./webhook";

type Factory = (endpoint: IntegrationEndpointRow, env: Env, secret: string) => Connector;

/** Null when the endpoint has nowhere to send (its sends then fail for good, with this reason). */
type Target = { url: string } | { missing: string };

function target(endpoint: IntegrationEndpointRow, env: Env): Target {
  if (endpoint.connector === "simulator") {
    if (!env.SIMULATOR_URL) return { missing: "SIMULATOR_URL is not set: the back-end simulator is not running" };
    return { url: new URL(endpoint.outboundUrl ?? "/", env.SIMULATOR_URL).toString() };
  }
  const url = endpoint.outboundUrl;
  return url?.startsWith("https://") ? { url } : { missing: `${endpoint.name} has no https URL to send to` };
}

const CONNECTORS: Record<string, Factory> = {
  webhook: (endpoint, env, secret) => webhookConnector(endpoint.kind, endpoint.name, target(endpoint, env), secret),
  simulator: (endpoint, env, secret) => webhookConnector(endpoint.kind, endpoint.name, target(endpoint, env), secret),
};

export const CONNECTOR_NAMES = Object.keys(CONNECTORS);

/** The endpoint's connector; null when its row names none Tandem has. */
export function connectorFor(endpoint: IntegrationEndpointRow, env: Env, secret: string): Connector | null {
  return CONNECTORS[endpoint.connector]?.(endpoint, env, secret) ?? null;
}
