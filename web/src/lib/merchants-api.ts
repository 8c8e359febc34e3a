// The merchant screens' calls: the list, a profile and its records, the catalogues, the board, and
// every change (through the merchant's room, with the owner's token and a note), each answer parsed
// with its schema from core/protocol.
import type { Thresholds } from "../../../core/domain/decision-models";
import { ActivityPageSchema, NotesPageSchema } from "../../../core/protocol/activity-answers";
import {
  ContractAddedSchema,
  EndpointDetailsSchema,
  InvoiceDetailSchema,
  InvoiceIssuedSchema,
  KeyIssuedSchema,
  LedgerPostedSchema,
  MerchantChangedSchema,
  MerchantListSchema,
  MerchantProfileSchema,
  ModelCatalogSchema,
  PlanCatalogSchema,
  PlanChangeBoardSchema,
  PlanChangeSteppedSchema,
  PlanVersionAddedSchema,
  StatementSchema,
  TestEventSentSchema,
} from "../../../core/protocol/merchant-answers";
import type { EndpointChange, MerchantChanges } from "../../../core/protocol/merchant-commands";
import { api } from "./api";

const enc = encodeURIComponent;
const m = (id: string) => `/api/merchants/${enc(id)}`;
type Noted = { lockToken: number; note: string };

export const merchantsApi = {
  list: (query: URLSearchParams, signal?: AbortSignal) => api.get(`/api/merchants?${query}`, MerchantListSchema, signal),
  profile: (id: string) => api.get(m(id), MerchantProfileSchema),
  activity: (id: string, signal?: AbortSignal) => api.get(`${m(id)}/activity?limit=50`, ActivityPageSchema, signal),
  notes: (id: string, signal?: AbortSignal) => api.get(`${m(id)}/notes?limit=50`, NotesPageSchema, signal),
  addNote: (id: string, text: string) => api.post(`${m(id)}/notes`, { text }, MerchantChangedSchema),
  update: (id: string, body: Noted & { changes: MerchantChanges }) => api.patch(`${m(id)}/profile`, body, MerchantChangedSchema),
  statement: (id: string, month: string, signal?: AbortSignal) => api.get(`${m(id)}/ledger?month=${enc(month)}`, StatementSchema, signal),
  post: (id: string, body: Noted & { kind: "deposit" | "withdrawal" | "credit" | "debit"; amountCents: number }) =>
    api.post(`${m(id)}/ledger`, body, LedgerPostedSchema),
  invoice: (id: string, invoiceId: string) => api.get(`${m(id)}/invoices/${enc(invoiceId)}`, InvoiceDetailSchema),
  invoiceCsvHref: (id: string, invoiceId: string) => `${m(id)}/invoices/${enc(invoiceId)}/csv`,
  generateInvoice: (id: string, body: Noted & { period: string }) => api.post(`${m(id)}/invoices`, body, InvoiceIssuedSchema),
  invoiceStatus: (id: string, invoiceId: string, body: Noted & { status: "paid" | "void" }) =>
    api.post(`${m(id)}/invoices/${enc(invoiceId)}/status`, body, InvoiceIssuedSchema),
  addContract: (id: string, body: Noted & { title: string; effectiveFrom: string; summary: string }) =>
    api.post(`${m(id)}/contracts`, body, ContractAddedSchema),
  endpoints: (id: string, signal?: AbortSignal) => api.get(`${m(id)}/endpoints`, EndpointDetailsSchema, signal),
  addEndpoint: (id: string, body: Noted & { kind: string; name: string; url: string; modelVersionId: string }) =>
    api.post(`${m(id)}/endpoints`, body, KeyIssuedSchema),
  rotateKey: (id: string, endpointId: string, body: Noted) =>
    api.post(`${m(id)}/endpoints/${enc(endpointId)}/rotate-key`, body, KeyIssuedSchema),
  setModel: (id: string, endpointId: string, body: Noted & { modelVersionId: string; thresholds: Thresholds | null }) =>
    api.patch(`${m(id)}/endpoints/${enc(endpointId)}/model`, body, MerchantChangedSchema),
  testEvent: (id: string, endpointId: string) => api.post(`${m(id)}/endpoints/${enc(endpointId)}/test`, {}, TestEventSentSchema),
  openPlanChange: (
    id: string,
    body: Noted & {
      toPlanVersionId: string;
      endpointChanges: EndpointChange[];
      money: { direction: "deposit" | "withdraw"; amountCents: number } | null;
    },
  ) => api.post(`${m(id)}/plan-changes`, body, PlanChangeSteppedSchema),
  step: (
    id: string,
    requestId: string,
    step: "approve" | "send-back" | "resubmit" | "cancel",
    body: Noted & { releaseAt?: number; models?: { ref: string; modelVersionId: string }[] },
  ) => api.post(`${m(id)}/plan-changes/${enc(requestId)}/${step}`, body, PlanChangeSteppedSchema),
  board: (signal?: AbortSignal) => api.get("/api/plan-changes", PlanChangeBoardSchema, signal),
  plans: (signal?: AbortSignal) => api.get("/api/plans", PlanCatalogSchema, signal),
  addPlanVersion: (planId: string, body: Record<string, unknown>) =>
    api.post(`/api/plans/${enc(planId)}/versions`, body, PlanVersionAddedSchema),
  models: (signal?: AbortSignal) => api.get("/api/decision-models", ModelCatalogSchema, signal),
};
