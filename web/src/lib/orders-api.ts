// The order, card, personal-shopper, signing and servicing calls, and the shapes they answer
// (see worker/routes/orders.ts, customer-products.ts and public-agreements.ts).
import type { DelinquencyBucket } from "../../../core/domain/servicing";
import type { PublicAgreement } from "../../../core/protocol/agreements";
import type { ShopperItem } from "../../../core/protocol/order-commands";
import { api } from "./api";

export type Product = "lease" | "loan";
export interface Verdict {
  ok: boolean;
  reasons: string[];
}

export interface OrderSummary {
  id: string;
  number: string;
  channel: string;
  channelLabel: string;
  merchant: string;
  status: string;
  statusLabel: string;
  financing: Product | null;
  totalCents: number;
  flagged: boolean;
  attention: string | null;
  createdAt: number;
  updatedAt: number;
}
export interface OrderRow extends OrderSummary {
  customer: { id: string; name: string };
  itemCount: number;
}
export interface OrderItem {
  id: string;
  title: string;
  category: string;
  categoryLabel: string;
  priceCents: number;
  quantity: number;
  lineTotalCents: number;
  vendorName: string | null;
  vendorUrl: string | null;
  notes: string | null;
  eligibility: "lease" | "loan" | "both" | "none";
  why: string;
  lease: Verdict;
  loan: Verdict;
  compliance: { product: Product | null; status: "pass" | "fail" | "undecided"; reasons: string[] };
  reviewStatus: "pending" | "approved" | "rejected";
  reviewedAt: number | null;
}
export interface CardView {
  id: string;
  orderId: string;
  number: string | null;
  status: "issued" | "used" | "expired" | "cancelled";
  limitCents: number;
  merchant: string;
  expiresAt: number;
  createdAt: number;
}
export interface AgreementView {
  id: string;
  product: Product;
  state: "open" | "expired" | "used" | "revoked";
  expiresAt: number;
  createdAt: number;
  documentSha256: string;
  signature: { name: string | null; at: number; ip: string | null; userAgent: string | null } | null;
}
export interface OrderDetail {
  order: OrderSummary;
  customer: { id: string; name: string; state: string | null };
  items: OrderItem[];
  financing: { product: Product | null; choice: { product: Product | null; why: string; blockers: string[] } };
  nextStatuses: { status: string; label: string }[];
  cards: CardView[];
  agreements: AgreementView[];
}
export interface IssuedCard {
  card: {
    id: string;
    number?: string;
    cvc?: string;
    last4: string;
    expiryMonth?: number;
    expiryYear?: number;
    limitCents?: number;
    merchant?: string;
  };
  duplicate?: boolean;
}

export interface ScheduleLine {
  seq: number;
  dueDate: string;
  amountCents?: number;
  paymentCents?: number;
  principalCents?: number;
  interestCents?: number;
  paidCents?: number;
  status: "paid" | "past_due" | "upcoming";
}
export interface PaymentView {
  id: string;
  amountCents: number;
  method: string;
  status: string;
  paidAt: number;
}
export interface PromiseView {
  id: string;
  amountCents: number;
  dueDate: string;
  status: "open" | "kept" | "broken" | "cancelled";
}
interface Serviced {
  id: string;
  orderId: string | null;
  status: string;
  paymentCents: number;
  nextDueDate: string | null;
  daysPastDue: number;
  bucket: DelinquencyBucket;
  schedule: ScheduleLine[];
  payments: PaymentView[];
  promises: PromiseView[];
}
export interface LeaseView extends Serviced {
  itemDescription: string;
  cashPriceCents: number;
  totalCostCents: number;
  frequency: string;
  termPayments: number;
  paymentsMade: number;
  creditCents: number;
  paidCents: number;
  remainingCents: number;
  earlyPurchaseCents: number;
  startedOn: string;
}
export interface LoanView extends Serviced {
  kind: "purchase" | "direct_deposit";
  principalCents: number;
  aprBps: number;
  termMonths: number;
  balanceCents: number;
  outstandingCents: number;
  disbursementAccount: { value: string | null; visibility: string } | null;
  collateralDescription: string | null;
  originatedOn: string;
  cards: CardView[];
}

