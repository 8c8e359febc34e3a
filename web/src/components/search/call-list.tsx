// Today's calls for the signed-in rep: callbacks due, the team's past-due accounts, and orders
// that need attention before the client calls. Each row shows who is already on the account.
import { A } from "@solidjs/router";
import { createEffect, createMemo, createResource, createSignal, For, type JSX, lazy, on, Show, Suspense } from "solid-js";
import type { ListPresence } from "../../../../core/protocol/customer-answers";
import type { DueCallback, FloorEntry, QueueChange } from "../../../../core/protocol/floor";
import { customersApi } from "../../lib/customers-api";
import { dayAndTime, titleCase } from "../../lib/format";
import { presenceNow } from "../../lib/live-presence";
import { session } from "../../lib/session";
import { ErrorPanel } from "../common/error-panel";
import { RelativeTime } from "../common/relative-time";
import { SkeletonRows } from "../common/skeleton";
import { ListPresenceChips } from "../presence/list-presence";
import { ProductBadges } from "../product-badges";

/** Transferred phone callers, loaded just after the list (voice/waiting-callers.tsx). */
const WaitingCallers = lazy(() => import("../voice/waiting-callers").then((m) => ({ default: m.WaitingCallers })));

/**
 * The team floor's entries by customer while its live feed is connected (see lib/live-presence), and
 * its notices: a queue that moved (the list fetches again) and callbacks that fell due.
 */
export interface LiveFloor {
  entries: Map<string, FloorEntry> | null;
  myTeam: string | null;
  queueChange?: QueueChange | null;
  due?: DueCallback[];
}

function CallRow(props: { customerId: string; name: string; presence: ListPresence; live: LiveFloor; children: JSX.Element }) {
  // A call list holds the rep's own team's accounts, so the team floor covers every row.
  const presence = () => ({
    ...props.presence,
    ...presenceNow({ ...props.presence, teamId: props.live.myTeam }, props.customerId, props.live.entries, props.live.myTeam),
  });
  return (
    <li class="result-row">
      <A class="result-link" href={`/customers/${props.customerId}`}>
        <span class="result-main">
          <span class="result-name">{props.name}</span>
          <span class="result-meta muted">{props.children}</span>
        </span>
        <span class="result-tags">
          <ProductBadges {...props.presence.products} />
          <ListPresenceChips presence={presence()} me={session.me()?.id} />
        </span>
      </A>
    </li>
  );
}

/** Long lists open at their first rows; the rest is one tap away. */
const FIRST_ROWS = 5;

function Section<T>(props: { title: string; items: T[]; empty: string; children: (item: T) => JSX.Element }) {
  const [all, setAll] = createSignal(false);
  const shown = () => (all() ? props.items : props.items.slice(0, FIRST_ROWS));
  return (
    <section class="call-section">
      <h3>
        {props.title} <span class="count">{props.items.length}</span>
      </h3>
      <Show when={props.items.length > 0} fallback={<p class="muted">{props.empty}</p>}>
        <ul class="result-list">
          <For each={shown()}>{props.children}</For>
        </ul>
        <Show when={props.items.length > FIRST_ROWS}>
          <button type="button" class="btn btn-ghost more-button" aria-expanded={all()} onClick={() => setAll(!all())}>
            {all() ? "Show fewer" : `Show all ${props.items.length}`}
          </button>
        </Show>
      </Show>
    </section>
  );
}

export function CallList(props: { live: LiveFloor }) {
  const [list, { refetch }] = createResource(() => customersApi.callList());
  const me = () => session.me()?.id ?? "";
  // A callback of mine scheduled, moved or done anywhere (by me on another screen, by my lead): fetch again.
  createEffect(
    on(
      () => props.live.queueChange,
      (change) => change?.staffIds.includes(me()) && void refetch(),
      { defer: true },
    ),
  );
  // The live feed (re)connected: a change while it was away (or still connecting) sent no notice here.
  const live = createMemo(() => props.live.entries !== null);
  createEffect(on(live, (now, before) => now && before === false && void refetch(), { defer: true }));
  const dueNow = createMemo(() => (props.live.due ?? []).filter((c) => c.assignedTo === me()));
  createEffect(on(dueNow, (due) => due.length > 0 && void refetch(), { defer: true }));
  return (
    <section class="panel call-list" aria-labelledby="call-list-title" aria-busy={list.loading}>
      <h2 id="call-list-title">Your calls today</h2>
      <Show when={dueNow().length > 0}>
        <p class="notice notice-info due-now" role="status">
          <strong>Due now:</strong>{" "}
          <For each={dueNow()}>
            {(c, i) => (
              <>
                {i() > 0 ? ", " : ""}
                <A href={`/customers/${c.customerId}`}>{c.customerName}</A> ({dayAndTime(c.dueAt)})
              </>
            )}
          </For>
        </p>
      </Show>
      <Suspense>
        <WaitingCallers />
      </Suspense>
      <Show when={list.error}>
        <ErrorPanel error={list.error} title="The call list could not be loaded" onRetry={() => void refetch()} />
      </Show>
      <Show
        when={!list.error && list()}
        fallback={
          <Show when={!list.error}>
            <SkeletonRows rows={3} label="Loading your calls" />
          </Show>
        }
      >
        {(calls) => (
          <>
            <Section title="Callbacks due" items={calls().callbacks} empty="No callbacks due today.">
              {(c) => (
                <CallRow customerId={c.customerId} name={c.name} presence={c} live={props.live}>
                  <span classList={{ overdue: c.dueAt < Date.now() }}>
                    {dayAndTime(c.dueAt)} (<RelativeTime at={c.dueAt} />)
                  </span>{" "}
                  · {c.reason}
                </CallRow>
              )}
            </Section>
            <Section title="Payments past due" items={calls().pastDue} empty="Nobody in your team is past due.">
              {(c) => (
                <CallRow customerId={c.customerId} name={c.name} presence={c} live={props.live}>
                  {c.daysPastDue} days past due · {titleCase(c.status)}
                </CallRow>
              )}
            </Section>
            <Section title="Orders needing attention" items={calls().attention} empty="No orders need attention.">
              {(o) => (
                <CallRow customerId={o.customerId} name={o.name} presence={o} live={props.live}>
                  {o.number} · {o.reason ?? titleCase(o.status)}
                </CallRow>
              )}
            </Section>
          </>
        )}
      </Show>
    </section>
  );
}
