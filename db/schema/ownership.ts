// Ownership sessions: who owned which account from when to when, and how it started and ended.
// The floor dashboard's charts (accounts handled, handle time, handoffs, lock waits) read these.
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { customers } from "./customers";
import { orgs, staff, teams } from "./org";

export const ownershipSessions = sqliteTable(
  "ownership_sessions",
  {
    /** `own_<customerId>_<token>`: one per grant, the fencing token makes it unique. */
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id),
    customerId: text("customer_id")
      .notNull()
      .references(() => customers.id),
    staffId: text("staff_id")
      .notNull()
      .references(() => staff.id),
    teamId: text("team_id").references(() => teams.id),
    token: integer("token").notNull(),
    startedAt: integer("started_at").notNull(),
    endedAt: integer("ended_at"),
    startedBy: text("started_by", { enum: ["request", "takeover", "handoff"] }).notNull(),
    endReason: text("end_reason", { enum: ["released", "expired", "idle", "taken-over", "handed-off", "signed-out"] }),
    /** For handoffs: how long the new owner waited for the old one to hand over. */
    waitedMs: integer("waited_ms"),
  },
  (t) => [
    index("ownership_org_started_idx").on(t.orgId, t.startedAt),
    index("ownership_team_started_idx").on(t.teamId, t.startedAt),
    index("ownership_customer_open_idx").on(t.customerId, t.endedAt),
  ],
);
