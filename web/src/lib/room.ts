// An account's live room (a customer's or a merchant's) as Solid signals: the socket (room-socket.ts) delivers frames, the pure
// reducer (core/domain/room-view.ts) folds them into what the screen shows, and each part of that
// picture is a signal of its own, so a new feed item does not redraw the ownership bar.
import { batch, createMemo, createRoot, createSignal, untrack } from "solid-js";
import {
  EMPTY_ROOM_VIEW,
  type Expiring,
  expiringOf,
  type FrameContext,
  type RoomView,
  reduceRoomView,
} from "../../../core/domain/room-view";
import type { ServerFrame } from "../../../core/protocol/room";
import { createNotices, type NoticeTone } from "./notices";
import { openRoomSocket, type RoomParty } from "./room-socket";
import { createServing } from "./serving";

export type { Expiring, HandoffView, LostOwnership, MyLock } from "../../../core/domain/room-view";
export type { CommandResult, ConnectionStatus } from "./room-socket";

/** What a frame tells the person in the screen's status region, if anything. */
function noticeFor(before: RoomView, frame: ServerFrame): { tone: NoticeTone; text: string; code?: string } | null {
  switch (frame.type) {
    case "room-state":
      return before.joined ? { tone: "success", text: "Reconnected. The screen is up to date." } : null;
    case "lock-denied":
      return { tone: "warning", text: frame.message, code: frame.code };
    case "handoff-answered":
      if (frame.from.staffId !== before.me) return null;
      if (frame.outcome === "refused") return { tone: "warning", text: "The owner kept the account." };
      return frame.outcome === "lapsed" ? { tone: "info", text: "Your handoff request lapsed without an answer." } : null;
    case "session-ended":
      return { tone: "danger", text: "Your session ended. Sign in again to continue.", code: "UNAUTHENTICATED" };
    case "error":
      return { tone: "danger", text: frame.message, code: frame.code };
    default:
      return null;
  }
}

const sameExpiring = (a: Expiring | null, b: Expiring | null) => a?.at === b?.at && a?.reason === b?.reason;

export function createAccountRoom(party: RoomParty, accountId: string) {
  const [view, setView] = createSignal<RoomView>(EMPTY_ROOM_VIEW);
  const notices = createNotices();
  const listeners = new Set<(frame: ServerFrame) => void>();

  // The process monitor measures its reps while they serve; it needs the socket, so that is made first.
  let serving: ReturnType<typeof createServing> | null = null;
  const deliver = (frame: ServerFrame, context: FrameContext) => {
    serving?.frame(frame);
    const before = view();
    batch(() => {
      setView(reduceRoomView(before, frame, context));
      const notice = noticeFor(before, frame);
      if (notice) notices.push(notice.tone, notice.text, notice.code);
    });
    // Outside the batch: listeners that keep the reader's place measure the list after it changed.
    for (const listener of listeners) listener(frame);
  };
  const socket = openRoomSocket(accountId, deliver, party);
  // Serving a client is what it measures: customers' rooms only.
  if (party === "customer-room") serving = createServing(accountId, socket.send);

  // One memo per part: the reducer keeps unchanged parts identical, so only what changed notifies.
  const { parts, dispose } = createRoot((dispose) => {
    const part = <K extends keyof RoomView>(key: K) => createMemo(() => view()[key]);
    return {
      dispose,
      parts: {
        me: part("me"),
        owner: part("owner"),
        viewers: part("viewers"),
        feed: part("feed"),
        myLock: part("myLock"),
        handoff: part("handoff"),
        lost: part("lost"),
        resyncs: part("resyncs"),
        expiring: createMemo(() => expiringOf(view()), null, { equals: sameExpiring }),
      },
    };
  });

  return {
    accountId,
    status: socket.status,
    pending: socket.pending,
    ...parts,
    notices: notices.list,
    dismissNotice: notices.dismiss,
    /** The room's clock, for countdowns. */
    now: () => Date.now() + untrack(view).clockOffset,
    acknowledgeLost: () => setView((v) => ({ ...v, lost: null })),
    requestLock: () => socket.command("lock-request"),
    release: () => {
      serving?.beforeEnd();
      return socket.command("lock-release");
    },
    takeover: (reason: string) => socket.command("lock-takeover", { reason }),
    askHandoff: (message?: string) => socket.command("handoff-request", message ? { message } : {}),
    answerHandoff: (requestId: string, accept: boolean) => {
      if (accept) serving?.beforeEnd();
      return socket.command("handoff-answer", { requestId, accept });
    },
    /** The interaction the process monitor measures here, if any (the screen says so). */
    measured: () => serving?.serving() ?? null,
    stillHere: socket.stillHere,
    setEditing: socket.setEditing,
    /** Every frame after the picture took it in: for screens that reload a record or highlight a row. */
    onFrame(listener: (frame: ServerFrame) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      socket.close();
      dispose();
    },
  };
}

export type AccountRoom = ReturnType<typeof createAccountRoom>;

export function createCustomerRoom(customerId: string) {
  return { ...createAccountRoom("customer-room", customerId), customerId };
}
export type CustomerRoom = ReturnType<typeof createCustomerRoom>;
