// One ticket, worked live like an account: who is here, who owns it (ownership before a public
// reply, a status change or an escalation), the conversation (public replies, the client's words
// and internal notes, marked apart), the composer (public reply or internal note), the status
// change and escalation with a note, and the history as it happens.
import { createEffect, createSignal, For, Match, on, onCleanup, Show, Switch } from "solid-js";
import { mayMove, type TicketStatus } from "../../../../core/domain/tickets";
import type { TicketDetail } from "../../../../core/protocol/ticket-answers";
import { ApiError } from "../../lib/api";
import { deskApi } from "../../lib/desk-api";
import { exactTime } from "../../lib/format";
import { session } from "../../lib/session";
import { createTicketRoom } from "../../lib/ticket-room";
import { ErrorPanel } from "../common/error-panel";
import { SkeletonRows } from "../common/skeleton";
import { ConnectionState } from "../customer/connection-status";
import { HandoffRequest } from "../customer/handoff-request";
import { LiveFeed } from "../customer/live-feed";
import { LostOwnershipNotice } from "../customer/lost-ownership-notice";
import { OwnershipBar } from "../customer/ownership-bar";
import { RoomNotices } from "../customer/room-notices";
import { ViewerAvatars } from "../presence/viewer-avatars";
import { PRIORITY_LABELS, STATUS_LABELS, TEAM_LABELS } from "./labels";
import { SlaClock } from "./sla-clock";

const TICKET_OWNERSHIP = { acquire: "ticket.work", takeover: "ticket.takeover" } as const;
const STATUSES: TicketStatus[] = ["new", "open", "waiting_on_client", "resolved", "closed"];

const VISIBILITY_LABEL = { public: "Public reply", internal: "Internal note", client: "From the client" } as const;

