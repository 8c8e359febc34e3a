// Customers this rep opened recently, kept in memory only (no PII in browser storage).
import { createRoot, createSignal } from "solid-js";

export interface RecentCustomer {
  id: string;
  name: string;
}

const MAX_RECENT = 8;

const store = createRoot(() => {
  const [recent, setRecent] = createSignal<RecentCustomer[]>([]);
  return { recent, setRecent };
});

export const recentCustomers = store.recent;

export function rememberCustomer(customer: RecentCustomer): void {
  store.setRecent((list) => [customer, ...list.filter((c) => c.id !== customer.id)].slice(0, MAX_RECENT));
}

export function recentCustomerHref(): string {
  const last = store.recent()[0];
  return last ? `/customers/${last.id}` : "/customers";
}
