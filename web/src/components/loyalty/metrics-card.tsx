// The customer's metrics: RFM scores against the org's quintiles, spend propensity and churn risk.
// Every number opens (tap, or hover for the summary) to what it was computed from and how.
import { For, type JSX, Show } from "solid-js";
import type { Metrics } from "../../../../core/protocol/loyalty-answers";
import { formatCents } from "../../lib/format";
import { RelativeTime } from "../common/relative-time";
import { StatusBadge } from "./loaded";

type Model = Metrics["propensity"];
const percent = (p: number) => `${Math.round(p * 100)}%`;
const ago = (days: number) => (days === 0 ? "today" : days === 1 ? "yesterday" : `${days} days ago`);
const signed = (n: number) => (n >= 0 ? `+${n.toFixed(2)}` : `−${Math.abs(n).toFixed(2)}`);

function Tile(props: { label: string; value: string; hint: string; tone?: "success" | "warning" | "danger"; children: JSX.Element }) {
  return (
    <details class="metric">
      <summary title={`${props.label}: ${props.value}. ${props.hint}`}>
        <span class="metric-label">{props.label}</span>
        <span class="metric-value" classList={{ [`metric-${props.tone}`]: !!props.tone }}>
          {props.value}
        </span>
        <span class="metric-hint">{props.hint}</span>
      </summary>
      <div class="metric-why">{props.children}</div>
    </details>
  );
}

function Cuts(props: { cuts: number[]; lowerIsBetter?: boolean; format: (n: number) => string }) {
  return (
    <Show when={props.cuts.length === 4} fallback={<p class="muted">No customer of the org bought in the last 12 months yet.</p>}>
      <p class="muted">
        Org quintiles (20th/40th/60th/80th percentile): {props.cuts.map((n) => props.format(n)).join(" · ")}.{" "}
        {props.lowerIsBetter ? "Fewer days scores higher." : "More scores higher."}
      </p>
    </Show>
  );
}

function Terms(props: { model: Model; formula: string }) {
  return (
    <>
      <p class="muted">{props.formula}</p>
      <table class="terms">
        <thead>
          <tr>
            <th scope="col">Input</th>
            <th scope="col" class="num">
              Value
            </th>
            <th scope="col" class="num">
              Adds
            </th>
          </tr>
        </thead>
        <tbody>
          <For each={props.model.terms}>
            {(t) => (
              <tr>
                <td>{t.label}</td>
                <td class="num">{t.input}</td>
                <td class="num">{signed(t.contribution)}</td>
              </tr>
            )}
          </For>
          <tr>
            <td>Intercept</td>
            <td />
            <td class="num">{signed(props.model.intercept)}</td>
          </tr>
        </tbody>
      </table>
      <p class="muted">
        z = {props.model.z.toFixed(2)}; probability = 1 / (1 + e^(−z)) = {percent(props.model.probability)}.
      </p>
    </>
  );
}

export function MetricsCard(props: { metrics: Metrics }) {
  const m = () => props.metrics;
  const i = () => props.metrics.inputs;
  const days = (n: number) => `${n} days`;
  return (
    <section class="fact-card metrics-card" aria-labelledby="metrics-title">
      <h3 id="metrics-title">Metrics</h3>
      <div class="metric-grid">
        <Tile
          label="Recency"
          value={`${m().rfm.recency.score}/5`}
          hint={i().daysSinceLastPurchase === null ? "No purchase in 12 months" : `Last purchase ${ago(i().daysSinceLastPurchase ?? 0)}`}
        >
          <Cuts cuts={m().rfm.recency.cuts} lowerIsBetter format={days} />
        </Tile>
        <Tile label="Frequency" value={`${m().rfm.frequency.score}/5`} hint={`${i().purchases365} purchases in 12 months`}>
          <Cuts cuts={m().rfm.frequency.cuts} format={(n) => `${n}`} />
        </Tile>
        <Tile label="Monetary" value={`${m().rfm.monetary.score}/5`} hint={`${formatCents(i().spend365Cents)} in 12 months`}>
          <Cuts cuts={m().rfm.monetary.cuts} format={formatCents} />
        </Tile>
        <Tile label="Spend propensity" value={percent(m().propensity.probability)} hint="Chance of a purchase in the next 30 days">
          <Terms model={m().propensity} formula="A logistic model of the RFM scores and recent check-ins (docs/loyalty-metrics.md)." />
        </Tile>
        <Tile
          label="Churn risk"
          value={percent(m().churn.probability)}
          tone={m().churn.band === "high" ? "danger" : m().churn.band === "medium" ? "warning" : "success"}
          hint={`${m().churn.band[0]?.toUpperCase()}${m().churn.band.slice(1)}: no purchase or visit in the next 90 days`}
        >
          <Terms
            model={m().churn}
            formula="A logistic model of inactivity, frequency, falling visits and reachability (docs/loyalty-metrics.md)."
          />
          <p class="muted">
            Visits (purchases and check-ins): {i().visitsLast90} in the last 90 days, {i().visitsPrior90} in the 90 before.{" "}
            {i().reachable ? "A device takes notifications." : "No device takes notifications."}
          </p>
        </Tile>
      </div>
      <p class="fact-sub">
        From this customer's activity as of <RelativeTime at={m().asOf} />; quintiles of {m().rfm.population} customers who bought in the
        last 12 months, worked out <RelativeTime at={m().rfm.cutoffsAt} />. <StatusBadge tone="neutral">Tap a number for why</StatusBadge>
      </p>
    </section>
  );
}
