// The signed-in staff member: org levels, role, and signing out.
import { A } from "@solidjs/router";
import { Show } from "solid-js";
import { SignedOutEverywhereSchema } from "../../../core/protocol/auth-answers";
import { api } from "../lib/api";
import { session } from "../lib/session";
import "../styles/admin.css";
import { useTitle } from "../lib/title";

/** Ends every session of this person (phone, other browsers) and closes their open accounts. */
async function signOutEverywhere(): Promise<void> {
  await api.post("/api/auth/sign-out-everywhere", {}, SignedOutEverywhereSchema);
  await session.reload();
}

export default function Account() {
  useTitle(() => "Your account");
  return (
    <Show when={session.me()}>
      {(me) => (
        <section class="card">
          <h1>{me().name}</h1>
          <dl>
            <dt class="muted">Email</dt>
            <dd>{me().email}</dd>
            <dt class="muted">Role</dt>
            <dd>{me().role.replace("_", " ")}</dd>
            <dt class="muted">Organisation</dt>
            <dd>
              {me().org.name}
              {me().region ? ` · ${me().region?.name}` : ""}
              {me().team ? ` · ${me().team?.name}` : ""}
            </dd>
          </dl>
          <Show
            when={
              session.can("staff.manage") ||
              session.can("audit.read") ||
              session.can("faq.write") ||
              session.can("faq.approve") ||
              session.can("integration.manage")
            }
          >
            <nav class="account-links" aria-label="Administration">
              <Show when={session.can("staff.manage")}>
                <A class="btn" href="/admin">
                  Staff and teams
                </A>
              </Show>
              <Show when={session.can("audit.read")}>
                <A class="btn" href="/compliance">
                  Compliance review
                </A>
              </Show>
              <Show when={session.can("integration.manage")}>
                <A class="btn" href="/integrations">
                  Integrations
                </A>
              </Show>
              <Show when={session.can("faq.write") || session.can("faq.approve")}>
                <A class="btn" href="/knowledge">
                  Knowledge base
                </A>
              </Show>
            </nav>
          </Show>
          <div class="account-actions">
            <button type="button" class="btn" onClick={() => void session.signOut()}>
              Sign out
            </button>
            <button type="button" class="btn" onClick={() => void signOutEverywhere()}>
              Sign out everywhere
            </button>
          </div>
        </section>
      )}
    </Show>
  );
}
