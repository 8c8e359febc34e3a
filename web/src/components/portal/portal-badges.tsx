// Small labels the portal's lists share: the product, a transaction's state, an endpoint's health.
import type { PortalTransaction } from "../../../../core/protocol/portal-answers";

export function ProductBadge(props: { product: "lease" | "loan" | null }) {
  return (
    <span class={`badge ${props.product === "loan" ? "badge-loan" : props.product === "lease" ? "badge-lease" : ""}`}>
      {props.product === "loan" ? "Loan" : props.product === "lease" ? "Lease-to-own" : "Financing"}
    </span>
  );
}

const STATE_CLASS: Record<PortalTransaction["state"], string> = {
  settled: "badge-success",
  in_progress: "badge-warning",
  declined: "badge-danger",
  stopped: "",
};

export function StateBadge(props: { state: PortalTransaction["state"]; words: string }) {
  return <span class={`badge ${STATE_CLASS[props.state]}`}>{props.words}</span>;
}

const HEALTH: Record<string, [string, string]> = {
  healthy: ["badge-success", "Working"],
  degraded: ["badge-warning", "Some failures"],
  failing: ["badge-danger", "Failing"],
  idle: ["", "Idle"],
};

export function HealthBadge(props: { health: string }) {
  return <span class={`badge ${HEALTH[props.health]?.[0] ?? ""}`}>{HEALTH[props.health]?.[1] ?? props.health}</span>;
}
