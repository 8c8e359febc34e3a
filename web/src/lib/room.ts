// A customer's live room as Solid signals: owner, viewers, feed, connection status, my lock,
// handoffs and notices, over partysocket. Every frame in is checked against the protocol schema;
// every room-state (on joining and after each reconnect) replaces what the screen had.
import PartySocket from "partysocket";
import { batch, createSignal } from "solid-js";
import * as v from "valibot";
import { applyPresenceDelta } from "../../../core/domain/presence";
import type { FeedItem, OwnerView, ServerFrame, ViewerView } from "../../../core/protocol/room";
import { PROTOCOL_VERSION, ServerFrameSchema } from "../../../core/protocol/room";
import { deviceClass } from "./device";
import { createNotices } from "./notices";
import { type LostOwnership, lostFromRelease, lostWhileDisconnected } from "./ownership";

export type { LostOwnership } from "./ownership";
export type ConnectionStatus = "connecting" | "open" | "reconnecting" | "offline";
export interface MyLock {
  token: number;
  expiresAt: number;
  graceUntil: number | null;
}
export interface Expiring {
  at: number;
  reason: "disconnected" | "idle";
}
export interface HandoffView {
  id: string;
  from: { staffId: string; name: string };
  requestedAt: number;
  message?: string;
}
export type CommandResult = { ok: true } | { ok: false; code: string; message: string };

/** Heartbeats renew the owner's lease (30 s) well before it lapses, and tell the room who is active. */
const HEARTBEAT_MS = 10_000;
const FEED_MAX = 200;
const REPLY_TIMEOUT_MS = 10_000;
/** Close codes after which reconnecting cannot help: signed out, forbidden, no such customer. */
const TERMINAL_CLOSE = new Set([4401, 4403, 4404]);

