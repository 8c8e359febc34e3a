// Tenants and the people who work in them: org -> region -> team, staff and their sessions.
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

export const orgs = sqliteTable("orgs", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  slug: text("slug").notNull().unique(),
  /** Email domain whose SSO users belong to this org. */
  ssoDomain: text("sso_domain"),
  /** IANA zone of every day boundary: "today", due today, past due, date filters, the process monitor's days (core/domain/time-zone.ts). */
  timeZone: text("time_zone").notNull().default("America/New_York"),
  createdAt: integer("created_at").notNull(),
});

/**
 * Links from a customer's profile to the org's back-office screens Tandem does not cover (the
 * lease system, the card issuer's portal). `{customerId}`, `{externalId}` and `{loyaltyNumber}` in
 * the template are filled from the profile.
 */
export const orgLinks = sqliteTable(
  "org_links",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id),
    label: text("label").notNull(),
    urlTemplate: text("url_template").notNull(),
    position: integer("position").notNull().default(0),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [index("org_links_org_idx").on(t.orgId, t.position)],
);

export const regions = sqliteTable(
  "regions",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id),
    name: text("name").notNull(),
  },
  (t) => [index("regions_org_idx").on(t.orgId)],
);

export const teams = sqliteTable(
  "teams",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id),
    regionId: text("region_id")
      .notNull()
      .references(() => regions.id),
    name: text("name").notNull(),
  },
  (t) => [index("teams_org_idx").on(t.orgId), index("teams_region_idx").on(t.regionId)],
);

export const staff = sqliteTable(
  "staff",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id),
    teamId: text("team_id").references(() => teams.id),
    email: text("email").notNull(),
    name: text("name").notNull(),
    role: text("role").notNull(),
    status: text("status", { enum: ["active", "disabled"] })
      .notNull()
      .default("active"),
    /** Subject of the user at the OpenID provider, filled on first SSO sign-in. */
    oidcSubject: text("oidc_subject"),
    createdAt: integer("created_at").notNull(),
    updatedAt: integer("updated_at").notNull(),
  },
  (t) => [
    uniqueIndex("staff_email_idx").on(t.email),
    index("staff_org_idx").on(t.orgId),
    index("staff_team_idx").on(t.teamId),
    uniqueIndex("staff_oidc_subject_idx").on(t.oidcSubject),
  ],
);

export const sessions = sqliteTable(
  "sessions",
  {
    /** SHA-256 of the cookie's random token: a database leak does not hand out sessions. */
    id: text("id").primaryKey(),
    staffId: text("staff_id")
      .notNull()
      .references(() => staff.id),
    createdAt: integer("created_at").notNull(),
    lastSeenAt: integer("last_seen_at").notNull(),
    expiresAt: integer("expires_at").notNull(),
    revokedAt: integer("revoked_at"),
    ip: text("ip"),
    userAgent: text("user_agent"),
  },
  (t) => [index("sessions_staff_idx").on(t.staffId)],
);
