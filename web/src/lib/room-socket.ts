// The wire of an account's room (a customer's or a merchant's): partysocket (reconnects), heartbeats, presence (away while the tab
// is hidden, editing while a form is open) and commands matched to their replies by reqId. Frames
// are checked against the protocol and handed on; what they mean is core/domain/room-view.ts.
import PartySocket from "partysocket";
import { createSignal } from "solid-js";
import * as v from "valibot";
import type { FrameContext } from "../../../core/domain/room-view";
import { PROTOCOL_VERSION, type ServerFrame, ServerFrameSchema } from "../../../core/protocol/room";
import { deviceClass } from "./device";

export type ConnectionStatus = "connecting" | "open" | "reconnecting" | "offline";
export type CommandResult = { ok: true } | { ok: false; code: string; message: string };

/** Heartbeats renew the owner's lease (30 s) well before it lapses, and tell the room who is active. */
const HEARTBEAT_MS = 10_000;
const REPLY_TIMEOUT_MS = 10_000;
/** Close codes after which reconnecting cannot help: signed out, forbidden, no such customer. */
const TERMINAL_CLOSE = new Set([4401, 4403, 4404]);

/** What a frame answers to the command that carried its reqId, or null when it answers none. */
export function frameReply(frame: ServerFrame): CommandResult | null {
  switch (frame.type) {
    case "lock-granted":
    case "lock-released":
    case "handoff-requested":
    case "handoff-answered":
      return { ok: true };
    case "lock-denied":
    case "error":
      return { ok: false, code: frame.code, message: frame.message };
    default:
      return null;
  }
}

export type RoomParty = "customer-room" | "merchant-room" | "ticket-room";

export function openRoomSocket(
  accountId: string,
  deliver: (frame: ServerFrame, context: FrameContext) => void,
  party: RoomParty = "customer-room",
) {
  const [status, setStatus] = createSignal<ConnectionStatus>(navigator.onLine ? "connecting" : "offline");
  const [pending, setPending] = createSignal<string | null>(null);
  const waiting = new Map<string, { resolve: (result: CommandResult) => void; timer: number }>();
  let joined = false;
  let activeSinceBeat = false;
  /** What the person is editing right now (a form, a note): any at all shows them as editing. */
  const editingSources = new Set<string>();
  const editing = () => editingSources.size > 0;
  let lastDevice = deviceClass();

  const socket = new PartySocket({
    host: location.host,
    protocol: location.protocol === "https:" ? "wss" : "ws",
    party,
    room: accountId,
    query: () => ({ device: deviceClass() }),
    maxEnqueuedMessages: 0,
    shouldReconnectOnClose: (event) => !TERMINAL_CLOSE.has(event.code),
  });

  const away = () => document.visibilityState === "hidden";
  const isOpen = () => socket.readyState === PartySocket.OPEN;
  const send = (body: Record<string, unknown>): boolean => {
    if (!isOpen()) return false;
    socket.send(JSON.stringify({ v: PROTOCOL_VERSION, ...body }));
    return true;
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
      waiting.set(reqId, { resolve, timer });
      send({ type, reqId, ...body });
    });
  }

  function received(frame: ServerFrame): void {
    const ownRequest = frame.reqId !== undefined && waiting.has(frame.reqId);
    deliver(frame, { receivedAt: Date.now(), away: away(), ownRequest });
    if (frame.type === "room-state") {
      setStatus("open");
      for (const [reqId] of waiting)
        settle(reqId, { ok: false, code: "UNAVAILABLE", message: "Reconnected; the screen shows the room as it is now" });
      joined = true;
      if (away() || editing() || lastDevice !== deviceClass()) sendPresence();
    }
    if (frame.type === "session-ended") setStatus("offline");
    const reply = frameReply(frame);
    if (reply) settle(frame.reqId, reply);
  }

  const onMessage = (event: MessageEvent) => {
    let json: unknown;
    try {
      json = JSON.parse(String(event.data));
    } catch {
      return;
    }
    const parsed = v.safeParse(ServerFrameSchema, json);
    // An unexpected frame (e.g. from a newer deploy) is ignored rather than trusted.
    if (parsed.success) received(parsed.output);
    else console.warn("room: ignored a frame that does not match the protocol", parsed.issues[0]?.message);
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
  const windowEvents: [string, EventListener][] = [
    ["offline", onOffline],
    ["online", onOnline],
    ["pointerdown", onInput],
    ["keydown", onInput],
    ["resize", onResize],
  ];
  socket.addEventListener("message", onMessage);
  socket.addEventListener("close", onClose);
  for (const [name, listener] of windowEvents) window.addEventListener(name, listener, { passive: true });
  document.addEventListener("visibilitychange", onVisibility);
  const beat = window.setInterval(() => {
    send({ type: "heartbeat", active: activeSinceBeat });
    activeSinceBeat = false;
  }, HEARTBEAT_MS);

  return {
    status,
    /** The command waiting for its reply, if any (buttons show they are busy). */
    pending,
    command,
    /** One frame as it is, if the socket is open (answers whether it went). */
    send,
    /** Tells the room this person is still active now (e.g. "keep ownership" on an idle warning). */
    stillHere: () => send({ type: "heartbeat", active: true }),
    setEditing(source: string, on: boolean) {
      const before = editing();
      if (on) editingSources.add(source);
      else editingSources.delete(source);
      if (editing() !== before) sendPresence();
    },
    close() {
      window.clearInterval(beat);
      for (const [reqId] of waiting) settle(reqId, { ok: false, code: "UNAVAILABLE", message: "Closed" });
      socket.removeEventListener("message", onMessage);
      socket.removeEventListener("close", onClose);
      for (const [name, listener] of windowEvents) window.removeEventListener(name, listener);
      document.removeEventListener("visibilitychange", onVisibility);
      socket.close(1000, "left");
    },
  };
}
