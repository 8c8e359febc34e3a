// Lock timings, overridable per deployment (and shortened in the clock-driven tests).
import { DEFAULT_LOCK_CONFIG, type LockConfig } from "../../core/domain/lock";

const KEYS: Record<keyof LockConfig, string> = {
  ttlMs: "LOCK_TTL_MS",
  graceMs: "LOCK_GRACE_MS",
  idleWarnMs: "LOCK_IDLE_WARN_MS",
  idleReleaseMs: "LOCK_IDLE_RELEASE_MS",
  handoffTimeoutMs: "HANDOFF_TIMEOUT_MS",
};

export function lockConfigFrom(env: object): LockConfig {
  const config = { ...DEFAULT_LOCK_CONFIG };
  const vars = env as Record<string, unknown>;
  for (const [field, key] of Object.entries(KEYS) as [keyof LockConfig, string][]) {
    const value = Number(vars[key]);
    if (Number.isInteger(value) && value > 0) config[field] = value;
  }
  return config;
}
