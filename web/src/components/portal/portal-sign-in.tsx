// The portal's sign-in: an email gets a one-time code and a link (through the configured mailer);
// the code signs in here. In dev mode the seeded portal users sign in with one tap, like staff.
import { createResource, createSignal, For, Show } from "solid-js";
import { ApiError } from "../../lib/api";
import { portalAuth, portalDevMode, portalSession } from "../../lib/portal-api";
import { useTitle } from "../../lib/title";

async function loadDevUsers() {
  if (!portalDevMode()) return null;
  try {
    return (await portalAuth.devUsers()).items;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

const message = (error: unknown) => (error instanceof ApiError ? error.message : "Sign-in failed; try again");

export function PortalSignIn(props: { notice?: string }) {
  useTitle(() => "Merchant portal sign-in");
  const [devUsers] = createResource(loadDevUsers);
  const [email, setEmail] = createSignal("");
  const [code, setCode] = createSignal("");
  const [sentTo, setSentTo] = createSignal<string | null>(null);
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);

  async function run(task: () => Promise<unknown>) {
    setBusy(true);
    setError(null);
    try {
      await task();
    } catch (e) {
      setError(message(e));
    } finally {
      setBusy(false);
    }
  }

  const sendCode = (event: SubmitEvent) => {
    event.preventDefault();
    void run(async () => {
      await portalAuth.sendCode(email());
      setSentTo(email().trim().toLowerCase());
      setCode("");
    });
  };
  const verify = (event: SubmitEvent) => {
    event.preventDefault();
    void run(async () => {
      await portalAuth.verifyCode(sentTo() ?? email(), code());
      await portalSession.reload();
    });
  };
  const devSignIn = (address: string) =>
    void run(async () => {
      await portalAuth.devSignIn(address);
      await portalSession.reload();
    });

  return (
    <main class="sign-in portal-sign-in">
      <div class="sign-in-card card">
        <div class="brand">
          <span class="brand-mark" aria-hidden="true">
            T
          </span>
          Merchant portal
        </div>
        <h1>Sign in</h1>
        <p class="muted">Follow your transactions, funding, invoices and support tickets.</p>
        <Show when={props.notice}>
          <p class="notice notice-warning" role="status">
            {props.notice}
          </p>
        </Show>
        <Show when={error()}>
          <p class="notice notice-error" role="alert">
            {error()}
          </p>
        </Show>
        <Show
          when={sentTo()}
          fallback={
            <form class="portal-form" onSubmit={sendCode}>
              <div class="field">
                <label for="portal-email">Work email</label>
                <input
                  id="portal-email"
                  type="email"
                  autocomplete="email"
                  required
                  value={email()}
                  onInput={(e) => setEmail(e.currentTarget.value)}
                />
              </div>
              <button type="submit" class="btn btn-primary" disabled={busy()}>
                Email me a sign-in code
              </button>
            </form>
          }
        >
          {(address) => (
            <form class="portal-form" onSubmit={verify}>
              <p role="status">
                If <strong>{address()}</strong> has a portal account, a six-digit code and a sign-in link are on their way. They work once,
                for 10 minutes.
              </p>
              <div class="field">
                <label for="portal-code">Code from the email</label>
                <input
                  id="portal-code"
                  inputmode="numeric"
                  autocomplete="one-time-code"
                  pattern="[0-9]{6}"
                  maxLength={6}
                  required
                  value={code()}
                  onInput={(e) => setCode(e.currentTarget.value)}
                />
              </div>
              <button type="submit" class="btn btn-primary" disabled={busy()}>
                Sign in
              </button>
              <button type="button" class="btn btn-ghost" onClick={() => setSentTo(null)}>
                Use another email
              </button>
            </form>
          )}
        </Show>
        <Show when={devUsers()?.length}>
          <section aria-label="Demo merchant users">
            <p class="muted">Demo mode: choose a seeded merchant user.</p>
            <ul class="staff-list">
              <For each={devUsers()}>
                {(user) => (
                  <li>
                    <button type="button" class="btn staff-choice" disabled={busy()} onClick={() => devSignIn(user.email)}>
                      <span class="staff-name">{user.name}</span>
                      <span class="muted staff-meta">
                        {user.role} · {user.merchant} · {user.email}
                      </span>
                    </button>
                  </li>
                )}
              </For>
            </ul>
          </section>
        </Show>
        <p class="muted portal-staff-link">
          Tandem staff? <a href="/sign-in">Sign in to the console</a>
        </p>
      </div>
    </main>
  );
}
