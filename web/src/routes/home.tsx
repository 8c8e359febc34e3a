// Home: a greeting, the way into search, and the day's work (call list and recent customers).
import { A } from "@solidjs/router";
import { lazy, Show } from "solid-js";
import { CallList } from "../components/search/call-list";
import { RecentCustomers } from "../components/search/recent-customers";
import { firstName } from "../lib/format";
import { createTeamPresence } from "../lib/live-presence";
import { session } from "../lib/session";
import "../styles/lists.css";
import { useTitle } from "../lib/title";

// The process monitor's panel loads after the day's work is on screen (and only for the people it measures).
const MyFigures = lazy(() => import("../components/monitor/my-figures"));

export default function Home() {
  useTitle(() => "Home");
  const team = createTeamPresence();
  return (
    <Show when={session.me()}>
      {(me) => (
        <div class="search-page">
          <header class="home-head">
            <div>
              <h1>Hello, {firstName(me().name)}</h1>
              <p class="muted">
                {me().org.name}
                {me().team ? ` · Team ${me().team?.name}` : ""}
              </p>
            </div>
            <Show when={session.can("customer.read")}>
              <A class="btn btn-primary" href="/search">
                Find a customer
              </A>
            </Show>
          </header>
          {/* Engineering works on the platform, not on customers: no call list to ask for. */}
          <Show
            when={session.can("customer.read")}
            fallback={<p class="muted">Your role works on the platform; customer accounts are not shown to it.</p>}
          >
            <div class="search-start">
              <CallList
                live={{ entries: team.entries(), myTeam: team.myTeam(), queueChange: team.queueChange(), due: team.dueCallbacks() }}
              />
              <RecentCustomers />
            </div>
          </Show>
          <MyFigures />
        </div>
      )}
    </Show>
  );
}
