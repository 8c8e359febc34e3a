// The servicing calls of a customer's leases and loans (schedules, payments, promises to pay), each
// answer parsed with its schema from core/protocol/servicing-answers.ts.
import type { Product } from "../../../core/domain/products";
import {
  LeaseListSchema,
  LoanListSchema,
  LoanOpenedSchema,
  PaymentRecordedSchema,
  PromiseCreatedSchema,
  PromiseResolvedSchema,
} from "../../../core/protocol/servicing-answers";
import { api } from "./api";
import type { Owned } from "./orders-api";

const enc = encodeURIComponent;

export const servicingApi = {
  leases: (customerId: string, signal?: AbortSignal) => api.get(`/api/customers/${enc(customerId)}/leases`, LeaseListSchema, signal),
  loans: (customerId: string, signal?: AbortSignal) => api.get(`/api/customers/${enc(customerId)}/loans`, LoanListSchema, signal),
  pay: (customerId: string, body: Owned & { product: Product; productId: string; amountCents: number; method: string }) =>
    api.post(`/api/customers/${enc(customerId)}/payments`, body, PaymentRecordedSchema),
  promise: (customerId: string, body: Owned & { product: Product; productId: string; amountCents: number; dueDate: string }) =>
    api.post(`/api/customers/${enc(customerId)}/promises`, body, PromiseCreatedSchema),
  /** A direct-deposit loan, waiting for its payout. */
  openLoan: (customerId: string, body: Owned & { principalCents: number; accountNumber?: string }) =>
    api.post(`/api/customers/${enc(customerId)}/loans`, body, LoanOpenedSchema),
  payout: (customerId: string, loanId: string, body: Owned) =>
    api.post(`/api/customers/${enc(customerId)}/loans/${enc(loanId)}/payout`, body, LoanOpenedSchema),
  resolvePromise: (customerId: string, promiseId: string, body: Owned & { outcome: "kept" | "broken" | "cancelled" }) =>
    api.post(`/api/customers/${enc(customerId)}/promises/${enc(promiseId)}/resolve`, body, PromiseResolvedSchema),
};
