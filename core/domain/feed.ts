// A feed item (what screens show in an account's activity feed) from a stored activity row: the
// one translation the rooms' frames and the activity API share.
import type { FeedItem } from "../protocol/room";

export interface ActivityRowLike {
  id: string;
  kind: FeedItem["kind"];
  summary: string;
  data: string;
  actorId: string | null;
  actorName: string | null;
  at: number;
}

export function feedItem(row: ActivityRowLike): FeedItem {
  let data: Record<string, unknown> | undefined;
  try {
    const parsed: unknown = JSON.parse(row.data);
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed) && Object.keys(parsed).length > 0)
      data = parsed as Record<string, unknown>;
  } catch {
    data = undefined;
  }
  return {
    id: row.id,
    kind: row.kind,
    summary: row.summary,
    actor: row.actorId && row.actorName ? { staffId: row.actorId, name: row.actorName } : null,
    at: row.at,
    ...(data ? { data } : {}),
  };
}
