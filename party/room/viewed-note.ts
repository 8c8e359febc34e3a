// The automatic "viewed" note: one per rep per account per visit window, for compliance review.
import type { Actor } from "../../core/domain/actor";
import type { FeedItem } from "../../core/protocol/room";
import type { Database } from "../../db/client";
import { activityInsert } from "../../db/repositories/activity";
import { commitWithAudit } from "../../db/repositories/audit";
import { recentViewQuery } from "../../db/repositories/notes";
import { notes } from "../../db/schema";
import { feedItem } from "./frames";

export const VIEW_WINDOW_MS = 30 * 60_000;

export async function recordView(
  db: Database,
  actor: Actor,
  customerId: string,
  now: number,
  origin: { ip: string | null; userAgent: string | null },
): Promise<FeedItem | null> {
  const [recent] = await recentViewQuery(db, actor.id, customerId, now - VIEW_WINDOW_MS);
  if (recent) return null;
  const noteId = `not_${crypto.randomUUID().replace(/-/g, "").slice(0, 20)}`;
  const text = `Account viewed by ${actor.name}`;
  const row = {
    id: `act_${crypto.randomUUID().replace(/-/g, "").slice(0, 20)}`,
    orgId: actor.orgId,
    customerId,
    kind: "note" as const,
    summary: text,
    data: JSON.stringify({ noteId, kind: "automatic" }),
    actorId: actor.id,
    actorName: actor.name,
    at: now,
  };
  await commitWithAudit(
    db,
    [
      {
        orgId: actor.orgId,
        at: now,
        actorId: actor.id,
        actorRole: actor.role,
        action: "customer.view",
        targetType: "customer",
        targetId: customerId,
        customerId,
        outcome: "success",
        ...origin,
        details: { noteId },
      },
    ],
    () => [
      db.insert(notes).values({
        id: noteId,
        orgId: actor.orgId,
        customerId,
        authorId: actor.id,
        authorName: actor.name,
        kind: "automatic",
        category: "system",
        action: "customer.view",
        text,
        immutable: true,
        createdAt: now,
      }),
      activityInsert(db, row),
    ],
  );
  return feedItem(row);
}

/** The same, remembering in the room's storage whom it noted recently: a reload costs no query. */
export async function recordViewOnce(
  storage: DurableObjectStorage,
  db: Database,
  actor: Actor,
  customerId: string,
  now: number,
  origin: { ip: string | null; userAgent: string | null },
): Promise<FeedItem | null> {
  const key = `viewed:${actor.id}`;
  const last = await storage.get<number>(key);
  if (last !== undefined && now - last < VIEW_WINDOW_MS) return null;
  const item = await recordView(db, actor, customerId, now, origin);
  if (item) await storage.put(key, now);
  return item;
}
