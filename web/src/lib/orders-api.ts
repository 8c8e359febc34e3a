// The order, card and personal-shopper calls, each answer parsed with its schema from
// core/protocol/order-answers.ts.
import {
  AgreementSentSchema,
  CardChangedSchema,
  CardIssuedSchema,
  ItemAddedSchema,
  ItemRemovedSchema,
  ItemReviewedSchema,
  OrderAttentionChangedSchema,
  OrderDetailSchema,
  OrderListSchema,
  OrderStatusChangedSchema,
  ShopperOrderStartedSchema,
} from "../../../core/protocol/order-answers";
import type { ShopperItem } from "../../../core/protocol/order-commands";
import { api } from "./api";

const enc = encodeURIComponent;
/** What every change to an account carries: the owner's fencing token and the rep's note. */
export type Owned = { lockToken: number; note: string };

export const ordersApi = {
  list: (query: URLSearchParams, signal?: AbortSignal) => api.get(`/api/orders?${query}`, OrderListSchema, signal),
  detail: (id: string, signal?: AbortSignal) => api.get(`/api/orders/${enc(id)}`, OrderDetailSchema, signal),
  status: (id: string, body: Owned & { status: string }) => api.post(`/api/orders/${enc(id)}/status`, body, OrderStatusChangedSchema),
  attention: (id: string, body: Owned & { needsAttention: boolean; reason?: string }) =>
    api.post(`/api/orders/${enc(id)}/attention`, body, OrderAttentionChangedSchema),
  review: (id: string, itemId: string, body: Owned & { decision: "approve" | "reject" }) =>
    api.post(`/api/orders/${enc(id)}/items/${enc(itemId)}/review`, body, ItemReviewedSchema),
  addItem: (id: string, body: Owned & { item: ShopperItem }) => api.post(`/api/orders/${enc(id)}/items`, body, ItemAddedSchema),
  removeItem: (id: string, itemId: string, body: Owned) =>
    api.post(`/api/orders/${enc(id)}/items/${enc(itemId)}/remove`, body, ItemRemovedSchema),
  sendAgreement: (id: string, body: Owned & { channel: "sms" | "email" }) =>
    api.post(`/api/orders/${enc(id)}/agreement`, body, AgreementSentSchema),
  issueCard: (id: string, body: Owned & { limitCents?: number; expiresInDays?: number; clientId: string }) =>
    api.post(`/api/orders/${enc(id)}/cards`, body, CardIssuedSchema),
  cancelCard: (id: string, cardId: string, body: Owned) =>
    api.post(`/api/orders/${enc(id)}/cards/${enc(cardId)}/cancel`, body, CardChangedSchema),
  cardUsed: (id: string, cardId: string, body: Owned & { confirmation: string }) =>
    api.post(`/api/orders/${enc(id)}/cards/${enc(cardId)}/used`, body, CardChangedSchema),
  intake: (customerId: string, body: Owned & { source: "call" | "link"; merchant: string; items: ShopperItem[]; clientId: string }) =>
    api.post(`/api/customers/${enc(customerId)}/shopper-orders`, body, ShopperOrderStartedSchema),
};
