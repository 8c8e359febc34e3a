// Lease and Loan, each with its own hue and icon everywhere the product shows: compliance differs,
// and reps must never confuse them.
import { Show } from "solid-js";
import { LeaseIcon, LoanIcon } from "./customer-icons";
import "../styles/people.css";

export function ProductBadge(props: { product: "lease" | "loan" }) {
  return (
    <span class={`badge badge-${props.product} product-badge`}>
      {props.product === "lease" ? <LeaseIcon /> : <LoanIcon />}
      {props.product === "lease" ? "Lease" : "Loan"}
    </span>
  );
}

export function ProductBadges(props: { lease: boolean; loan: boolean }) {
  return (
    <>
      <Show when={props.lease}>
        <ProductBadge product="lease" />
      </Show>
      <Show when={props.loan}>
        <ProductBadge product="loan" />
      </Show>
    </>
  );
}

const STATUS_TONE: Record<string, string> = { active: "success", past_due: "warning", collections: "danger", closed: "neutral" };
const STATUS_LABEL: Record<string, string> = { active: "Active", past_due: "Past due", collections: "Collections", closed: "Closed" };

export function StatusBadge(props: { status: string }) {
  return <span class={`badge badge-${STATUS_TONE[props.status] ?? "neutral"}`}>{STATUS_LABEL[props.status] ?? props.status}</span>;
}
