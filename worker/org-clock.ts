// The signed-in person's org clock: its time zone, and today's date there (what decides past due).
import type { Context } from "hono";
import { localDate } from "../core/domain/time-zone";
import { orgTimeZone } from "../db/repositories/org";
import type { AppEnv } from "./env";

export function orgZone(c: Context<AppEnv>): Promise<string> {
  return orgTimeZone(c.var.db, c.var.actor.orgId);
}

/** Today in the org's time zone, `YYYY-MM-DD`. */
export async function orgToday(c: Context<AppEnv>, now = Date.now()): Promise<string> {
  return localDate(now, await orgZone(c));
}
