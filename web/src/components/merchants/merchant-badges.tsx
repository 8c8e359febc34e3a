// How a merchant's state reads at a glance: endpoint health, account status, plan-change stage.
import type { PlanChangeStage } from "../../../../core/domain/plan-change";
import { STAGE_LABELS } from "../../../../core/domain/plan-change";

const HEALTH = {
  healthy: { tone: "badge-success", label: "Healthy" },
  degraded: { tone: "badge-warning", label: "Degraded" },
  failing: { tone: "badge-danger", label: "Failing" },
  idle: { tone: "", label: "Idle" },
} as const;

export function HealthBadge(props: { health: keyof typeof HEALTH }) {
  return <span class={`badge ${HEALTH[props.health].tone}`}>{HEALTH[props.health].label}</span>;
}

const STATUS = { active: "badge-success", onboarding: "badge-info", paused: "badge-warning", closed: "" } as const;

export function MerchantStatusBadge(props: { status: keyof typeof STATUS }) {
  return <span class={`badge ${STATUS[props.status]}`}>{props.status.charAt(0).toUpperCase() + props.status.slice(1)}</span>;
}

const STAGE_TONE: Record<PlanChangeStage, string> = {
  engineering: "badge-info",
  finance: "badge-info",
  sales: "badge-info",
  scheduled: "badge-warning",
  released: "badge-success",
  returned: "badge-danger",
  cancelled: "",
};

export function StageBadge(props: { stage: PlanChangeStage }) {
  return <span class={`badge ${STAGE_TONE[props.stage]}`}>{STAGE_LABELS[props.stage]}</span>;
}
