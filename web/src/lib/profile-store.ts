// A customer's profile as the screen holds it: loaded once, reloaded after a resync or when the
// room says one of its records changed, and patched in place with the customer the room sends
// after a profile change (already masked for this person) and with prompt dismissals.
import { createSignal } from "solid-js";
import type { Profile } from "../../../core/protocol/customer-answers";
import type { CustomerView } from "../../../core/protocol/customer-view";
import { customersApi } from "./customers-api";
import { rememberCustomer } from "./recent";

export function createProfileStore(customerId: string) {
  const [profile, setProfile] = createSignal<Profile | null>(null);
  const [error, setError] = createSignal<unknown>(null);
  const [loading, setLoading] = createSignal(false);
  let generation = 0;
  /** The newest customer the room sent: a load that started before that change must not undo it. */
  let pushed: CustomerView | null = null;
  const newer = (a: CustomerView, than: CustomerView) => a.updatedAt > than.updatedAt;

  async function load(): Promise<void> {
    const mine = ++generation;
    setLoading(true);
    try {
      const data = await customersApi.profile(customerId);
      if (mine !== generation) return;
      setProfile({ ...data, customer: pushed && newer(pushed, data.customer) ? pushed : data.customer });
      setError(null);
      rememberCustomer({ id: data.customer.id, name: data.customer.name });
    } catch (e) {
      if (mine === generation) setError(e);
    } finally {
      if (mine === generation) setLoading(false);
    }
  }
  void load();

  return {
    profile,
    error,
    loading,
    reload: load,
    /** The room's `customer-updated`: the account's own data, as this person may see it. */
    updated(customer: CustomerView): void {
      pushed = customer;
      setProfile((p) => (p && !newer(p.customer, customer) ? { ...p, customer } : p));
      rememberCustomer({ id: customer.id, name: customer.name });
    },
    dismissed(promptId: string, at: number): void {
      setProfile((p) => (p ? { ...p, dismissals: [...p.dismissals.filter((d) => d.promptId !== promptId), { promptId, at }] } : p));
    },
  };
}

export type ProfileStore = ReturnType<typeof createProfileStore>;
