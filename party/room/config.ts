// A customer room's settings: lock timings, overridable per deployment (and shortened in the
// clock-driven tests), and the fixed sizes and rhythms of feed, presence and session checks.
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

/** Feed items a joiner's room-state carries. */
export const FEED_SIZE = 50;
/** How often a room with sockets re-checks their sessions (sign-out elsewhere, disabled users). */
export const SESSION_SWEEP_MS = 30_000;
/** In a crowd (more sockets than this), presence changes within 25 ms go out as one frame. */
export const PRESENCE_CROWD = 10;
export const PRESENCE_COALESCE_MS = 25;

/** Sockets one person may have in one room (tabs and devices), and a room in all. */
export interface SocketCaps {
  perPerson: number;
  perRoom: number;
}
export const DEFAULT_SOCKET_CAPS: SocketCaps = { perPerson: 8, perRoom: 500 };

/** The caps, overridable per deployment (`ROOM_SOCKETS_PER_PERSON`, `ROOM_SOCKETS_PER_ROOM`). */
export function socketCapsFrom(env: object): SocketCaps {
  const vars = env as Record<string, unknown>;
  const read = (key: string, fallback: number) => {
    const value = Number(vars[key]);
    return Number.isInteger(value) && value > 0 ? value : fallback;
  };
  return {
    perPerson: read("ROOM_SOCKETS_PER_PERSON", DEFAULT_SOCKET_CAPS.perPerson),
    perRoom: read("ROOM_SOCKETS_PER_ROOM", DEFAULT_SOCKET_CAPS.perRoom),
  };
}
