// What an account room keeps on each socket (in its attachment, so hibernation loses nothing),
// and the checks a frame passes before any decision: size, rate, JSON, version, schema.
import * as v from "valibot";
import { type Actor, ActorSchema } from "../../core/domain/actor";
import { can, type Permission } from "../../core/domain/permissions";
import type { ConnectionPresence } from "../../core/domain/presence";
import { type DeviceClass, DeviceClassSchema, type Role } from "../../core/domain/roles";
import { AppError, describeIssues } from "../../core/protocol/errors";
import {
  ACTOR_HEADER,
  type ClientFrame,
  ClientFrameSchema,
  FrameEnvelopeSchema,
  MAX_FRAME_BYTES,
  PROTOCOL_VERSION,
} from "../../core/protocol/room";
import { DEFAULT_SOCKET_CAPS, type SocketCaps } from "./config";

export interface ConnectionState {
  actor: Actor;
  presence: ConnectionPresence;
  /** The person's latest input through this socket (keeps their session from idling out). */
  activeAt: number;
}

/** Why this socket may not join: too many of its person's, or too many in all; null when it may. */
export function socketCapRefusal(
  present: readonly { state: { actor: Actor } | null }[],
  actor: Actor,
  caps: SocketCaps = DEFAULT_SOCKET_CAPS,
): AppError | null {
  const mine = present.filter((c) => c.state?.actor.id === actor.id).length;
  if (mine >= caps.perPerson)
    return new AppError("TOO_MANY_CONNECTIONS", `This is already open ${caps.perPerson} times for you; close a tab or device`);
  if (present.length >= caps.perRoom) return new AppError("TOO_MANY_CONNECTIONS", "Too many people have this open; try again shortly");
  return null;
}

const utf8 = new TextEncoder();

export function actorFromRequest(request: Request): Actor | null {
  const raw = request.headers.get(ACTOR_HEADER);
  if (!raw) return null;
  try {
    const parsed = v.safeParse(ActorSchema, JSON.parse(raw));
    return parsed.success ? parsed.output : null;
  } catch {
    return null;
  }
}

export function deviceFromRequest(request: Request): DeviceClass {
  const parsed = v.safeParse(DeviceClassSchema, new URL(request.url).searchParams.get("device"));
  return parsed.success ? parsed.output : "desktop";
}

/** A token bucket per socket: bursts are fine, floods are refused. */
export class FrameLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  constructor(
    private readonly capacity = 120,
    private readonly refillPerSecond = 20,
  ) {}
  allow(connectionId: string, now: number): boolean {
    const bucket = this.buckets.get(connectionId) ?? { tokens: this.capacity, at: now };
    bucket.tokens = Math.min(this.capacity, bucket.tokens + ((now - bucket.at) / 1000) * this.refillPerSecond);
    bucket.at = now;
    const allowed = bucket.tokens >= 1;
    if (allowed) bucket.tokens -= 1;
    this.buckets.set(connectionId, bucket);
    return allowed;
  }
  forget(connectionId: string): void {
    this.buckets.delete(connectionId);
  }
}

export type ParsedFrame = { ok: true; frame: ClientFrame } | { ok: false; error: AppError; reqId?: string };

/** Parses one incoming message; every failure is a typed error naming what was wrong. */
export function parseFrame(message: string | ArrayBuffer | ArrayBufferView): ParsedFrame {
  if (typeof message !== "string") return { ok: false, error: new AppError("BAD_FRAME", "Frames must be JSON text, not binary") };
  // Measured in bytes as they travel (UTF-8): a frame of 3-byte characters is three times its length.
  if (message.length > MAX_FRAME_BYTES || utf8.encode(message).length > MAX_FRAME_BYTES)
    return { ok: false, error: new AppError("PAYLOAD_TOO_LARGE", `Frames are limited to ${MAX_FRAME_BYTES} bytes`) };
  let json: unknown;
  try {
    json = JSON.parse(message);
  } catch {
    return { ok: false, error: new AppError("BAD_FRAME", "Frame is not valid JSON") };
  }
  const envelope = v.safeParse(FrameEnvelopeSchema, json);
  if (!envelope.success) return { ok: false, error: new AppError("BAD_FRAME", "Frame must be an object with a string `type`") };
  const reqId = typeof envelope.output.reqId === "string" ? envelope.output.reqId.slice(0, 64) : undefined;
  if (envelope.output.v !== PROTOCOL_VERSION) {
    return {
      ok: false,
      reqId,
      error: new AppError("UNSUPPORTED_VERSION", `This room speaks protocol version ${PROTOCOL_VERSION}; reload to update the app`),
    };
  }
  const parsed = v.safeParse(ClientFrameSchema, json);
  if (!parsed.success) {
    return { ok: false, reqId, error: new AppError("BAD_FRAME", `Invalid ${envelope.output.type} frame`, describeIssues(parsed.issues)) };
  }
  return { ok: true, frame: parsed.output };
}

/** The permissions an account's kind asks for ownership and for a takeover (customers' and merchants' differ). */
export interface OwnershipPermissions {
  acquire: Permission;
  takeover: Permission;
  /** What a refused takeover says (who may take one over). */
  takeoverRefusal: string;
}

/** Frames that need more than reading the account, and who may send them. */
export function frameRefusal(role: Role, type: ClientFrame["type"], permissions: OwnershipPermissions): AppError | null {
  if (type === "lock-request" || type === "handoff-request")
    return can(role, permissions.acquire) ? null : new AppError("FORBIDDEN", "Your role may not take ownership");
  if (type === "lock-takeover") return can(role, permissions.takeover) ? null : new AppError("FORBIDDEN", permissions.takeoverRefusal);
  if (type === "step-batch")
    return can(role, "monitor.self") ? null : new AppError("FORBIDDEN", "Only the people the process monitor measures send step times");
  return null;
}
