// Translates domain values (lock owners, viewers, activity rows) into protocol frames.
import type { Holder, Owner } from "../../core/domain/lock";
import type { Viewer } from "../../core/domain/presence";
import type { FeedItem, OwnerView, ViewerView } from "../../core/protocol/room";

export function ownerView(owner: Owner): OwnerView {
  return { staffId: owner.staffId, name: owner.name, role: owner.role, device: owner.device, since: owner.since };
}

export function personView(holder: Pick<Holder, "staffId" | "name">): { staffId: string; name: string } {
  return { staffId: holder.staffId, name: holder.name };
}

export function viewerView(viewer: Viewer): ViewerView {
  return {
    staffId: viewer.staffId,
    name: viewer.name,
    role: viewer.role,
    device: viewer.device,
    state: viewer.state,
    since: viewer.since,
    connections: viewer.connections,
  };
}

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
