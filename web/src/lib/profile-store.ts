// A customer's profile as the screen holds it: loaded once, reloaded after a resync or when the
// room says the record changed, and patched in place for prompt dismissals.
import { createSignal } from "solid-js";
import type { Profile } from "../../../core/protocol/customer-answers";
import { customersApi } from "./customers-api";
import { rememberCustomer } from "./recent";

export function createProfileStore(customerId: string) {
  const [profile, setProfile] = createSignal<Profile | null>(null);
  const [error, setError] = createSignal<unknown>(null);
  const [loading, setLoading] = createSignal(false);
  let generation = 0;

  async function load(): Promise<void> {
    const mine = ++generation;
    setLoading(true);
    try {
      const data = await customersApi.profile(customerId);
      if (mine !== generation) return;
      setProfile(data);
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
    dismissed(promptId: string, at: number): void {
      setProfile((p) => (p ? { ...p, dismissals: [...p.dismissals.filter((d) => d.promptId !== promptId), { promptId, at }] } : p));
    },
  };
}

export type ProfileStore = ReturnType<typeof createProfileStore>;
