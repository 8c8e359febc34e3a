// One chart: a title that states its question, units, the bars, and the same data as a table.
import type { Chart as ChartType } from "chart.js";
import { createEffect, createSignal, For, onCleanup, Show } from "solid-js";

export interface Series {
  labels: string[];
  values: number[];
}

type ChartInstance = ChartType<"bar", number[], string>;

function token(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || "#0f5fd7";
}

/**
 * Charts draw one per task, each after the last: building one is a long piece of work on a slow
 * phone, and four in one task would hold the page (taps, the live board) for half a second.
 */
let drawTurns: Promise<void> = Promise.resolve();
function nextDrawTurn(): Promise<void> {
  drawTurns = drawTurns.then(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  return drawTurns;
}

export function ChartCard(props: {
  id: string;
  question: string;
  unit: string;
  series: Series;
  horizontal?: boolean;
  format?: (n: number) => string;
}) {
  const [canvas, setCanvas] = createSignal<HTMLCanvasElement>();
  // chart.js loads and draws only once the card is near the viewport: the board comes first.
  const [near, setNear] = createSignal(false);
  let observer: IntersectionObserver | undefined;
  const watch = (figure: HTMLElement) => {
    observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setNear(true);
          observer?.disconnect();
        }
      },
      { rootMargin: "200px" },
    );
    observer.observe(figure);
  };
  onCleanup(() => observer?.disconnect());
  let chart: ChartInstance | null = null;
  let drawnOn: HTMLCanvasElement | null = null;
  let generation = 0;
  const format = (n: number) => (props.format ? props.format(n) : String(n));

  // The canvas comes and goes with the data; the chart follows it, and updates in place.
  createEffect(async () => {
    const run = ++generation;
    const element = near() ? canvas() : undefined;
    const { labels, values } = props.series;
    if (element && chart && drawnOn === element) {
      chart.data.labels = labels;
      const [dataset] = chart.data.datasets;
      if (dataset) dataset.data = values;
      chart.update();
      return;
    }
    chart?.destroy();
    chart = null;
    if (!element) return;
    const { Chart } = await import("./chart-setup");
    await nextDrawTurn();
    if (run !== generation) return;
    drawnOn = element;
    chart = new Chart(element, {
      type: "bar",
      data: { labels, datasets: [{ label: props.unit, data: values, backgroundColor: token("--accent"), borderRadius: 4 }] },
      options: {
        indexAxis: props.horizontal ? "y" : "x",
        responsive: true,
        maintainAspectRatio: false,
        // The first draw is still (no frames to compute while the page loads); updates animate.
        animation: false,
        plugins: { legend: { display: false }, tooltip: { callbacks: { label: (item) => `${format(Number(item.raw))} ${props.unit}` } } },
        scales: {
          x: { ticks: { color: token("--text-muted") }, grid: { color: token("--border") } },
          y: { ticks: { color: token("--text-muted") }, grid: { color: token("--border") }, beginAtZero: true },
        },
      },
    });
    if (!matchMedia("(prefers-reduced-motion: reduce)").matches) chart.options.animation = { duration: 200 };
  });
  onCleanup(() => chart?.destroy());

  return (
    <figure ref={watch} class="card chart-card" aria-labelledby={`${props.id}-title`}>
      <figcaption id={`${props.id}-title`}>
        <h3>{props.question}</h3>
        <span class="muted">{props.unit}</span>
      </figcaption>
      <Show when={props.series.values.length > 0} fallback={<p class="empty">No data in this range.</p>}>
        <div class="chart-box">
          <canvas
            ref={setCanvas}
            role="img"
            aria-label={`${props.question} (bar chart; the table below has the same data)`}
            data-chart={props.id}
            data-values={props.series.values.join(",")}
          />
        </div>
      </Show>
      <details>
        <summary>Show as table</summary>
        <table class="data-table">
          <thead>
            <tr>
              <th scope="col">Label</th>
              <th scope="col" class="num">
                {props.unit}
              </th>
            </tr>
          </thead>
          <tbody>
            <For each={props.series.labels}>
              {(label, i) => (
                <tr>
                  <th scope="row">{label}</th>
                  <td class="num">{format(props.series.values[i()] ?? 0)}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </details>
    </figure>
  );
}
