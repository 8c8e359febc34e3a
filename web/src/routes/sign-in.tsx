// Sign-in: single sign-on in production; in dev mode, a list of the seeded staff.
import { useNavigate, useSearchParams } from "@solidjs/router";
import { createResource, createSignal, For, Show } from "solid-js";
import { DevSignedInSchema, type DevStaffList, DevStaffListSchema } from "../../../core/protocol/auth-answers";
import { DEV_SIGN_IN_META } from "../../../core/protocol/page";
import { ApiError, api } from "../lib/api";
import { session } from "../lib/session";
import "../styles/sign-in.css";
import { useTitle } from "../lib/title";

async function loadStaff(): Promise<DevStaffList["items"] | null> {
  // Only a page the Worker served for local development (or Vite's dev server) says dev sign-in
  // exists; elsewhere, do not ask.
  if (!import.meta.env.DEV && !document.querySelector(`meta[name="${DEV_SIGN_IN_META}"]`)) return null;
  try {
    return (await api.get("/api/auth/dev/staff", DevStaffListSchema)).items;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export default function SignIn() {
  useTitle(() => "Sign in");
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [staff] = createResource(loadStaff);
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal<string | null>(null);

  const next = () => {
    const target = typeof params.next === "string" ? params.next : "/";
    return target.startsWith("/") && !target.startsWith("//") ? target : "/";
  };

  async function signIn(email: string) {
    setBusy(email);
    setError(null);
    try {
      await api.post("/api/auth/dev/sign-in", { email }, DevSignedInSchema);
      await session.reload();
      navigate(next(), { replace: true });
    } catch (e) {
      setError(e instanceof ApiError ? e.message : "Sign-in failed");
    } finally {
      setBusy(null);
    }
  }

  const orgs = () => [...new Set((staff() ?? []).map((s) => s.org))];

  return (
    <main class="sign-in">
      <div class="sign-in-card card">
        <div class="brand">
          <span class="brand-mark" aria-hidden="true">
            T
          </span>
          Tandem
        </div>
        <h1>Sign in</h1>
        <Show when={typeof params.error === "string"}>
          <p class="notice notice-error" role="alert">
            {String(params.error)}
          </p>
        </Show>
        {/* rel="external": a full page load to the server's redirect, not a client-side route. */}
        <a class="btn btn-primary sign-in-sso" rel="external" href={`/api/auth/oidc/start?next=${encodeURIComponent(next())}`}>
          Continue with single sign-on
        </a>
        <Show when={staff()}>
          <p class="muted">Demo mode: choose a seeded staff member.</p>
          <Show when={error()}>
            <p class="notice notice-error" role="alert">
              {error()}
            </p>
          </Show>
          <For each={orgs()}>
            {(org) => (
              <section aria-label={org}>
                <h2>{org}</h2>
                <ul class="staff-list">
                  <For each={staff()?.filter((s) => s.org === org)}>
                    {(person) => (
                      <li>
                        <button type="button" class="btn staff-choice" disabled={busy() !== null} onClick={() => void signIn(person.email)}>
                          <span class="staff-name">{person.name}</span>
                          <span class="muted staff-meta">
                            {person.role.replace("_", " ")} · {person.email}
                          </span>
                        </button>
                      </li>
                    )}
                  </For>
                </ul>
              </section>
            )}
          </For>
        </Show>
      </div>
    </main>
  );
}