export function createCustomerRoom(customerId: string) {
  const [status, setStatus] = createSignal<ConnectionStatus>(navigator.onLine ? "connecting" : "offline");
  const [me, setMe] = createSignal<string | null>(null);
  const [owner, setOwner] = createSignal<OwnerView | null>(null);
  const [viewers, setViewers] = createSignal<ViewerView[]>([]);
  const [feed, setFeed] = createSignal<FeedItem[]>([]);
  const [myLock, setMyLock] = createSignal<MyLock | null>(null);
  const [expiring, setExpiring] = createSignal<Expiring | null>(null);
  const [handoff, setHandoff] = createSignal<HandoffView | null>(null);
  const [lost, setLost] = createSignal<LostOwnership | null>(null);
  const [resyncs, setResyncs] = createSignal(0);
  const [pending, setPending] = createSignal<string | null>(null);
  const notices = createNotices();
  const waiting = new Map<string, { type: string; resolve: (result: CommandResult) => void; timer: number }>();
  const listeners = new Set<(frame: ServerFrame) => void>();
  let clockOffset = 0;
  let joined = false;
  let activeSinceBeat = false;
  /** What the person is editing right now (a form, a note): any at all shows them as editing. */
  const editingSources = new Set<string>();
  const editing = () => editingSources.size > 0;
  let lastDevice = deviceClass();

  const socket = new PartySocket({
    host: location.host,
    protocol: location.protocol === "https:" ? "wss" : "ws",
    party: "customer-room",
    room: customerId,
    query: () => ({ device: deviceClass() }),
    maxEnqueuedMessages: 0,
    shouldReconnectOnClose: (event) => !TERMINAL_CLOSE.has(event.code),
  });

  const now = () => Date.now() + clockOffset;
  const away = () => document.visibilityState === "hidden";
  const isOpen = () => socket.readyState === PartySocket.OPEN;
  const send = (body: Record<string, unknown>) => {
    if (isOpen()) socket.send(JSON.stringify({ v: PROTOCOL_VERSION, ...body }));
  };
  const sendPresence = () => {
    lastDevice = deviceClass();
    send({ type: "presence-update", state: away() ? "away" : editing() ? "editing" : "viewing", device: lastDevice });
  };

  function settle(reqId: string | undefined, result: CommandResult): void {
    const entry = reqId ? waiting.get(reqId) : undefined;
    if (!entry || !reqId) return;
    waiting.delete(reqId);
    window.clearTimeout(entry.timer);
    if (waiting.size === 0) setPending(null);
    entry.resolve(result);
  }

  function command(type: string, body: Record<string, unknown> = {}): Promise<CommandResult> {
    if (!isOpen())
      return Promise.resolve({ ok: false, code: "UNAVAILABLE", message: "Not connected; try again when the status says Live" });
    const reqId = crypto.randomUUID();
    setPending(type);
    return new Promise((resolve) => {
      const timer = window.setTimeout(
        () => settle(reqId, { ok: false, code: "UNAVAILABLE", message: "The room did not answer; check the ownership bar" }),
        REPLY_TIMEOUT_MS,
      );
      waiting.set(reqId, { type, resolve, timer });
      send({ type, reqId, ...body });
    });
  }

  function handle(frame: ServerFrame): void {
    const mine = (staffId: string | undefined) => staffId !== undefined && staffId === me();
    const ownReq = frame.reqId !== undefined && waiting.has(frame.reqId);
    switch (frame.type) {
      case "room-state": {
        clockOffset = frame.serverTime - Date.now();
        const held = myLock();
        const owned = frame.owner?.staffId === frame.you.staffId && frame.lock ? frame.lock : null;
        setMe(frame.you.staffId);
        setOwner(frame.owner);
        setViewers(frame.viewers);
        setFeed(frame.feed);
        setHandoff(frame.handoff);
        setMyLock(owned ? { token: owned.token, expiresAt: owned.expiresAt, graceUntil: owned.graceUntil } : null);
        setExpiring(frame.lock?.graceUntil ? { at: frame.lock.graceUntil, reason: "disconnected" } : null);
        // We held it before the connection dropped and no longer do: say so, even without a release frame.
        if (held && !owned && !lost()) setLost(lostWhileDisconnected(frame.owner, now()));
        setStatus("open");
        for (const [reqId] of waiting)
          settle(reqId, { ok: false, code: "UNAVAILABLE", message: "Reconnected; the screen shows the room as it is now" });
        if (joined) {
          setResyncs((n) => n + 1);
          notices.push("success", "Reconnected. The screen is up to date.");
        }
        joined = true;
        if (away() || editing() || lastDevice !== deviceClass()) sendPresence();
        return;
      }
      case "lock-granted":
        setOwner(frame.owner);
        setExpiring(null);
        if (frame.reason !== "resumed") setHandoff(null);
        if (mine(frame.owner.staffId)) {
          setMyLock({ token: frame.token, expiresAt: frame.expiresAt, graceUntil: null });
          setLost(null);
        } else if (myLock()) {
          setMyLock(null);
          setLost(lostFromRelease({ reason: "taken-over", by: frame.owner, note: frame.note }, now(), away()));
        }
        settle(frame.reqId, { ok: true });
        return;
      case "lock-released":
        setOwner(null);
        setExpiring(null);
        setHandoff(null);
        if (mine(frame.previous.staffId)) {
          setMyLock(null);
          // Releasing or handing off from this screen is deliberate; anything else is news.
          const deliberate = ownReq && (frame.reason === "released" || frame.reason === "handed-off");
          if (!deliberate) setLost(lostFromRelease(frame, now(), away()));
        }
        settle(frame.reqId, { ok: true });
        return;
      case "lock-denied":
        if (frame.owner) setOwner(frame.owner);
        notices.push("warning", frame.message, frame.code);
        settle(frame.reqId, { ok: false, code: frame.code, message: frame.message });
        return;
      case "lock-expiring": {
        setExpiring({ at: frame.at, reason: frame.reason });
        const held = myLock();
        if (held && mine(frame.owner.staffId) && frame.reason === "disconnected") setMyLock({ ...held, graceUntil: frame.at });
        return;
      }
      case "presence":
        setViewers(frame.viewers);
        return;
      case "presence-delta":
        setViewers((viewers) => applyPresenceDelta(viewers, frame));
        return;

      case "activity":
        setFeed((items) => (items.some((i) => i.id === frame.item.id) ? items : [frame.item, ...items].slice(0, FEED_MAX)));
        return;
      case "handoff-requested":
        setHandoff({ ...frame.request, ...(frame.message ? { message: frame.message } : {}) });
        settle(frame.reqId, { ok: true });
        return;
      case "handoff-answered":
        setHandoff(null);
        if (mine(frame.from.staffId)) {
          if (frame.outcome === "refused") notices.push("warning", "The owner kept the account.");
          if (frame.outcome === "lapsed") notices.push("info", "Your handoff request lapsed without an answer.");
        }
        settle(frame.reqId, { ok: true });
        return;
      case "session-ended":
        if (myLock()) setLost(lostFromRelease({ reason: "signed-out", by: null }, now(), away()));
        setMyLock(null);
        setStatus("offline");
        notices.push("danger", "Your session ended. Sign in again to continue.", "UNAUTHENTICATED");
        return;
      case "ack": {
        // The owner's heartbeat renewed the lease: keep the countdown honest.
        const held = myLock();
        if (held && frame.expiresAt !== undefined) setMyLock({ ...held, expiresAt: frame.expiresAt, graceUntil: null });
        return;
      }
      case "error":
        notices.push("danger", frame.message, frame.code);

        settle(frame.reqId, { ok: false, code: frame.code, message: frame.message });
        return;
      default:
        return;
    }
  }

  const onMessage = (event: MessageEvent) => {
    let json: unknown;
    try {
      json = JSON.parse(String(event.data));
    } catch {
      return;
    }
    const parsed = v.safeParse(ServerFrameSchema, json);
    if (!parsed.success) {
      // An unexpected frame (e.g. from a newer deploy) is ignored rather than trusted.
      console.warn("room: ignored a frame that does not match the protocol", parsed.issues[0]?.message);
      return;
    }
    const frame = parsed.output;
    batch(() => handle(frame));
    for (const listener of listeners) listener(frame);
  };
  const onClose = (event: CloseEvent) => {
    if (TERMINAL_CLOSE.has(event.code)) return setStatus("offline");
    setStatus(!navigator.onLine ? "offline" : joined ? "reconnecting" : "connecting");
  };
  // The browser knows it is offline before the socket notices: say so, and let the room start the
  // owner's grace period now; reconnect as soon as the network is back.
  const onOffline = () => {
    setStatus("offline");
    socket.close(1000, "offline");
  };
  const onOnline = () => {
    setStatus("reconnecting");
    socket.reconnect();
  };
  const onInput = () => {
    activeSinceBeat = true;
  };
  const onVisibility = () => {
    sendPresence();
    if (!away()) send({ type: "heartbeat", active: true });
  };
  const onResize = () => {
    if (deviceClass() !== lastDevice) sendPresence();
  };
  socket.addEventListener("message", onMessage);
  socket.addEventListener("close", onClose);
  window.addEventListener("offline", onOffline);
  window.addEventListener("online", onOnline);
  window.addEventListener("pointerdown", onInput, { passive: true });
  window.addEventListener("keydown", onInput, { passive: true });
  window.addEventListener("resize", onResize, { passive: true });
  document.addEventListener("visibilitychange", onVisibility);
  const beat = window.setInterval(() => {
    send({ type: "heartbeat", active: activeSinceBeat });
    activeSinceBeat = false;
  }, HEARTBEAT_MS);

  return {
    customerId,
    status,
    me,
    owner,
    viewers,
    feed,
    myLock,
    expiring,
    handoff,
    lost,
    resyncs,
    pending,
    notices: notices.list,
    dismissNotice: notices.dismiss,
    now,
    acknowledgeLost: () => setLost(null),
    requestLock: () => command("lock-request"),
    release: () => command("lock-release"),
    takeover: (reason: string) => command("lock-takeover", { reason }),
    askHandoff: (message?: string) => command("handoff-request", message ? { message } : {}),
    answerHandoff: (requestId: string, accept: boolean) => command("handoff-answer", { requestId, accept }),
    /** Tells the room this person is still active now (e.g. "keep ownership" on an idle warning). */
    stillHere: () => send({ type: "heartbeat", active: true }),
    setEditing(source: string, on: boolean) {
      const before = editing();
      if (on) editingSources.add(source);
      else editingSources.delete(source);
      if (editing() !== before) sendPresence();
    },
    onFrame(listener: (frame: ServerFrame) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      window.clearInterval(beat);
      for (const [reqId] of waiting) settle(reqId, { ok: false, code: "UNAVAILABLE", message: "Closed" });
      socket.removeEventListener("message", onMessage);
      socket.removeEventListener("close", onClose);
      window.removeEventListener("offline", onOffline);
      window.removeEventListener("online", onOnline);
      window.removeEventListener("pointerdown", onInput);
      window.removeEventListener("keydown", onInput);
      window.removeEventListener("resize", onResize);
      document.removeEventListener("visibilitychange", onVisibility);
      socket.close(1000, "left");
    },
  };
}

export type CustomerRoom = ReturnType<typeof createCustomerRoom>;
