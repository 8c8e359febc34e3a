// The automatic "viewed" note: one per person per account per visit window, for compliance review.
// Any read of the account counts: the profile, its notes, activity, products, orders, the room.
import type { Actor } from "../../core/domain/actor";
import { feedItem } from "../../core/domain/feed";
import { VIEW_WINDOW_MS } from "../../core/domain/notes";
import type { FeedItem } from "../../core/protocol/room";
import type { Database } from "../../db/client";
import { newId } from "../../db/crypto";
import { type AccountTables, accountRecordStatements } from "../../db/repositories/account-records";
import type { AuditStream } from "../../db/repositories/audit";

type Origin = { ip: string | null; userAgent: string | null };

async function recordView(
  db: Database,
  tables: AccountTables,
  audit: AuditStream,
  actor: Actor,
  accountId: string,
  now: number,
  origin: Origin,
): Promise<FeedItem | null> {
  if (await tables.viewedSince(db, actor.id, accountId, now - VIEW_WINDOW_MS)) return null;
  const noteId = newId("not");
  const text = `Account viewed by ${actor.name}`;
  const activity = {
    id: newId("act"),
    orgId: actor.orgId,
    accountId,
    kind: "note" as const,
    summary: text,
    data: JSON.stringify({ noteId, kind: "automatic" }),
    actorId: actor.id,
    actorName: actor.name,
    at: now,
  };
  const note = {
    id: noteId,
    orgId: actor.orgId,
    accountId,
    authorId: actor.id,
    authorName: actor.name,
    kind: "automatic" as const,
    category: "system",
    action: tables.viewAction,
    text,
    immutable: true,
    createdAt: now,
  };
  await audit.commit(
    [
      {
        orgId: actor.orgId,
        at: now,
        actorId: actor.id,
        actorRole: actor.role,
        action: tables.viewAction,
        ...tables.auditTarget(accountId),
        outcome: "success",
        ...origin,
        details: { noteId },
      },
    ],
    () => accountRecordStatements(db, tables, { note, activity }),
  );
  return feedItem(activity);
}

/** The same, remembering in the room's storage whom it noted recently: a repeat read costs no query. */
export async function recordViewOnce(
  storage: DurableObjectStorage,
  db: Database,
  tables: AccountTables,
  audit: AuditStream,
  actor: Actor,
  accountId: string,
  now: number,
  origin: Origin,
): Promise<FeedItem | null> {
  const key = `viewed:${actor.id}`;
  const last = await storage.get<number>(key);
  if (last !== undefined && now - last < VIEW_WINDOW_MS) return null;
  const item = await recordView(db, tables, audit, actor, accountId, now, origin);
  if (item) await storage.put(key, now);
  return item;
}