export function TicketWorkspace(props: { id: string; compact?: boolean }) {
  const room = createTicketRoom(props.id);
  const [detail, setDetail] = createSignal<TicketDetail | null>(null);
  const [error, setError] = createSignal<unknown>(null);
  const [offset, setOffset] = createSignal(0);
  const [mode, setMode] = createSignal<"public" | "internal">("public");
  const [text, setText] = createSignal("");
  const [statusTo, setStatusTo] = createSignal<TicketStatus | "">("");
  const [statusNote, setStatusNote] = createSignal("");
  const [problem, setProblem] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);

  async function load() {
    try {
      const answer = await deskApi.ticket(props.id);
      setDetail(answer);
      setOffset(answer.serverTime - Date.now());
      setError(null);
    } catch (caught) {
      setError(caught);
    }
  }
  void load();
  let reloadTimer: number | undefined;
  const off = room.onFrame((frame) => {
    if (frame.type === "record-changed" && frame.record === "ticket") {
      window.clearTimeout(reloadTimer);
      reloadTimer = window.setTimeout(() => void load(), 100);
    }
  });
  createEffect(on(room.resyncs, (n) => n > 0 && void load(), { defer: true }));
  onCleanup(() => {
    off();
    window.clearTimeout(reloadTimer);
    room.close();
  });

  const token = () => room.myLock()?.token ?? null;
  const mayWork = () => session.can("ticket.work");

  async function run(action: () => Promise<unknown>, after: () => void) {
    setBusy(true);
    setProblem(null);
    try {
      await action();
      after();
      await load();
    } catch (caught) {
      setProblem(caught instanceof ApiError ? caught.message : "Saving failed; try again.");
    } finally {
      setBusy(false);
    }
  }

  const send = (event: Event) => {
    event.preventDefault();
    const body = text().trim();
    if (!body) return setProblem("Write something first.");
    if (mode() === "public") {
      const lock = token();
      if (lock === null) return setProblem("Take ownership of the ticket to reply to the client.");
      void run(
        () => deskApi.reply(props.id, lock, body),
        () => setText(""),
      );
    } else
      void run(
        () => deskApi.note(props.id, body),
        () => setText(""),
      );
  };

  const changeStatus = (event: Event) => {
    event.preventDefault();
    const to = statusTo();
    const lock = token();
    if (!to) return setProblem("Choose the new status.");
    if (!statusNote().trim()) return setProblem("Every change needs a note.");
    if (lock === null) return setProblem("Take ownership of the ticket to change its status.");
    void run(
      () => deskApi.status(props.id, lock, to, statusNote().trim()),
      () => {
        setStatusTo("");
        setStatusNote("");
      },
    );
  };

  const escalate = () => {
    const lock = token();
    if (lock === null) return setProblem("Take ownership of the ticket to escalate it.");
    const note = statusNote().trim();
    if (!note) return setProblem("Write why in the note, then escalate.");
    void run(
      () => deskApi.escalate(props.id, lock, note),
      () => setStatusNote(""),
    );
  };

  return (
    <div class="ticket-work" classList={{ "is-compact": props.compact === true }}>
      <RoomNotices notices={room.notices()} onDismiss={room.dismissNotice} />
      <Switch>
        <Match when={detail()}>
          {(d) => {
            const t = () => d().ticket;
            const moves = () => STATUSES.filter((s) => mayMove(t().status, s, "staff"));
            return (
              <>
                <header class="ticket-head">
                  <div>
                    <h2 class="ticket-title">{t().subject}</h2>
                    <p class="hint">
                      {t().client.name} · {t().contactName} &lt;{t().contactEmail}&gt; · via {t().channel}
                    </p>
                    <p class="ticket-meta">
                      <span class={`badge prio-${t().priority}`}>{PRIORITY_LABELS[t().priority]}</span>
                      <span class={`badge status-${t().status}`} data-status={t().status}>
                        {STATUS_LABELS[t().status]}
                      </span>
                      <span class="badge">{TEAM_LABELS[t().team]}</span>
                      <Show when={t().escalated}>
                        <span class="badge badge-warning">Escalated to sales</span>
                      </Show>
                      <span class="hint">{t().assignee ? `Assigned to ${t().assignee?.name}` : "Unassigned"}</span>
                      <SlaClock status={t().status} slaDueAt={t().slaDueAt} slaPausedAt={t().slaPausedAt} offset={offset()} />
                      <Show when={t().rating !== null}>
                        <span class="badge badge-success">Rated {t().rating}/5</span>
                      </Show>
                    </p>
                  </div>
                  <div class="ticket-presence">
                    <ConnectionState status={room.status()} />
                    <ViewerAvatars viewers={room.viewers()} me={room.me()} />
                  </div>
                </header>
                <div class="ownership-zone is-pinned">
                  <LostOwnershipNotice lost={room.lost()} onAcknowledge={room.acknowledgeLost} />
                  <HandoffRequest room={room} />
                  <OwnershipBar room={room} presence={false} permissions={TICKET_OWNERSHIP} />
                </div>
                <section class="ticket-conversation" aria-label="Conversation">
                  <ol class="message-list">
                    <For each={d().messages}>
                      {(m) => (
                        <li class={`message message-${m.visibility}`} data-visibility={m.visibility}>
                          <p class="message-head">
                            <strong>{m.author.name}</strong>
                            <span class="badge">{VISIBILITY_LABEL[m.visibility]}</span>
                            <time class="hint" datetime={new Date(m.createdAt).toISOString()}>
                              {exactTime(m.createdAt)}
                            </time>
                          </p>
                          <p class="message-text">{m.text}</p>
                        </li>
                      )}
                    </For>
                  </ol>
                </section>
                <Show when={mayWork()}>
                  <form class="ticket-composer" onSubmit={send}>
                    <fieldset class="segmented" aria-label="Reply or note">
                      <label classList={{ "is-on": mode() === "public" }}>
                        <input type="radio" name="mode" checked={mode() === "public"} onChange={() => setMode("public")} /> Public reply
                      </label>
                      <label classList={{ "is-on": mode() === "internal" }}>
                        <input type="radio" name="mode" checked={mode() === "internal"} onChange={() => setMode("internal")} /> Internal
                        note
                      </label>
                    </fieldset>
                    <label for={`compose-${props.id}`} class="visually-hidden">
                      {mode() === "public" ? "Reply to the client (emailed)" : "Internal note (never leaves the console)"}
                    </label>
                    <textarea
                      id={`compose-${props.id}`}
                      rows={3}
                      value={text()}
                      placeholder={mode() === "public" ? "Reply to the client; it is emailed to them" : "A note for colleagues only"}
                      onInput={(e) => setText(e.currentTarget.value)}
                    />
                    <div class="composer-actions">
                      <Show when={mode() === "public" && token() === null}>
                        <span class="hint">Take ownership to reply.</span>
                      </Show>
                      <button type="submit" class="btn btn-primary" disabled={busy() || (mode() === "public" && token() === null)}>
                        {mode() === "public" ? "Send reply" : "Add note"}
                      </button>
                    </div>
                  </form>
                  <form class="ticket-status" onSubmit={changeStatus}>
                    <div class="field">
                      <label for={`status-${props.id}`}>Move to</label>
                      <select
                        id={`status-${props.id}`}
                        value={statusTo()}
                        onChange={(e) => setStatusTo(e.currentTarget.value as TicketStatus)}
                      >
                        <option value="">Choose…</option>
                        <For each={moves()}>{(s) => <option value={s}>{STATUS_LABELS[s]}</option>}</For>
                      </select>
                    </div>
                    <div class="field">
                      <label for={`status-note-${props.id}`}>Note</label>
                      <input
                        id={`status-note-${props.id}`}
                        value={statusNote()}
                        placeholder="Why (required)"
                        onInput={(e) => setStatusNote(e.currentTarget.value)}
                      />
                    </div>
                    <div class="composer-actions">
                      <button type="submit" class="btn" disabled={busy() || token() === null}>
                        Change status
                      </button>
                      <Show when={!t().escalated && t().status !== "resolved" && t().status !== "closed"}>
                        <button type="button" class="btn btn-danger" disabled={busy() || token() === null} onClick={escalate}>
                          Escalate to sales
                        </button>
                      </Show>
                    </div>
                  </form>
                </Show>
                <Show when={problem()}>
                  <p class="notice notice-error" role="alert">
                    {problem()}
                  </p>
                </Show>
                <section class="ticket-history" aria-label="History">
                  <h3>History</h3>
                  <LiveFeed room={room} />
                </section>
              </>
            );
          }}
        </Match>
        <Match when={error()}>
          <ErrorPanel
            error={error()}
            title={
              error() instanceof ApiError && (error() as ApiError).code === "NOT_FOUND"
                ? "No such ticket"
                : "The ticket could not be loaded"
            }
            onRetry={() => void load()}
          />
        </Match>
        <Match when={true}>
          <SkeletonRows rows={4} label="Loading the ticket" />
        </Match>
      </Switch>
    </div>
  );
}
