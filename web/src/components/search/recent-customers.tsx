// Customers this rep opened recently (this session only; nothing is kept in the browser).
import { A } from "@solidjs/router";
import { For, Show } from "solid-js";
import { recentCustomers } from "../../lib/recent";

export function RecentCustomers() {
  return (
    <section class="panel" aria-labelledby="recent-title">
      <h2 id="recent-title">Recent customers</h2>
      <Show when={recentCustomers().length > 0} fallback={<p class="muted">Customers you open appear here for quick return.</p>}>
        <ul class="chip-list">
          <For each={recentCustomers()}>
            {(c) => (
              <li>
                <A class="chip-link" href={`/customers/${c.id}`}>
                  {c.name}
                </A>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
