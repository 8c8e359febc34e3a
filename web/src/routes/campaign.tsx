// A campaign's own page (linked from a customer's Campaigns, Incentives and Rewards): the essentials a
// rep needs mid-call, with the way back to the customer it was opened from.
import { A, useParams, useSearchParams } from "@solidjs/router";
import { createResource, For, Match, Show, Switch } from "solid-js";
import { ErrorPanel } from "../components/common/error-panel";
import { SkeletonRows } from "../components/common/skeleton";
import { CHANNELS, day, statusTone } from "../components/loyalty/campaigns-section";
import { StatusBadge } from "../components/loyalty/loaded";
import { titleCase } from "../lib/format";
import { loyaltyApi } from "../lib/loyalty-api";
import { useTitle } from "../lib/title";
import "../styles/customer-panels.css";
import "../styles/orders.css";
import "../styles/loyalty.css";

function Campaign(props: { id: string; from: string | null }) {
  const [page, { refetch }] = createResource(() => loyaltyApi.campaign(props.id));
  useTitle(() => page()?.name ?? (page.error ? "Campaign" : null));
  return (
    <div class="campaign-page loyalty">
      <A href={props.from ? `/customers/${props.from}?tab=loyalty&section=campaigns` : "/search"} class="back-link">
        ← {props.from ? "Customer" : "Search"}
      </A>
      <Switch>
        <Match when={page.error}>
          <ErrorPanel error={page.error} title="The campaign could not be loaded" onRetry={() => void refetch()} />
        </Match>
        <Match when={page()}>
          {(c) => (
            <>
              <h1>{c().name}</h1>
              <p class="campaign-meta">
                <StatusBadge tone={statusTone(c().status)}>{titleCase(c().status)}</StatusBadge> {CHANNELS[c().channel]} ·{" "}
                {day(c().startsAt)} – {day(c().endsAt)} · run by {c().ownerName}
              </p>
              <p class="campaign-summary">{c().summary}</p>
              <div class="loyalty-grid">
                <section class="fact-card" aria-labelledby="campaign-who">
                  <h3 id="campaign-who">Audience and goal</h3>
                  <dl class="facts facts-stacked">
                    <dt>Audience</dt>
                    <dd>{c().audience}</dd>
                    <dt>Goal</dt>
                    <dd>{c().goal}</dd>
                    <dt>Members</dt>
                    <dd>
                      {c().members.targeted} targeted · {c().members.engaged} engaged · {c().members.converted} converted ·{" "}
                      {c().members.opted_out} opted out
                    </dd>
                  </dl>
                </section>
                <section class="fact-card" aria-labelledby="campaign-incentives">
                  <h3 id="campaign-incentives">Incentives</h3>
                  <Show when={c().incentives.length > 0} fallback={<p class="muted">None.</p>}>
                    <ul class="loyalty-list">
                      <For each={c().incentives}>
                        {(i) => (
                          <li class="loyalty-row">
                            <strong class="row-title">{i.name}</strong>
                            <p class="row-meta">
                              {i.value} · {i.requirement}
                            </p>
                          </li>
                        )}
                      </For>
                    </ul>
                  </Show>
                </section>
                <section class="fact-card" aria-labelledby="campaign-codes">
                  <h3 id="campaign-codes">Promo codes</h3>
                  <Show when={c().codes.length > 0} fallback={<p class="muted">None.</p>}>
                    <ul class="loyalty-list">
                      <For each={c().codes}>
                        {(code) => (
                          <li class="loyalty-row">
                            <div class="row-main">
                              <code class="code">{code.code}</code>
                              <span class="muted">{code.description}</span>
                            </div>
                            <p class="row-meta">
                              {day(code.startsAt)} – {day(code.endsAt)}
                              {code.limiters.length > 0 ? ` · ${code.limiters.join(" · ")}` : " · no limits"}
                            </p>
                          </li>
                        )}
                      </For>
                    </ul>
                  </Show>
                </section>
              </div>
            </>
          )}
        </Match>
        <Match when={true}>
          <SkeletonRows rows={4} label="Loading the campaign" />
        </Match>
      </Switch>
    </div>
  );
}

export default function CampaignPage() {
  const params = useParams();
  const [search] = useSearchParams();
  const from = () => (typeof search.from === "string" && /^cus_\d+$/.test(search.from) ? search.from : null);
  return (
    <Show when={params.id} keyed>
      {(id) => <Campaign id={id} from={from()} />}
    </Show>
  );
}
