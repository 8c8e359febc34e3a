// Words the desk's screens show for its values.
import type { TicketPriority, TicketTeam } from "../../../../core/domain/tickets";

export { STATUS_LABELS } from "../../../../core/domain/tickets";

export const PRIORITY_LABELS: Record<TicketPriority, string> = { urgent: "Urgent", high: "High", normal: "Normal", low: "Low" };
export const TEAM_LABELS: Record<TicketTeam, string> = { support: "Support", billing: "Billing", technical: "Technical", sales: "Sales" };
