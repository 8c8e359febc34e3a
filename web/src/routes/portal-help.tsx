// The portal's help center: ask for help (a ticket), and the tracking list of the merchant's own
// requests with where each stands and when support last answered.
import { A } from "@solidjs/router";
import { createResource, For, Match, Show, Switch } from "solid-js";
import { ErrorPanel } from "../components/common/error-panel";
import { SkeletonRows } from "../components/common/skeleton";
import { PortalHeading } from "../components/portal/portal-shell";
import { OpenTicketForm } from "../components/portal-help/open-ticket-form";
import { PORTAL_STATUS } from "../components/portal-help/status-words";
import { dayAndTime } from "../lib/format";
import { portalHelpApi } from "../lib/portal-help-api";
import { useTitle } from "../lib/title";
import "../styles/portal-help.css";

export default function PortalHelp() {
  useTitle(() => "Help");
  const [list, { refetch }] = createResource(() => portalHelpApi.list());
  return (
    <section class="portal-help">
      <PortalHeading title="Help" lead="Ask us anything; we answer here and by email." />
      <div class="help-layout">
        <OpenTicketForm />
        <section class="card help-tracking" aria-labelledby="help-yours">
          <h2 id="help-yours">Your requests</h2>
          <Switch>
            <Match when={list.error}>
              <ErrorPanel error={list.error} title="Your requests could not be loaded" onRetry={() => void refetch()} />
            </Match>
            <Match when={list() === undefined}>
              <SkeletonRows rows={3} label="Loading your requests" />
            </Match>
            <Match when={list()?.items.length === 0}>
              <p class="muted">No requests yet.</p>
            </Match>
            <Match when={list()}>
              {(answer) => (
                <ul class="help-list">
                  <For each={answer().items}>
                    {(t) => (
                      <li class="help-item" data-ticket={t.id} data-status={t.status}>
                        <A href={`/portal/help/${t.id}`}>
                          <span class="help-subject">{t.subject}</span>
                          <span class={`badge help-status help-status-${t.status}`}>{PORTAL_STATUS[t.status].label}</span>
                          <span class="muted help-when">
                            <Show when={t.lastReplyAt} fallback={`Sent ${dayAndTime(t.createdAt)}`}>
                              {(at) => `Support answered ${dayAndTime(at())}`}
                            </Show>
                          </span>
                        </A>
                      </li>
                    )}
                  </For>
                </ul>
              )}
            </Match>
          </Switch>
        </section>
      </div>
    </section>
  );
}
