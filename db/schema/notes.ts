// Notes reps write (and the system writes for them) and the activity feed of each customer.
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { customers } from "./customers";
import { orgs, staff } from "./org";

export const notes = sqliteTable(
  "notes",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id),
    customerId: text("customer_id")
      .notNull()
      .references(() => customers.id),
    /** Null for system notes. */
    authorId: text("author_id").references(() => staff.id),
    authorName: text("author_name").notNull(),
    kind: text("kind", { enum: ["manual", "automatic", "system"] }).notNull(),
    category: text("category").notNull().default("general"),
    /** What the note accompanies, e.g. "note.add", "profile.update", "lock.takeover". */
    action: text("action").notNull(),
    text: text("text").notNull(),
    immutable: integer("immutable", { mode: "boolean" }).notNull(),
    createdAt: integer("created_at").notNull(),
    editedAt: integer("edited_at"),
  },
  (t) => [
    index("notes_customer_created_idx").on(t.customerId, t.createdAt),
    index("notes_org_created_idx").on(t.orgId, t.createdAt),
    index("notes_author_customer_idx").on(t.authorId, t.customerId, t.createdAt),
  ],
);

export const noteRevisions = sqliteTable(
  "note_revisions",
  {
    id: text("id").primaryKey(),
    noteId: text("note_id")
      .notNull()
      .references(() => notes.id),
    text: text("text").notNull(),
    replacedAt: integer("replaced_at").notNull(),
  },
  (t) => [index("note_revisions_note_idx").on(t.noteId)],
);

export const ACTIVITY_KINDS = [
  "payment",
  "order",
  "note",
  "communication",
  "system",
  "lock",
  "transaction",
  "checkin",
  "achievement",
] as const;

export const activityEvents = sqliteTable(
  "activity_events",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id),
    customerId: text("customer_id")
      .notNull()
      .references(() => customers.id),
    kind: text("kind", { enum: ACTIVITY_KINDS }).notNull(),
    summary: text("summary").notNull(),
    /** JSON with kind-specific detail, already free of PII beyond what the summary shows. */
    data: text("data").notNull().default("{}"),
    actorId: text("actor_id"),
    actorName: text("actor_name"),
    at: integer("at").notNull(),
  },
  (t) => [index("activity_customer_at_idx").on(t.customerId, t.at), index("activity_customer_kind_at_idx").on(t.customerId, t.kind, t.at)],
);
