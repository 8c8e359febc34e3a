// Which issuer the rooms use: `CARD_ISSUER` names one of these (default "sandbox").
import { env } from "cloudflare:workers";
import * as v from "valibot";
import type { CardIssuer } from "./issuer";
import { sandboxIssuer } from "./sandbox-issuer";

/** Register a real issuer here, built from its own settings and secrets in `env`. */
const ISSUERS: Record<string, (config: Record<string, unknown>) => CardIssuer> = {
  sandbox: () => sandboxIssuer,
};

const ConfigSchema = v.looseObject({ CARD_ISSUER: v.optional(v.picklist(Object.keys(ISSUERS) as [string, ...string[]]), "sandbox") });

export function cardIssuer(): CardIssuer {
  const config = v.parse(ConfigSchema, env);
  const make = ISSUERS[config.CARD_ISSUER];
  if (!make) throw new Error(`No card issuer named ${config.CARD_ISSUER}`);
  return make(config);
}
