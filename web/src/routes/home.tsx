// Home: a greeting, the way into search, and the day's work (call list and recent customers).
import { A } from "@solidjs/router";
import { lazy, Show } from "solid-js";
import { CallList } from "../components/search/call-list";
import { RecentCustomers } from "../components/search/recent-customers";
import { firstName } from "../lib/format";
import { createTeamPresence } from "../lib/live-presence";
import { session } from "../lib/session";
import "../styles/lists.css";

// The process monitor's panel loads after the day's work is on screen (and only for the people it measures).
const MyFigures = lazy(() => import("../components/monitor/my-figures"));

export default function Home() {
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
            <A class="btn btn-primary" href="/search">
              Find a customer
            </A>
          </header>
          <div class="search-start">
            <CallList live={{ entries: team.entries(), myTeam: team.myTeam() }} />
            <RecentCustomers />
          </div>
          <MyFigures />
        </div>
      )}
    </Show>
  );
}
