// The compliance review API: filtered notes and audit rows, people for the filters, CSV exports.
import { api } from "./api";

export type ReviewTab = "notes" | "audit";

export interface ReviewFilters {
  from?: string;
  to?: string;
  staffId?: string;
  customerId?: string;
  kind?: string;
  action?: string;
  outcome?: string;
}

export interface ReviewNote {
  id: string;
  createdAt: number;
  editedAt: number | null;
  customerId: string;
  customerName: string;
  authorId: string | null;
  authorName: string;
  kind: "manual" | "automatic" | "system";
  category: string;
  action: string;
  text: string;
  revisions: number;
}

export interface ReviewAuditRow {
  seq: number;
  at: number;
  actorId: string | null;
  actorName: string | null;
  actorRole: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  customerId: string | null;
  outcome: "success" | "failure" | "denied";
  ip: string | null;
  userAgent: string | null;
  details: string;
}

export interface Person {
  id: string;
  name: string;
  role: string;
  status: string;
}

export interface Page<T> {
  items: T[];
  nextOffset: number | null;
}

const FILTER_KEYS: Record<ReviewTab, (keyof ReviewFilters)[]> = {
  notes: ["from", "to", "staffId", "customerId", "kind", "action"],
  audit: ["from", "to", "staffId", "customerId", "action", "outcome"],
};

/** Only the filters that apply to the tab, without empty ones. */
export function queryFor(tab: ReviewTab, filters: ReviewFilters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS[tab]) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** GET /api/compliance/audit/verify: this org's streams and checkpoints, checked against the anchor. */
export interface AuditVerdict {
  ok: boolean;
  rows: number;
  streams: number;
  checkpoints: number;
  problems: { kind: string; message: string }[];
  anchor: { orgId: string; seq: number; hash: string } | null;
}

export const complianceApi = {
  verify: () => api.get<AuditVerdict>("/api/compliance/audit/verify"),
  people: () => api.get<{ items: Person[] }>("/api/compliance/people").then((r) => r.items),
  notes: (filters: ReviewFilters, offset: number) =>
    api.get<Page<ReviewNote>>(`/api/compliance/notes${queryFor("notes", filters, { offset: String(offset) })}`),
  audit: (filters: ReviewFilters, offset: number) =>
    api.get<Page<ReviewAuditRow>>(`/api/compliance/audit${queryFor("audit", filters, { offset: String(offset) })}`),
  exportHref: (tab: ReviewTab, filters: ReviewFilters) => `/api/compliance/${tab}/export${queryFor(tab, filters)}`,
};
