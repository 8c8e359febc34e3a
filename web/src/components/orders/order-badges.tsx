// Order status, review and compliance as badges: tone says how urgent, words say what.
import type { OrderItem } from "../../../../core/protocol/order-answers";

const STATUS_TONE: Record<string, string> = {
  submitted: "info",
  in_review: "warning",
  approved: "info",
  awaiting_signature: "warning",
  funded: "success",
  ordered: "info",
  shipped: "info",
  delivered: "success",
  returned: "neutral",
  cancelled: "neutral",
};

export function OrderStatusBadge(props: { status: string; label: string }) {
  return <span class={`badge badge-${STATUS_TONE[props.status] ?? "neutral"}`}>{props.label}</span>;
}

const COMPLIANCE: Record<OrderItem["compliance"]["status"], { tone: string; label: string }> = {
  pass: { tone: "success", label: "Compliant" },
  fail: { tone: "danger", label: "Not compliant" },
  undecided: { tone: "warning", label: "No product yet" },
};

export function ComplianceBadge(props: { status: OrderItem["compliance"]["status"] }) {
  return <span class={`badge badge-${COMPLIANCE[props.status].tone}`}>{COMPLIANCE[props.status].label}</span>;
}

const REVIEW: Record<OrderItem["reviewStatus"], { tone: string; label: string }> = {
  pending: { tone: "neutral", label: "Review pending" },
  approved: { tone: "success", label: "Approved" },
  rejected: { tone: "danger", label: "Rejected" },
};

export function ReviewBadge(props: { status: OrderItem["reviewStatus"] }) {
  return <span class={`badge badge-${REVIEW[props.status].tone}`}>{REVIEW[props.status].label}</span>;
}
