// A WebSocket client for room tests inside workerd: records every frame and waits on conditions.
import { SELF } from "cloudflare:test";
import { applyPresenceDelta } from "../../../core/domain/presence";
import type { ViewerView } from "../../../core/protocol/room";
import { ORIGIN } from "./http";

export interface Frame {
  type: string;
  [key: string]: unknown;
}

export class RoomClient {
  readonly frames: Frame[] = [];
  /** Who this socket shows as here, as a screen would: room-state and presence, deltas applied. */
  viewers: ViewerView[] = [];
  private waiters: { predicate: (f: Frame) => boolean; resolve: (f: Frame) => void; from: number }[] = [];
  closed: { code: number; reason: string } | null = null;
  private closeWaiters: (() => void)[] = [];

  constructor(readonly ws: WebSocket) {
    ws.addEventListener("message", (event) => {
      const frame = JSON.parse(String(event.data)) as Frame;
      if (frame.type === "room-state" || frame.type === "presence") this.viewers = frame.viewers as ViewerView[];
      if (frame.type === "presence-delta")
        this.viewers = applyPresenceDelta(this.viewers, frame as unknown as { upserts: ViewerView[]; removals: string[] });
      this.frames.push(frame);
      for (const waiter of [...this.waiters]) {
        if (waiter.predicate(frame)) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          waiter.resolve(frame);
        }
      }
    });
    ws.addEventListener("close", (event) => {
      this.closed = { code: event.code, reason: event.reason };
      for (const resolve of this.closeWaiters) resolve();
    });
  }

  send(frame: Record<string, unknown>): void {
    this.ws.send(JSON.stringify({ v: 1, ...frame }));
  }

  sendRaw(data: string | ArrayBuffer): void {
    this.ws.send(data);
  }

  /** The first frame (already received or still to come) matching the predicate, after `from`. */
  next(predicate: (f: Frame) => boolean, options: { from?: number; timeoutMs?: number } = {}): Promise<Frame> {
    const from = options.from ?? 0;
    const seen = this.frames.slice(from).find(predicate);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no matching frame within ${options.timeoutMs ?? 5000} ms; got ${JSON.stringify(this.frames.slice(-5))}`)),
        options.timeoutMs ?? 5000,
      );
      this.waiters.push({
        predicate,
        from,
        resolve: (f) => {
          clearTimeout(timer);
          resolve(f);
        },
      });
    });
  }

  /** The viewers once they match (now, or after a frame to come). */
  async viewersWhere(predicate: (viewers: ViewerView[]) => boolean, timeoutMs = 5000): Promise<ViewerView[]> {
    if (!predicate(this.viewers)) await this.next(() => predicate(this.viewers), { from: this.frames.length, timeoutMs });
    return this.viewers;
  }

  nextOfType(type: string, from = this.frames.length): Promise<Frame> {
    return this.next((f) => f.type === type, { from });
  }

  /** Sends a frame with a fresh reqId and waits for the reply carrying it. */
  async request(frame: Record<string, unknown>, replyTypes?: string[]): Promise<Frame> {
    const reqId = crypto.randomUUID();
    const reply = this.next((f) => f.reqId === reqId && (!replyTypes || replyTypes.includes(f.type)));
    this.send({ ...frame, reqId });
    return reply;
  }

  waitClosed(): Promise<{ code: number; reason: string }> {
    if (this.closed) return Promise.resolve(this.closed);
    return new Promise((resolve) => this.closeWaiters.push(() => resolve(this.closed as { code: number; reason: string })));
  }

  close(): void {
    try {
      this.ws.close(1000, "done");
    } catch {
      // already closed
    }
  }
}

/** Opens a room socket through the Worker (auth and Origin checks included). */
export async function openRoom(
  cookie: string,
  customerId: string,
  options: { device?: string; origin?: string; party?: string } = {},
): Promise<RoomClient> {
  const response = await connectRoom(cookie, customerId, options);
  const ws = response.webSocket;
  if (!ws) throw new Error(`no upgrade: ${response.status} ${await response.text()}`);
  ws.accept();
  const client = new RoomClient(ws);
  return client;
}

export function connectRoom(
  cookie: string | undefined,
  customerId: string,
  options: { device?: string; origin?: string; party?: string } = {},
): Promise<Response> {
  const party = options.party ?? "customer-room";
  const headers: Record<string, string> = { Upgrade: "websocket", Origin: options.origin ?? ORIGIN };
  if (cookie) headers.Cookie = cookie;
  return SELF.fetch(`${ORIGIN}/parties/${party}/${customerId}?device=${options.device ?? "desktop"}`, { headers });
}

/** Opens a room (a customer's, unless `party` names another kind) and waits for its room-state. */
export async function joinRoom(
  cookie: string,
  customerId: string,
  device?: string,
  party?: string,
): Promise<{ client: RoomClient; state: Frame }> {
  const client = await openRoom(cookie, customerId, { device, ...(party ? { party } : {}) });
  const state = await client.nextOfType("room-state", 0);
  return { client, state };
}