const enc = encodeURIComponent;
type Owned = { lockToken: number; note: string };

export const ordersApi = {
  list: (query: URLSearchParams, signal?: AbortSignal) =>
    api.get<{ items: OrderRow[]; nextCursor: string | null }>(`/api/orders?${query}`, signal),
  detail: (id: string, signal?: AbortSignal) => api.get<OrderDetail>(`/api/orders/${enc(id)}`, signal),
  status: (id: string, body: Owned & { status: string }) => api.post<{ status: string }>(`/api/orders/${enc(id)}/status`, body),
  attention: (id: string, body: Owned & { needsAttention: boolean; reason?: string }) => api.post(`/api/orders/${enc(id)}/attention`, body),
  review: (id: string, itemId: string, body: Owned & { decision: "approve" | "reject" }) =>
    api.post(`/api/orders/${enc(id)}/items/${enc(itemId)}/review`, body),
  addItem: (id: string, body: Owned & { item: ShopperItem }) =>
    api.post<{ financing: Product | null; why: string }>(`/api/orders/${enc(id)}/items`, body),
  removeItem: (id: string, itemId: string, body: Owned) => api.post(`/api/orders/${enc(id)}/items/${enc(itemId)}/remove`, body),
  sendAgreement: (id: string, body: Owned & { channel: "sms" | "email" }) =>
    api.post<AgreementSent>(`/api/orders/${enc(id)}/agreement`, body),
  issueCard: (id: string, body: Owned & { limitCents?: number; expiresInDays?: number; clientId: string }) =>
    api.post<IssuedCard>(`/api/orders/${enc(id)}/cards`, body),
  cancelCard: (id: string, cardId: string, body: Owned) => api.post(`/api/orders/${enc(id)}/cards/${enc(cardId)}/cancel`, body),
  cardUsed: (id: string, cardId: string, body: Owned & { confirmation: string }) =>
    api.post(`/api/orders/${enc(id)}/cards/${enc(cardId)}/used`, body),
  intake: (customerId: string, body: Owned & { source: "call" | "link"; merchant: string; items: ShopperItem[]; clientId: string }) =>
    api.post<{ orderId: string; number: string; financing: Product | null; why: string }>(
      `/api/customers/${enc(customerId)}/shopper-orders`,
      body,
    ),
};

export const servicingApi = {
  leases: (customerId: string, signal?: AbortSignal) => api.get<{ items: LeaseView[] }>(`/api/customers/${enc(customerId)}/leases`, signal),
  loans: (customerId: string, signal?: AbortSignal) => api.get<{ items: LoanView[] }>(`/api/customers/${enc(customerId)}/loans`, signal),
  pay: (customerId: string, body: Owned & { product: Product; productId: string; amountCents: number; method: string }) =>
    api.post(`/api/customers/${enc(customerId)}/payments`, body),
  promise: (customerId: string, body: Owned & { product: Product; productId: string; amountCents: number; dueDate: string }) =>
    api.post(`/api/customers/${enc(customerId)}/promises`, body),
  resolvePromise: (customerId: string, promiseId: string, body: Owned & { outcome: "kept" | "broken" | "cancelled" }) =>
    api.post(`/api/customers/${enc(customerId)}/promises/${enc(promiseId)}/resolve`, body),
};

/** Where the signing link went (never the link itself). */
export interface AgreementSent {
  agreementId: string;
  expiresAt: number;
  product: Product;
  why: string;
  channel: "sms" | "email";
  sentTo: string | null;
  delivered: boolean;
}

export const signingApi = {
  load: (token: string) => api.get<PublicAgreement>(`/api/public/agreements/${enc(token)}`),
  requestCode: (token: string, channel: "sms" | "email") =>
    api.post<{ channel: "sms" | "email"; to: string; expiresAt: number }>(`/api/public/agreements/${enc(token)}/code`, { channel }),
  sign: (token: string, body: { typedName: string; consent: boolean; code: string }) =>
    api.post<{ orderNumber: string; status: string; signedAt: number }>(`/api/public/agreements/${enc(token)}/sign`, body),
};
