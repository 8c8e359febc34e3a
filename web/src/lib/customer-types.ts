// Shapes of the customer API's answers, as the web app reads them (see worker/routes/customers.ts).
import type { CustomerView } from "../../../core/domain/customer-view";
import type { PresentedField } from "../../../core/domain/pii";
import type { DeviceClass } from "../../../core/domain/roles";
import type { FeedItem } from "../../../core/protocol/room";

export type { CustomerView, FeedItem, PresentedField };

export interface ProductFlags {
  lease: boolean;
  loan: boolean;
}

/** Who is on an account, as lists show it (from room_presence). */
export interface ListPresence {
  products: ProductFlags;
  owner: { id: string; name: string; device: DeviceClass } | null;
  viewers: { id: string; name: string; state: "viewing" | "editing" | "away"; device: DeviceClass }[];
}

export interface SearchHit extends ListPresence {
  id: string;
  name: string;
  status: string;
  phone: string | null;
  email: string | null;
  city: string | null;
  state: string | null;
  loyaltyNumber: string | null;
  externalId: string | null;
  teamId: string | null;
}

export interface SearchPage {
  items: SearchHit[];
  ranked: boolean;
  nextOffset: number | null;
  needsExact?: "phone" | "email";
}

export interface Lease {
  id: string;
  orderId: string | null;
  status: string;
  itemDescription: string;
  cashPriceCents: number;
  totalCostCents: number;
  paymentCents: number;
  frequency: string;
  termPayments: number;
  paymentsMade: number;
  nextDueDate: string | null;
  daysPastDue: number;
  earlyPurchaseCents: number;
  startedOn: string;
}

export interface Loan {
  id: string;
  orderId: string | null;
  kind: "purchase" | "direct_deposit";
  status: string;
  principalCents: number;
  aprBps: number;
  termMonths: number;
  paymentCents: number;
  balanceCents: number;
  nextDueDate: string | null;
  daysPastDue: number;
  disbursementAccount: PresentedField | null;
  collateralDescription: string | null;
  originatedOn: string;
}

export interface Order {
  id: string;
  number: string;
  channel: string;
  merchant: string;
  status: string;
  financing: "lease" | "loan" | null;
  totalCents: number;
  needsAttention: boolean;
  attentionReason: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface PromiseToPay {
  id: string;
  product: "lease" | "loan";
  productId: string;
  amountCents: number;
  dueDate: string;
  status: string;
}

export interface Callback {
  id: string;
  dueAt: number;
  reason: string;
  doneAt: number | null;
}

export interface Profile {
  customer: CustomerView;
  leases: Lease[];
  loans: Loan[];
  orders: Order[];
  promises: PromiseToPay[];
  callbacks: Callback[];
  dismissals: { promptId: string; at: number }[];
}

export interface ActivityPage {
  items: FeedItem[];
  next: { before: number; beforeId: string } | null;
}

export interface NoteItem {
  id: string;
  text: string;
  kind: "manual" | "automatic" | "system";
  category: string;
  action: string;
  author: { staffId: string; name: string } | null;
  createdAt: number;
  editedAt: number | null;
}

export interface NotesPage {
  items: NoteItem[];
  nextOffset: number | null;
}

export interface CallList {
  until: number;
  callbacks: (ListPresence & { id: string; customerId: string; name: string; dueAt: number; reason: string })[];
  pastDue: (ListPresence & { customerId: string; name: string; status: string; daysPastDue: number })[];
  attention: (ListPresence & {
    orderId: string;
    number: string;
    customerId: string;
    name: string;
    status: string;
    reason: string | null;
    updatedAt: number;
  })[];
}
