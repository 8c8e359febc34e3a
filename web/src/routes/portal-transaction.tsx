// One transaction and its funding timeline: the five steps from the customer's application to the
// money reaching the merchant, each with who did it and when, in plain words; what is being waited
// for, and where the chain stopped.
import { A, useParams } from "@solidjs/router";
import { createResource, For, Show } from "solid-js";
import { ErrorPanel } from "../components/common/error-panel";
import { SkeletonRows } from "../components/common/skeleton";
import { ProductBadge, StateBadge } from "../components/portal/portal-badges";
import { PortalHeading } from "../components/portal/portal-shell";
import { dayAndTime, formatCents } from "../lib/format";
import { portalApi } from "../lib/portal-api";
import { useTitle } from "../lib/title";

const MARK: Record<string, string> = { done: "✓", declined: "✕", waiting: "…", upcoming: "", stopped: "–" };

export default function PortalTransaction() {
  const params = useParams();
  const [detail, { refetch }] = createResource(
    () => params.id ?? "",
    (id) => portalApi.transaction(id),
  );
  useTitle(() => (detail() ? `Transaction ${detail()?.transaction.number}` : "Transaction"));
  return (
    <section class="portal-transaction">
      <A href="/portal/transactions" class="btn btn-ghost btn-small portal-back">
        ← Transactions
      </A>
      <Show
        when={!detail.error}
        fallback={<ErrorPanel error={detail.error} title="This transaction could not be loaded" onRetry={() => void refetch()} />}
      >
        <Show when={detail()} fallback={<SkeletonRows rows={5} label="Loading the transaction" />}>
          {(d) => (
            <>
              <PortalHeading
                title={`${d().transaction.customer} · ${formatCents(d().transaction.amountCents)}`}
                lead={`${d().transaction.number} · placed ${dayAndTime(d().transaction.placedAt)}`}
              >
                <div class="portal-card-meta">
                  <ProductBadge product={d().transaction.product} />
                  <StateBadge state={d().transaction.state} words={d().transaction.headline} />
                </div>
              </PortalHeading>
              <div class="portal-grid">
                <section class="card" aria-labelledby="timeline-title">
                  <h2 id="timeline-title">Funding timeline</h2>
                  <ol class="funding-timeline">
                    <For each={d().timeline}>
                      {(step) => (
                        <li class={`funding-step funding-${step.state}`} data-step={step.step}>
                          <span class="funding-mark" aria-hidden="true">
                            {MARK[step.state]}
                          </span>
                          <div>
                            <h3>
                              {step.title}
                              <Show when={step.state === "waiting"}>
                                <span class="badge badge-warning">Now</span>
                              </Show>
                            </h3>
                            <p>{step.words}</p>
                            <Show when={step.at}>
                              {(at) => (
                                <p class="muted funding-when">
                                  {step.who ? `${step.who} · ` : ""}
                                  {dayAndTime(at())}
                                </p>
                              )}
                            </Show>
                          </div>
                        </li>
                      )}
                    </For>
                  </ol>
                </section>
                <section class="card" aria-labelledby="goods-title">
                  <h2 id="goods-title">Goods</h2>
                  <ul class="portal-lines">
                    <For each={d().items}>
                      {(item) => (
                        <li>
                          <span>
                            {item.title}
                            {item.quantity > 1 ? ` × ${item.quantity}` : ""}
                          </span>
                          <span class="num">{formatCents(item.priceCents * item.quantity)}</span>
                        </li>
                      )}
                    </For>
                  </ul>
                  <p class="muted portal-note">
                    Who is who: you sold the goods;{" "}
                    {d().transaction.product === "loan"
                      ? "the lender lends the customer the money and is repaid by them"
                      : "the lessor buys the goods from you and leases them to the customer"}
                    . Questions about the customer's payments go to us, not to you.
                  </p>
                </section>
              </div>
            </>
          )}
        </Show>
      </Show>
    </section>
  );
}
