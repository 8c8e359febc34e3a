// The floor dashboard for leads and directors: the live board, queues and charts, with the
// filters (team, region, date range) in the URL so a view can be shared.
import { useSearchParams } from "@solidjs/router";
import { createEffect, createMemo, createResource, createSignal, For, on, onCleanup, Show } from "solid-js";
import { DashboardSchema } from "../../../core/protocol/dashboard-answers";
import { ChartCard } from "../components/dashboard/chart-card";
import { FloorBoard } from "../components/dashboard/floor-board";
import { QueueCounters } from "../components/dashboard/queue-counters";
import { DeskCounters } from "../components/desk/desk-counters";
import { LiveSteps } from "../components/monitor/live-steps";
import { ApiError, api } from "../lib/api";
import { createFloor } from "../lib/floor";
import { hourLabel } from "../lib/format";
import { session } from "../lib/session";
import "../styles/dashboard.css";
import "../styles/desk.css";
import { useTitle } from "../lib/title";

const minutes = (ms: number | null) => (ms === null ? 0 : Math.round(ms / 6_000) / 10);
/** Orders arriving from the order platform and payments posting reach no floor room: the figures follow them this often. */
const BACK_OFFICE_REFRESH_MS = 10_000;

export default function Dashboard() {
  useTitle(() => "Floor");
  const [params, setParams] = useSearchParams();
  const param = (key: string) => (typeof params[key] === "string" ? (params[key] as string) : "");
  const myTeam = () => session.me()?.team?.id ?? "";
  /** A lead starts on their own team; "all" compares the whole org (or the chosen region). */
  const team = () => param("team") || (param("region") ? "all" : myTeam() || "all");
  const query = () =>
    new URLSearchParams(
      Object.entries({ team: team() === "all" ? "" : team(), region: param("region"), from: param("from"), to: param("to") }).filter(
        ([, value]) => value,
      ),
    );
  const [refresh, setRefresh] = createSignal(0);
  const [data] = createResource(
    () => `${query().toString()}#${refresh()}`,
    (key) => api.get(`/api/dashboard?${key.split("#")[0]}`, DashboardSchema),
  );
  const floorTeam = () => (team() !== "all" ? team() : myTeam() || data()?.selectedTeams[0] || null);
  const floor = createFloor(floorTeam);

  // Charts follow the floor: when an ownership starts or ends, fetch the figures again.
  let owners = -1;
  let refreshTimer: ReturnType<typeof setTimeout> | undefined;
  createEffect(() => {
    const count = floor.entries().filter((e) => e.owner).length;
    if (owners >= 0 && count !== owners) {
      clearTimeout(refreshTimer);
      refreshTimer = setTimeout(() => setRefresh((n) => n + 1), 1_500);
    }
    owners = count;
  });

  const backOffice = window.setInterval(() => {
    if (document.visibilityState === "visible") setRefresh((n) => n + 1);
  }, BACK_OFFICE_REFRESH_MS);
  onCleanup(() => window.clearInterval(backOffice));

  // A callback scheduled, moved or done on the floor: the queue counters fetch again (once per burst).
  createEffect(
    on(
      floor.queueChange,
      () => {
        clearTimeout(refreshTimer);
        refreshTimer = setTimeout(() => setRefresh((n) => n + 1), 250);
      },
      { defer: true },
    ),
  );

  const regions = createMemo(() => [...new Map((data()?.teams ?? []).map((t) => [t.regionId, t.regionName])).entries()]);
  const counts = () => {
    const q = data()?.queues;
    return q ? { ...q, handoffRequests: floor.entries().filter((e) => e.handoffPending).length } : undefined;
  };
  const stats = () => data()?.stats;

  return (
    <div class="dashboard">
      <header class="page-head">
        <h1>Floor</h1>
        <form class="filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
          <label class="field">
            <span class="label">Team</span>
            <select value={team()} onChange={(e) => setParams({ team: e.currentTarget.value, region: undefined })} name="team">
              {/* `selected` on the options: the teams arrive after the select, which would fall back to the first. */}
              <option value="all" selected={team() === "all"}>
                All teams{param("region") ? " in region" : ""}
              </option>
              <For each={data()?.teams ?? []}>
                {(t) => (
                  <option value={t.id} selected={t.id === team()}>
                    {t.name}
                  </option>
                )}
              </For>
            </select>
          </label>
          <label class="field">
            <span class="label">Region</span>
            <select
              value={param("region")}
              onChange={(e) => setParams({ region: e.currentTarget.value || undefined, team: e.currentTarget.value ? "all" : undefined })}
              name="region"
            >
              <option value="">All regions</option>
              <For each={regions()}>
                {([id, name]) => (
                  <option value={id} selected={id === param("region")}>
                    {name}
                  </option>
                )}
              </For>
            </select>
          </label>
          <label class="field">
            <span class="label">From</span>
            <input
              type="date"
              value={param("from") || data()?.range.from || ""}
              onChange={(e) => setParams({ from: e.currentTarget.value || undefined })}
              name="from"
            />
          </label>
          <label class="field">
            <span class="label">To</span>
            <input
              type="date"
              value={param("to") || data()?.range.to || ""}
              onChange={(e) => setParams({ to: e.currentTarget.value || undefined })}
              name="to"
            />
          </label>
        </form>
      </header>
      <Show when={data.error}>
        <p class="notice notice-error" role="alert">
          {data.error instanceof ApiError ? `${data.error.message} (${data.error.code})` : "The dashboard could not load."}
        </p>
      </Show>
      <QueueCounters counts={counts()} />
      <Show when={session.can("ticket.read") && session.me()?.org.id} keyed>
        {(orgId) => <DeskCounters orgId={orgId} />}
      </Show>
      <Show when={floorTeam()}>{(team) => <FloorBoard entries={floor.entries()} teamId={team()} status={floor.status()} />}</Show>
      <LiveSteps entries={floor.entries()} teamId={floorTeam()} />
      <section class="charts" aria-label="Charts" aria-busy={data.loading}>
        <ChartCard
          id="handled"
          question="How many accounts did the team handle each hour?"
          unit="accounts"
          series={{
            labels: (stats()?.handledPerHour ?? []).map((h) => hourLabel(h.hour)),
            values: (stats()?.handledPerHour ?? []).map((h) => h.accounts),
          }}
        />
        <ChartCard
          id="handle-time"
          question={`How long does each rep own an account? (team average ${minutes(stats()?.averageHandleMs ?? null)} min)`}
          unit="minutes"
          horizontal
          series={{
            labels: (stats()?.handleByRep ?? []).map((r) => r.name),
            values: (stats()?.handleByRep ?? []).map((r) => minutes(r.averageMs)),
          }}
        />
        <ChartCard
          id="orders"
          question="Where are this team's orders?"
          unit="orders"
          horizontal
          series={{
            labels: (data()?.ordersByStatus ?? []).map((o) => o.status.replace(/_/g, " ")),
            values: (data()?.ordersByStatus ?? []).map((o) => o.orders),
          }}
        />
        <ChartCard
          id="handoffs"
          question={`How often does ownership change hands? (average handoff wait ${Math.round((stats()?.averageHandoffWaitMs ?? 0) / 1000)} s)`}
          unit="times"
          series={{ labels: ["Handoffs", "Takeovers"], values: [stats()?.handoffs ?? 0, stats()?.takeovers ?? 0] }}
        />
      </section>
    </div>
  );
}
