// Search: one box for phone, email, loyalty number, external id or name; type-ahead results; and,
// before anything is typed, recent customers and today's call list.
import { useNavigate, useSearchParams } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import { CallList } from "../components/search/call-list";
import { RecentCustomers } from "../components/search/recent-customers";
import { SearchBox } from "../components/search/search-box";
import { SearchResults } from "../components/search/search-results";
import { createTeamPresence } from "../lib/live-presence";
import { session } from "../lib/session";

import { createTypeAhead } from "../lib/type-ahead";
import "../styles/lists.css";
import { useTitle } from "../lib/title";

export default function Search() {
  useTitle(() => "Search");
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const [query, setQuery] = createSignal(typeof params.q === "string" ? params.q : "");
  const search = createTypeAhead(query);
  // Who is on each account, live from the team's floor (the rest refresh with the results).
  const { entries: live, myTeam, queueChange, dueCallbacks } = createTeamPresence();
  const onInput = (value: string) => {
    setQuery(value);
    // The query lives in the address so Back returns to these results.
    setParams({ q: value.trim() ? value : undefined }, { replace: true });
  };
  return (
    <div class="search-page">
      <h1>Search</h1>
      <SearchBox
        value={query()}
        onInput={onInput}
        busy={search.loading()}
        onSubmit={() => {
          const first = search.items()[0];
          if (first) navigate(`/customers/${first.id}`);
        }}
      />
      <Show
        when={query().trim()}
        fallback={
          <div class="search-start">
            <RecentCustomers />
            <CallList live={{ entries: live(), myTeam: myTeam(), queueChange: queueChange(), due: dueCallbacks() }} />
          </div>
        }
      >
        <SearchResults
          query={query().trim()}
          items={search.items()}
          loading={search.loading()}
          error={search.error()}
          hasMore={search.hasMore()}
          needsExact={search.needsExact()}
          me={session.me()?.id}
          live={live()}
          myTeam={myTeam()}
          onMore={search.loadMore}
          onRetry={search.retry}
        />
      </Show>
    </div>
  );
}
