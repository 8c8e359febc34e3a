// Tier & metrics: the tier summary a rep reads out ("you are 4,150 points from Platinum"), the
// tier history, and the customer's metrics (each with its inputs on tap or hover).
import { For, Show } from "solid-js";
import type { LoyaltySummary } from "../../../../core/protocol/loyalty-answers";
import { dateOf, exactTime } from "../../lib/format";
import { loyaltyApi } from "../../lib/loyalty-api";
import { createLoyaltyResource } from "../../lib/loyalty-live";
import { EmptyState } from "../common/empty-state";
import { Loaded, points, type SectionProps, StatusBadge } from "./loaded";
import { MetricsCard } from "./metrics-card";

// Days on the org's clock, as every other date in the console.
const date = (ms: number | null) => (ms === null ? "—" : dateOf(ms));
const REASONS = { enrolled: "Enrolled", earned: "Earned", renewed: "Renewed", lowered: "Lowered at renewal" } as const;

function Summary(props: { data: LoyaltySummary }) {
  const member = () => props.data.member;
  return (
    <section class="fact-card tier-card" aria-labelledby="tier-title">
      <h3 id="tier-title">Tier</h3>
      <Show
        when={props.data.summary}
        fallback={
          <Show when={!props.data.ladder.ok && props.data.ladder}>
            {(l) => (
              <p class="notice notice-warning">
                {l().message}. Tier progress cannot be worked out until the tiers are fixed ({l().code}).
              </p>
            )}
          </Show>
        }
      >
        {(s) => (
          <>
            <p class={`tier-name tier-${s().tier.key}`}>
              {s().tier.name}
              <span class="fact-sub">
                {member()?.system.name}
                {member()?.system.kind === "third_party" ? ` · third-party (${member()?.system.provider ?? "partner"})` : " · own program"}
              </span>
            </p>
            <p class="tier-benefit">{s().tier.benefit}</p>
            <div class="tier-progress">
              <progress class="progress" max={1} value={s().fraction} aria-label={`Progress to ${s().next?.name ?? "the top"}`} />
              <p class="fact-sub">
                <span class="num">{points(member()?.qualifyingPoints ?? 0)}</span> qualifying points
                {s().next ? ` · ${s().next?.name} starts at ${points(s().nextStartsAt ?? 0)}` : " · top tier"}
              </p>
            </div>
            <dl class="facts">
              <dt>Entered</dt>
              <dd>{date(s().enteredAt)}</dd>
              <dt>Expires</dt>
              <dd>{date(s().expiresAt)}</dd>
              <dt>Points to enter</dt>
              <dd class="num">{points(s().pointsToEnter)}</dd>
              <dt>Next tier starts at</dt>
              <dd class="num">{s().nextStartsAt === null ? "—" : points(s().nextStartsAt ?? 0)}</dd>
              <dt>Points needed</dt>
              <dd class="num">{s().pointsNeeded === null ? "At the top" : points(s().pointsNeeded ?? 0)}</dd>
              <Show when={s().pointsToKeep > 0}>
                <dt>To keep {s().tier.name}</dt>
                <dd class="num">{points(s().pointsToKeep)} more by renewal</dd>
              </Show>
              <dt>Points balance</dt>
              <dd class="num">{points(member()?.points ?? 0)}</dd>
            </dl>
          </>
        )}
      </Show>
    </section>
  );
}

function History(props: { history: LoyaltySummary["history"] }) {
  return (
    <section class="fact-card" aria-labelledby="tier-history-title">
      <h3 id="tier-history-title">Tier history</h3>
      <ol class="loyalty-list" aria-label="Tier history, newest first">
        <For each={props.history}>
          {(h) => (
            <li class="loyalty-row">
              <div class="row-main">
                <strong class={`tier-chip tier-${h.tier.key}`}>{h.tier.name}</strong>
                <span class="muted">{REASONS[h.reason]}</span>
                <Show when={h.leftAt === null}>
                  <StatusBadge tone="success">Current</StatusBadge>
                </Show>
              </div>
              <p class="row-meta" title={exactTime(h.enteredAt)}>
                {date(h.enteredAt)} → {h.leftAt === null ? `expires ${date(h.expiresAt)}` : date(h.leftAt)}
              </p>
            </li>
          )}
        </For>
      </ol>
    </section>
  );
}

export function TierSection(props: SectionProps) {
  const { data, reload } = createLoyaltyResource(props.room, () => loyaltyApi.summary(props.customerId));
  return (
    <Loaded data={data} what="The tier summary" onRetry={reload}>
      {(d) => (
        <Show
          when={d().member}
          fallback={<EmptyState title="Not in a loyalty program">This customer is not enrolled in a tier system yet.</EmptyState>}
        >
          <div class="loyalty-grid">
            <Summary data={d()} />
            <MetricsCard metrics={d().metrics} />
            <History history={d().history} />
          </div>
        </Show>
      )}
    </Loaded>
  );
}
