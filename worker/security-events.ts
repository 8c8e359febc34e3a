// Security events from the Worker: capped per address in the database, and an address known to be
// over its cap is answered from memory until its minute is up, so a flood costs the database nothing.
import type { Context } from "hono";
import { recordSecurityEvent, type SecurityEvent } from "../db/repositories/security-events";
import type { AppEnv } from "./env";

const overCapUntil = new Map<string, number>();
const MAX_REMEMBERED = 10_000;

/** Keeps the event; false when its address is over the cap (the caller answers 429). */
export async function noteSecurityEvent(c: Context<AppEnv>, event: SecurityEvent): Promise<boolean> {
  const key = event.ip ?? "unknown";
  const until = overCapUntil.get(key);
  if (until !== undefined && until > event.at) return false;
  const kept = await recordSecurityEvent(c.var.db, event);
  if (!kept) {
    if (overCapUntil.size >= MAX_REMEMBERED) overCapUntil.clear();
    overCapUntil.set(key, event.at + 60_000);
  }
  return kept;
}
