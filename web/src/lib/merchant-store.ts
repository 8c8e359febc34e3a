// One merchant's profile on screen: loaded once, its own row replaced in place when the room says
// it changed (a plan released, details edited), and reloaded when another of its records changed.
import { createSignal } from "solid-js";
import type { MerchantProfile } from "../../../core/protocol/merchant-answers";
import type { MerchantView } from "../../../core/protocol/merchant-view";
import { merchantsApi } from "./merchants-api";

export function createMerchantStore(id: string) {
  const [profile, setProfile] = createSignal<MerchantProfile | null>(null);
  const [error, setError] = createSignal<unknown>(null);
  /** Bumped whenever records changed: panels that load their own data (endpoints, statement) reload. */
  const [version, setVersion] = createSignal(0);
  let loading: Promise<void> | null = null;
  let again = false;

  async function fetchProfile(): Promise<void> {
    try {
      const answer = await merchantsApi.profile(id);
      setProfile(answer);
      setError(null);
      setVersion((n) => n + 1);
    } catch (caught) {
      setError(caught);
    } finally {
      loading = null;
      // A change announced while this load was under way may not be in it: load once more.
      if (again) {
        again = false;
        void reload();
      }
    }
  }

  /** One load at a time; one asked for meanwhile runs after it. */
  function reload(): Promise<void> {
    if (loading) again = true;
    loading ??= fetchProfile();
    return loading;
  }
  void reload();

  return {
    profile,
    error,
    version,
    reload,
    /** The room sent the merchant again (masked for this person): show it without a round trip. */
    updated(merchant: MerchantView) {
      setProfile((p) => (p ? { ...p, merchant } : p));
    },
  };
}
export type MerchantStore = ReturnType<typeof createMerchantStore>;
