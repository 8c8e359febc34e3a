// One help request in the portal: where it stands in plain words, the conversation (support's
// replies and the merchant's own words; never the service team's internal notes), a reply box,
// and once resolved: rate the help 1-5, or reopen it.
import { A, useParams } from "@solidjs/router";
import { createResource, createSignal, For, Match, Show, Switch } from "solid-js";
import type { PortalTicketDetail } from "../../../core/protocol/ticket-answers";
import { ErrorPanel } from "../components/common/error-panel";
import { SkeletonRows } from "../components/common/skeleton";
import { PortalHeading } from "../components/portal/portal-shell";
import { PORTAL_STATUS } from "../components/portal-help/status-words";
import { ApiError } from "../lib/api";
import { dayAndTime } from "../lib/format";
import { portalHelpApi } from "../lib/portal-help-api";
import { useTitle } from "../lib/title";
import "../styles/portal-help.css";

function Conversation(props: { detail: PortalTicketDetail; onChange: (d: PortalTicketDetail) => void }) {
  const t = () => props.detail.ticket;
  const [text, setText] = createSignal("");
  const [problem, setProblem] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const act = async (action: () => Promise<PortalTicketDetail>) => {
    setBusy(true);
    setProblem(null);
    try {
      props.onChange(await action());
      setText("");
    } catch (caught) {
      setProblem(caught instanceof ApiError ? caught.message : "That did not go through; try again.");
    } finally {
      setBusy(false);
    }
  };
  const resolved = () => t().status === "resolved" || t().status === "closed";
  const send = (event: Event) => {
    event.preventDefault();
    if (!text().trim()) return setProblem("Write your message first.");
    void act(() => (resolved() ? portalHelpApi.reopen(t().id, text().trim()) : portalHelpApi.reply(t().id, text().trim())));
  };
  return (
    <>
      <p class={`help-state help-status-${t().status}`} role="status">
        <strong>{PORTAL_STATUS[t().status].label}.</strong> {PORTAL_STATUS[t().status].hint}
      </p>
      <ol class="help-messages" aria-label="Conversation">
        <For each={props.detail.messages}>
          {(m) => (
            <li class={`help-message from-${m.from}`}>
              <p class="help-message-head">
                <strong>{m.from === "you" ? "You" : `${m.author}, support`}</strong>
                <span class="muted">{dayAndTime(m.createdAt)}</span>
              </p>
              <p class="help-message-text">{m.text}</p>
            </li>
          )}
        </For>
      </ol>
      <Show when={resolved() && t().rating === null}>
        <section class="card help-rate" aria-labelledby="help-rate-title">
          <h2 id="help-rate-title">How was the help?</h2>
          <fieldset class="help-stars">
            <legend class="visually-hidden">Rate 1 to 5</legend>
            <For each={[1, 2, 3, 4, 5]}>
              {(n) => (
                <button
                  type="button"
                  class="btn"
                  disabled={busy()}
                  aria-label={`${n} of 5`}
                  onClick={() => void act(() => portalHelpApi.rate(t().id, n))}
                >
                  {"★".repeat(n)}
                </button>
              )}
            </For>
          </fieldset>
        </section>
      </Show>
      <Show when={t().rating !== null}>
        <p class="muted">You rated the help {t().rating} of 5. Thank you.</p>
      </Show>
      <Show when={t().status !== "closed"}>
        <form class="card portal-form help-reply" onSubmit={send}>
          <label for="help-reply-text">{resolved() ? "Not solved? Tell us and we reopen it" : "Your reply"}</label>
          <textarea id="help-reply-text" rows={3} value={text()} onInput={(e) => setText(e.currentTarget.value)} />
          <Show when={problem()}>
            <p class="notice notice-error" role="alert">
              {problem()}
            </p>
          </Show>
          <button type="submit" class="btn btn-primary" disabled={busy()}>
            {resolved() ? "Reopen" : "Send"}
          </button>
        </form>
      </Show>
    </>
  );
}

export default function PortalTicket() {
  const params = useParams();
  const [detail, { mutate, refetch }] = createResource(
    () => params.ticketId,
    (id) => portalHelpApi.ticket(id),
  );
  useTitle(() => detail()?.ticket.subject ?? "Help request");
  return (
    <section class="portal-help">
      <A href="/portal/help" class="back-link">
        ← All requests
      </A>
      <Switch>
        <Match when={detail.error}>
          <ErrorPanel
            error={detail.error}
            title={
              detail.error instanceof ApiError && detail.error.code === "NOT_FOUND" ? "No such request" : "The request could not be loaded"
            }
            onRetry={() => void refetch()}
          />
        </Match>
        <Match when={detail()}>
          {(d) => (
            <>
              <PortalHeading title={d().ticket.subject} lead={`Sent ${dayAndTime(d().ticket.createdAt)}`} />
              <Conversation detail={d()} onChange={(next) => mutate(next)} />
            </>
          )}
        </Match>
        <Match when={true}>
          <SkeletonRows rows={3} label="Loading the request" />
        </Match>
      </Switch>
    </section>
  );
}
