// What each lock decision means outside the state machine: frames to send, and the records to
// write (the fencing token on the account row, feed items, audit rows, a takeover's note).
import { and, eq, isNull } from "drizzle-orm";
import type { Actor } from "../../core/domain/actor";
import type { LockEvent, LockState, ReleaseReason } from "../../core/domain/lock";
import { redactFreeText } from "../../core/domain/redaction";
import type { FeedItem, ServerFrameBody } from "../../core/protocol/room";
import type { Database } from "../../db/client";
import { activityInsert } from "../../db/repositories/activity";
import { type AuditEntry, commitWithAudit } from "../../db/repositories/audit";
import { customers, notes, ownershipSessions } from "../../db/schema";
import type { Statement } from "../commands/types";
import { feedItem, ownerView, personView } from "./frames";
import type { RoomMeta } from "./store";

export interface FrameEffect {
  to: "all" | "requester";
  body: ServerFrameBody;
}

export interface PersistContext {
  meta: RoomMeta;
  now: number;
  state: LockState;
  actor: Actor | null;
  origin: { ip: string | null; userAgent: string | null };
}

const RELEASE_SUMMARY: Record<ReleaseReason, (name: string, by: string | null) => string> = {
  released: (name) => `${name} released ownership`,
  expired: (name) => `${name}'s ownership expired`,
  idle: (name) => `${name}'s ownership ended after inactivity`,
  "taken-over": (name, by) => `${by ?? "A lead"} took over from ${name}`,
  "handed-off": (name) => `${name} handed the account off`,
  "signed-out": (name) => `${name} signed out; ownership ended`,
};

const newId = (prefix: string) => `${prefix}_${crypto.randomUUID().replace(/-/g, "").slice(0, 20)}`;

export function lockEventEffects(events: LockEvent[], context: { reqId?: string; handoffMessage?: string }) {
  const reqId = context.reqId ? { reqId: context.reqId } : {};
  const frames: FrameEffect[] = [];
  let ownershipChanged = false;
  for (const event of events) {
    switch (event.type) {
      case "granted":
        ownershipChanged = true;
        frames.push({
          to: "all",
          body: {
            type: "lock-granted",
            ...reqId,
            owner: ownerView(event.owner),
            token: event.token,
            expiresAt: event.expiresAt,
            reason: event.reason,
            previous: event.previous ? personView(event.previous) : null,
            ...(event.note ? { note: event.note } : {}),
          },
        });
        break;
      case "resumed":
        frames.push({
          to: "all",
          body: {
            type: "lock-granted",
            ...reqId,
            owner: ownerView(event.owner),
            token: event.token,
            expiresAt: event.expiresAt,
            reason: "resumed",
            previous: null,
          },
        });
        break;
      case "denied":
        frames.push({
          to: "requester",
          body: {
            type: "lock-denied",
            ...reqId,
            code: event.code,
            message: event.message,
            owner: event.owner ? ownerView(event.owner) : null,
          },
        });
        break;
      case "released":
        ownershipChanged = true;
        frames.push({
          to: "all",
          body: {
            type: "lock-released",
            ...reqId,
            previous: personView(event.previous),
            reason: event.reason,
            by: event.by ? personView(event.by) : null,
            ...(event.note ? { note: event.note } : {}),
          },
        });
        break;
      case "expiring":
        frames.push({ to: "all", body: { type: "lock-expiring", owner: ownerView(event.owner), at: event.at, reason: event.reason } });
        break;
      case "handoff-requested":
        ownershipChanged = true;
        frames.push({
          to: "all",
          body: {
            type: "handoff-requested",
            ...reqId,
            request: { id: event.request.id, from: personView(event.request.from), requestedAt: event.request.requestedAt },
            ...(context.handoffMessage ? { message: context.handoffMessage } : {}),
          },
        });
        break;
      case "handoff-refused":
        frames.push({
          to: "all",
          body: {
            type: "handoff-answered",
            ...reqId,
            requestId: event.request.id,
            outcome: "refused",
            from: personView(event.request.from),
          },
        });
        break;
      case "handoff-lapsed":
        frames.push({
          to: "all",
          body: { type: "handoff-answered", requestId: event.request.id, outcome: "lapsed", from: personView(event.request.from) },
        });
        break;
    }
    if (event.type === "granted" && event.handoff) {
      frames.push({
        to: "all",
        body: { type: "handoff-answered", ...reqId, requestId: event.handoff.id, outcome: "accepted", from: personView(event.owner) },
      });
    }
  }
  return {
    frames,
    ownershipChanged,
    persist: (db: Database, ctx: PersistContext) => persistLockEvents(db, events, ctx),
  };
}

