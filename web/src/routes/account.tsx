// The signed-in staff member: org levels, role, and signing out.
import { Show } from "solid-js";
import { session } from "../lib/session";

export default function Account() {
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
          <button type="button" class="btn" onClick={() => void session.signOut()}>
            Sign out
          </button>
        </section>
      )}
    </Show>
  );
}
