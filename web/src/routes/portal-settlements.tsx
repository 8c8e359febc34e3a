// The merchant's money with us: the balance now (available, held in reserve) and each month's
// movements: settlements of funded sales, payouts to the bank, fees, reserve holds.
import { useSearchParams } from "@solidjs/router";
import { createResource, For, Show } from "solid-js";
import { monthKey, previousMonth } from "../../../core/domain/billing";
import { EmptyState } from "../components/common/empty-state";
import { ErrorPanel } from "../components/common/error-panel";
import { SkeletonRows } from "../components/common/skeleton";
import { PortalHeading } from "../components/portal/portal-shell";
import { dayAndTime, formatCents } from "../lib/format";
import { portalApi } from "../lib/portal-api";
import { useTitle } from "../lib/title";

const KIND_WORDS: Record<string, string> = {
  settlement: "Settlement of funded sales",
  withdrawal: "Payout to your bank",
  deposit: "Deposit",
  fee: "Fee",
  reserve_hold: "Held in reserve",
  reserve_release: "Released from reserve",
  adjustment: "Adjustment",
  reversal: "Reversal",
};

const monthName = (key: string) =>
  new Date(`${key}-15T12:00:00Z`).toLocaleDateString(undefined, { month: "long", year: "numeric", timeZone: "UTC" });

function nextMonth(key: string): string {
  const [y, m] = key.split("-").map(Number);
  const year = (y ?? 2000) + ((m ?? 1) === 12 ? 1 : 0);
  const month = ((m ?? 1) % 12) + 1;
  return `${year}-${String(month).padStart(2, "0")}`;
}

export default function PortalSettlements() {
  useTitle(() => "Settlements and balance");
  const [params, setParams] = useSearchParams();
  const month = () => (typeof params.month === "string" && /^\d{4}-\d{2}$/.test(params.month) ? params.month : monthKey(Date.now()));
  const [statement, { refetch }] = createResource(month, (m) => portalApi.settlements(m));
  const isCurrent = () => month() >= monthKey(Date.now());
  return (
    <section class="portal-settlements">
      <PortalHeading
        title="Settlements and balance"
        lead="Funded sales are settled to your balance, less your plan's discount, and paid out to your bank."
      />
      <Show when={!statement.error} fallback={<ErrorPanel error={statement.error} onRetry={() => void refetch()} />}>
        <Show when={statement()} fallback={<SkeletonRows rows={4} label="Loading your balance" />}>
          {(s) => (
            <div class="portal-grid">
              <section class="card" aria-labelledby="balance-title">
                <h2 id="balance-title">Your balance now</h2>
                <div class="portal-figures">
                  <div class="portal-figure">
                    <span class="muted">Available</span>
                    <span class="value" data-testid="balance-available">
                      {formatCents(s().balance.availableCents)}
                    </span>
                  </div>
                  <div class="portal-figure">
                    <span class="muted">Held in reserve</span>
                    <span class="value">{formatCents(s().balance.reserveCents)}</span>
                  </div>
                </div>
                <p class="muted portal-note">The reserve covers returns; it is released back to you under your agreement.</p>
              </section>
              <section class="card" aria-labelledby="month-title">
                <div class="portal-month">
                  <button
                    type="button"
                    class="btn btn-small"
                    onClick={() => setParams({ month: previousMonth(month()) })}
                    aria-label="Previous month"
                  >
                    ←
                  </button>
                  <h2 id="month-title">{monthName(s().month)}</h2>
                  <button
                    type="button"
                    class="btn btn-small"
                    disabled={isCurrent()}
                    onClick={() => setParams({ month: nextMonth(month()) })}
                    aria-label="Next month"
                  >
                    →
                  </button>
                </div>
                <Show when={s().lines.length > 0} fallback={<EmptyState title="Nothing moved this month yet" />}>
                  <ul class="portal-lines portal-ledger">
                    <For each={s().lines}>
                      {(line) => (
                        <li>
                          <span>
                            <strong>{KIND_WORDS[line.kind] ?? line.kind}</strong>
                            <br />
                            <span class="muted">
                              {line.memo} · {dayAndTime(line.at)}
                            </span>
                          </span>
                          <span class={`num ${line.changeCents < 0 ? "portal-out" : "portal-in"}`}>
                            {line.changeCents > 0 ? "+" : ""}
                            {formatCents(line.changeCents)}
                          </span>
                        </li>
                      )}
                    </For>
                  </ul>
                </Show>
                <p class="muted portal-note">
                  Opening {formatCents(s().openingCents)} · closing {formatCents(s().closingCents)}
                </p>
              </section>
            </div>
          )}
        </Show>
      </Show>
    </section>
  );
}
