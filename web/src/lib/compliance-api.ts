// The compliance review API: filtered notes and audit rows, people for the filters, CSV exports,
// quarterly reviews marked done;
// answers parsed with their schemas from core/protocol/compliance-answers.ts.
import {
  AuditVerdictSchema,
  ComplianceReviewsSchema,
  PeopleSchema,
  ReviewAuditPageSchema,
  ReviewNotesPageSchema,
  ReviewSignedOffSchema,
} from "../../../core/protocol/compliance-answers";
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

export const complianceApi = {
  verify: () => api.get("/api/compliance/audit/verify", AuditVerdictSchema),
  people: () => api.get("/api/compliance/people", PeopleSchema).then((r) => r.items),
  notes: (filters: ReviewFilters, offset: number) =>
    api.get(`/api/compliance/notes${queryFor("notes", filters, { offset: String(offset) })}`, ReviewNotesPageSchema),
  audit: (filters: ReviewFilters, offset: number) =>
    api.get(`/api/compliance/audit${queryFor("audit", filters, { offset: String(offset) })}`, ReviewAuditPageSchema),
  exportHref: (tab: ReviewTab, filters: ReviewFilters) => `/api/compliance/${tab}/export${queryFor(tab, filters)}`,
  reviews: () => api.get("/api/compliance/reviews", ComplianceReviewsSchema).then((r) => r.items),
  /** Marks the review of `from`..`to` done, with the filters on screen as its scope. */
  signOff: (body: { from: string; to: string; scope: Record<string, string>; note: string }) =>
    api.post("/api/compliance/reviews", body, ReviewSignedOffSchema),
};
