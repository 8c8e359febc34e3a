// Search: one box for phone, email, loyalty number, external id or name.
import { A } from "@solidjs/router";
import { createResource, createSignal, For, Show } from "solid-js";
import { api } from "../lib/api";

interface Hit {
  id: string;
  name: string;
  phone: string | null;
  status: string;
  products: { lease: boolean; loan: boolean };
}

export default function Search() {
  const [query, setQuery] = createSignal("");
  const [results] = createResource(query, (q) =>
    q.trim() ? api.get<{ items: Hit[] }>(`/api/customers?q=${encodeURIComponent(q)}`) : Promise.resolve({ items: [] }),
  );
  return (
    <section>
      <h1>Search</h1>
      <div class="field">
        <label for="search-box">Phone, email, loyalty number, external id or name</label>
        <input id="search-box" type="search" autocomplete="off" onInput={(e) => setQuery(e.currentTarget.value)} />
      </div>
      <ul>
        <For each={results()?.items}>
          {(hit) => (
            <li>
              <A href={`/customers/${hit.id}`}>{hit.name}</A> <span class="muted">{hit.phone}</span>
              <Show when={hit.products.lease}>
                <span class="badge badge-lease">Lease</span>
              </Show>
              <Show when={hit.products.loan}>
                <span class="badge badge-loan">Loan</span>
              </Show>
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}
