// One chart of the monitor: a title that states its question, units, bars and lines from chart.js
// (loaded only when the card nears the viewport), and the same data as a table underneath.
import type { ChartConfiguration, Chart as ChartType } from "chart.js";
import { createEffect, createSignal, type JSX, onCleanup, Show } from "solid-js";

export interface Dataset {
  label: string;
  values: (number | null)[];
  kind: "bar" | "line";
  tone: "accent" | "muted" | "warning" | "danger" | "success" | "info";
  dashed?: boolean;
}

const color = (tone: Dataset["tone"]) =>
  getComputedStyle(document.documentElement)
    .getPropertyValue(tone === "muted" ? "--text-faint" : `--${tone}`)
    .trim() || "#0f5fd7";

export function MonitorChart(props: {
  id: string;
  question: string;
  unit: string;
  labels: string[];
  datasets: Dataset[];
  horizontal?: boolean;
  format: (n: number) => string;
  table: JSX.Element;
}) {
  const [canvas, setCanvas] = createSignal<HTMLCanvasElement>();
  const [near, setNear] = createSignal(false);
  let observer: IntersectionObserver | undefined;
  const watch = (figure: HTMLElement) => {
    observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), { rootMargin: "200px" });
    observer.observe(figure);
  };
  let chart: ChartType | null = null;
  let run = 0;
  createEffect(async () => {
    const mine = ++run;
    const element = near() ? canvas() : undefined;
    const labels = props.labels;
    const datasets = props.datasets.map((d) => ({
      type: d.kind,
      label: d.label,
      data: d.values,
      backgroundColor: color(d.tone),
      borderColor: color(d.tone),
      borderDash: d.dashed ? [6, 4] : [],
      borderWidth: d.kind === "line" ? 2 : 0,
      pointRadius: d.kind === "line" ? 2 : 0,
      borderRadius: 3,
      spanGaps: true,
    }));
    chart?.destroy();
    chart = null;
    if (!element) return;
    const { Chart } = await import("./chart-setup");
    if (mine !== run) return;
    const axis = { ticks: { color: color("muted") }, grid: { color: "rgba(127,127,127,0.2)" } };
    const config = {
      type: "bar",
      data: { labels, datasets },
      options: {
        indexAxis: props.horizontal ? "y" : "x",
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: {
          legend: { display: props.datasets.length > 1, labels: { boxWidth: 12 } },
          tooltip: {
            callbacks: {
              label: (item: { dataset: { label?: string }; raw: unknown }) => `${item.dataset.label}: ${props.format(Number(item.raw))}`,
            },
          },
        },
        scales: {
          x: {
            ...axis,
            ...(props.horizontal ? { ticks: { ...axis.ticks, callback: (v: number | string) => props.format(Number(v)) } } : {}),
          },
          y: {
            ...axis,
            beginAtZero: true,
            ...(props.horizontal ? {} : { ticks: { ...axis.ticks, callback: (v: number | string) => props.format(Number(v)) } }),
          },
        },
      },
    } as unknown as ChartConfiguration;
    chart = new Chart(element, config);
  });
  onCleanup(() => {
    observer?.disconnect();
    chart?.destroy();
  });
  return (
    <figure ref={watch} class="card chart-card monitor-chart" aria-labelledby={`${props.id}-title`}>
      <figcaption id={`${props.id}-title`}>
        <h3>{props.question}</h3>
        <span class="muted">{props.unit}</span>
      </figcaption>
      <Show when={props.labels.length > 0} fallback={<p class="empty">No interactions in this range.</p>}>
        <div class="chart-box" classList={{ "chart-box-tall": props.horizontal && props.labels.length > 6 }}>
          <canvas
            ref={setCanvas}
            role="img"
            aria-label={`${props.question} (chart; the table below has the same data)`}
            data-chart={props.id}
            data-values={JSON.stringify(props.datasets.map((d) => d.values))}
          />
        </div>
      </Show>
      <details>
        <summary>Show as table</summary>
        <div class="table-scroll">{props.table}</div>
      </details>
    </figure>
  );
}
