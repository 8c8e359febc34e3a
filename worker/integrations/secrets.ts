// An endpoint's shared HMAC key: the Worker secret its row names (INTEGRATION_SECRET_...), never a
// value in the database. In dev mode an unset secret falls back to a published dev key, as the audit
// key does, so the demo and its simulator run with no setup; anywhere else it must be set.
import { DEV_INTEGRATION_SECRET, isIntegrationSecretName } from "../../core/domain/integrations";

export function integrationSecret(env: Env, secretRef: string): string | null {
  if (!isIntegrationSecretName(secretRef)) return null;
  const value = (env as unknown as Record<string, unknown>)[secretRef];
  if (typeof value === "string" && value.length >= 16) return value;
  return env.AUTH_MODE === "dev" ? DEV_INTEGRATION_SECRET : null;
}
