// The plan-change board: every request of the org by stage (engineering, finance, sales, scheduled,
// returned) with how long it has waited there, and what was released or cancelled lately. Refreshes
// when the person comes back to the tab and every half minute (no room spans the whole org).
import { A } from "@solidjs/router";
import { createResource, For, onCleanup, Show } from "solid-js";
import { OPEN_STAGES, STAGE_LABELS, STAGE_ROLE } from "../../../core/domain/plan-change";
import { EmptyState } from "../components/common/empty-state";
import { ErrorPanel } from "../components/common/error-panel";
import { RelativeTime } from "../components/common/relative-time";
import { SkeletonRows } from "../components/common/skeleton";
import { StageBadge } from "../components/merchants/merchant-badges";
import { describeChanges } from "../components/merchants/plan-changes-panel";
import { duration, formatCents } from "../lib/format";

/** How long a request has waited: minutes and hours, then days. */
const age = (ms: number) =>
  ms < 86_400_000 ? duration(ms) : `${Math.floor(ms / 86_400_000)} d ${Math.floor((ms % 86_400_000) / 3_600_000)} h`;

import { merchantsApi } from "../lib/merchants-api";
import { session } from "../lib/session";
import "../styles/orders.css";
import "../styles/merchants.css";

export default function PlanRequests() {
  const [board, { refetch }] = createResource(() => merchantsApi.board());
  const onVisible = () => document.visibilityState === "visible" && void refetch();
  document.addEventListener("visibilitychange", onVisible);
  const timer = window.setInterval(() => void refetch(), 30_000);
  onCleanup(() => {
    document.removeEventListener("visibilitychange", onVisible);
    window.clearInterval(timer);
  });
  const column = (stage: string) => (board()?.items ?? []).filter((r) => r.stage === stage);
  const closed = () => (board()?.items ?? []).filter((r) => r.stage === "released" || r.stage === "cancelled");
  const now = () => board()?.serverTime ?? Date.now();
  return (
    <div class="orders-page requests-page">
      <header class="page-head">
        <div>
          <h1>Plan-change board</h1>
          <p class="hint">Every request by stage, oldest first. Yours to act on are marked.</p>
        </div>
        <A href="/merchants" class="btn">
          All merchants
        </A>
      </header>
      <Show
        when={!board.error}
        fallback={<ErrorPanel error={board.error} title="The board could not be loaded" onRetry={() => void refetch()} />}
      >
        <Show when={board()} fallback={<SkeletonRows rows={4} label="Loading the board" />}>
          <div class="board">
            <For each={OPEN_STAGES}>
              {(stage) => (
                <section class="board-column" aria-labelledby={`col-${stage}`}>
                  <h2 id={`col-${stage}`}>
                    {STAGE_LABELS[stage]} <span class="muted">{column(stage).length}</span>
                  </h2>
                  <For each={column(stage)} fallback={<p class="muted board-empty">Nothing waiting</p>}>
                    {(r) => (
                      <A
                        href={`/merchants/${r.merchant.id}?tab=changes`}
                        class="card board-card"
                        classList={{ "is-mine": STAGE_ROLE[stage] === session.me()?.role }}
                      >
                        <strong>{r.merchant.name}</strong>
                        <span>
                          {r.from.name} v{r.from.version} → {r.to.name} v{r.to.version}
                          {r.money ? ` · ${r.money.direction} ${formatCents(r.money.amountCents)}` : ""}
                        </span>
                        <span class="muted">
                          {describeChanges(r)
                            .filter((l) => !l.startsWith("Deposit") && !l.startsWith("Withdraw"))
                            .join(" · ")}
                        </span>
                        <span class="board-age">
                          {stage === "scheduled" && r.releaseAt ? (
                            <>
                              Releases <RelativeTime at={r.releaseAt} />
                            </>
                          ) : (
                            <>Waiting {age(now() - r.stageSince)}</>
                          )}
                        </span>
                      </A>
                    )}
                  </For>
                </section>
              )}
            </For>
          </div>
          <section class="card">
            <h2>Recently released or cancelled</h2>
            <Show when={closed().length > 0} fallback={<EmptyState title="Nothing in the last two weeks" />}>
              <ul class="closed-list">
                <For each={closed()}>
                  {(r) => (
                    <li>
                      <A href={`/merchants/${r.merchant.id}?tab=changes`}>{r.merchant.name}</A> {r.from.name} → {r.to.name}{" "}
                      <StageBadge stage={r.stage} /> <RelativeTime at={r.releasedAt ?? r.stageSince} />
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </section>
        </Show>
      </Show>
    </div>
  );
}