/** Grants move the account's lock_epoch; grants and releases become feed items and audit rows. */
async function persistLockEvents(db: Database, events: LockEvent[], ctx: PersistContext): Promise<FeedItem[]> {
  const statements: Statement[] = [];
  const audits: AuditEntry[] = [];
  const feed: FeedItem[] = [];
  const { meta, now } = ctx;
  const base = {
    orgId: meta.orgId,
    at: now,
    targetType: "customer",
    targetId: meta.customerId,
    customerId: meta.customerId,
    ip: ctx.origin.ip,
    userAgent: ctx.origin.userAgent,
  };
  for (const event of events) {
    if (event.type !== "granted" && event.type !== "released") continue;
    if (event.type === "granted") {
      statements.push(db.update(customers).set({ lockEpoch: event.token }).where(eq(customers.id, meta.customerId)));
      statements.push(
        db.insert(ownershipSessions).values({
          id: `own_${meta.customerId}_${event.token}`,
          orgId: meta.orgId,
          customerId: meta.customerId,
          staffId: event.owner.staffId,
          teamId: event.owner.teamId,
          token: event.token,
          startedAt: now,
          startedBy: event.reason,
          waitedMs: event.handoff ? now - event.handoff.requestedAt : null,
        }),
      );
    } else {
      statements.push(
        db
          .update(ownershipSessions)
          .set({ endedAt: now, endReason: event.reason })
          .where(and(eq(ownershipSessions.customerId, meta.customerId), isNull(ownershipSessions.endedAt))),
      );
    }
    const summary =
      event.type === "granted"
        ? event.reason === "takeover"
          ? `${event.owner.name} took over ownership: ${redactFreeText(event.note ?? "", now)}`
          : event.reason === "handoff"
            ? `${event.owner.name} took ownership by handoff`
            : `${event.owner.name} took ownership`
        : RELEASE_SUMMARY[event.reason](event.previous.name, event.by?.name ?? null);
    const person = event.type === "granted" ? event.owner : (event.by ?? event.previous);
    const row = {
      id: newId("act"),
      orgId: meta.orgId,
      customerId: meta.customerId,
      kind: "lock" as const,
      summary,
      data: JSON.stringify(
        event.type === "granted"
          ? { event: "granted", reason: event.reason, token: event.token }
          : { event: "released", reason: event.reason },
      ),
      actorId: person.staffId,
      actorName: person.name,
      at: now,
    };
    statements.push(activityInsert(db, row));
    feed.push(feedItem(row));
    const action = event.type === "granted" ? (event.reason === "takeover" ? "lock.takeover" : "lock.grant") : "lock.release";
    audits.push({
      ...base,
      actorId: person.staffId,
      actorRole: person.role,
      action,
      outcome: "success",
      details: event.type === "granted" ? { token: event.token, reason: event.reason } : { reason: event.reason },
    });
    if (event.type === "granted" && event.reason === "takeover" && event.note) {
      statements.push(
        db.insert(notes).values({
          id: newId("not"),
          orgId: meta.orgId,
          customerId: meta.customerId,
          authorId: event.owner.staffId,
          authorName: event.owner.name,
          kind: "manual",
          category: "general",
          action: "lock.takeover",
          text: redactFreeText(event.note, now),
          immutable: true,
          createdAt: now,
        }),
      );
    }
  }
  if (audits.length > 0) await commitWithAudit(db, audits, () => statements);
  return feed;
}
