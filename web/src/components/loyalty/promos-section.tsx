// Promo codes: the lockout first (the usual reason for "why didn't my code work?"), then codes
// claimed, failed claims with their reasons, and the limiters the customer ran into.
import { For, Show } from "solid-js";
import { loyaltyApi } from "../../lib/loyalty-api";
import { createLoyaltyResource } from "../../lib/loyalty-live";
import { EmptyState } from "../common/empty-state";
import { RelativeTime } from "../common/relative-time";
import { Loaded, type SectionProps, StatusBadge } from "./loaded";
import { LockoutCard } from "./lockout-card";

const REASONS = {
  expired: "Expired",
  not_eligible: "Not eligible",
  limit_reached: "Limit reached",
  invalid: "Invalid code",
  locked_out: "Locked out",
} as const;
const LIMITERS = { once_per_customer: "once per customer", per_day: "daily limit", window: "days and hours" } as const;
const CHANNELS = { app: "app", web: "website", in_store: "in store" } as const;
const STANDING = {
  available: { text: "Available", tone: "success" },
  reached: { text: "Used up", tone: "danger" },
  closed: { text: "Closed now", tone: "warning" },
} as const;

export function PromosSection(props: SectionProps & { lockToken: number | null; ownerName: string | null }) {
  const { data, reload } = createLoyaltyResource(props.room, () => loyaltyApi.promos(props.customerId));
  return (
    <Loaded data={data} what="Promo codes" onRetry={reload}>
      {(d) => (
        <div class="loyalty-grid">
          <LockoutCard
            customerId={props.customerId}
            lockout={d().lockout}
            lockToken={props.lockToken}
            ownerName={props.ownerName}
            onReset={reload}
          />
          <section class="fact-card" aria-labelledby="claims-title">
            <h3 id="claims-title">Claimed</h3>
            <Show when={d().claims.length > 0} fallback={<p class="muted">No codes claimed yet.</p>}>
              <ul class="loyalty-list" aria-label="Claimed codes">
                <For each={d().claims}>
                  {(c) => (
                    <li class="loyalty-row">
                      <div class="row-main">
                        <code class="code">{c.code}</code>
                        <span class="muted">{c.description}</span>
                      </div>
                      <p class="row-meta">
                        <RelativeTime at={c.claimedAt} /> · {CHANNELS[c.channel]}
                        {c.storeName ? ` · ${c.storeName}` : ""}
                      </p>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </section>
          <section class="fact-card" aria-labelledby="errors-title">
            <h3 id="errors-title">Claim errors</h3>
            <Show when={d().errors.length > 0} fallback={<p class="muted">No failed claims.</p>}>
              <ul class="loyalty-list" aria-label="Claim errors, newest first">
                <For each={d().errors}>
                  {(e) => (
                    <li class="loyalty-row">
                      <div class="row-main">
                        <code class="code">{e.codeTyped}</code>
                        <StatusBadge tone={e.reason === "locked_out" || e.reason === "invalid" ? "danger" : "warning"}>
                          {REASONS[e.reason]}
                        </StatusBadge>
                      </div>
                      <p class="row-meta">
                        <RelativeTime at={e.at} /> · {CHANNELS[e.channel]}
                        {e.limiter ? ` · ${LIMITERS[e.limiter]}` : ""}
                      </p>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </section>
          <section class="fact-card" aria-labelledby="limiters-title">
            <h3 id="limiters-title">Claim limiters</h3>
            <Show
              when={d().limiters.length > 0}
              fallback={
                <EmptyState title="No limited codes">
                  Codes with limits (once per customer, per day, days and hours) this customer used show here.
                </EmptyState>
              }
            >
              <ul class="loyalty-list" aria-label="Claim limiters">
                <For each={d().limiters}>
                  {(code) => (
                    <li class="loyalty-row">
                      <div class="row-main">
                        <code class="code">{code.code}</code>
                        <span class="muted">{code.description}</span>
                      </div>
                      <For each={code.limiters}>
                        {(l) => (
                          <p class="row-meta limiter">
                            <span>{l.text}</span>
                            <StatusBadge tone={STANDING[l.standing].tone}>{STANDING[l.standing].text}</StatusBadge>
                            <span class="muted">
                              {l.claims} claimed · refused {l.refusals} {l.refusals === 1 ? "time" : "times"}
                            </span>
                          </p>
                        )}
                      </For>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </section>
        </div>
      )}
    </Loaded>
  );
}
