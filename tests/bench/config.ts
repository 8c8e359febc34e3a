// Sizes of every benchmark, full and --quick (about a minute). CLI flags may override a few.

export interface BenchConfig {
  mode: "quick" | "full";
  /** Viewer counts for lock -> every viewer, and the raw fan-out beside it. */
  viewerCounts: number[];
  fanoutReps: number;
  echoReps: number;
  race: { racers: number; rounds: number };
  churn: { viewers: number; perSecond: number; seconds: number; pool: number; identities: number };
  ceiling: {
    startRate: number;
    factor: number;
    maxRate: number;
    stepSeconds: number;
    p99LimitMs: number;
    perSocketRate: number;
    /** Bisection steps between the last good rate and the first failing one. */
    refine: number;
  };
  floor: { rooms: number; perSecond: number; seconds: number };
  api: { requests: number; concurrency: number; ids: number };
  writes: {
    /** Customer rooms the notes spread over (the first seeded customers). */
    rooms: number;
    /** Concurrent writers per step; the noise step runs at `noise.writers`. */
    writers: number[];
    /** Notes per step. */
    notes: number;
    /** The unauthenticated flood beside `writers` note writers: concurrent flooders. */
    noise: { writers: number; flooders: number };
  };
  data: { customers: number; lookups: number; inserts: number };
  /** Nearby stores among `stores` (queries of `radiusMiles`, nearest `limit`); the loyalty tab's API. */
  loyalty: { stores: number; queries: number; radiusMiles: number; limit: number; apiRequests: number; concurrency: number; ids: number };
  /** Back-end events: customer rooms a rep has open, signed events spread over them, concurrent senders. */
  integrations: {
    rooms: number;
    events: number;
    senders: number;
    /** The batched runs: events in each signed request, the closed-loop senders, and the steady rate offered. */
    batched: { senders: number; perRequest: number; pacedPerSecond: number };
  };
  /** FAQ answers timed in workerd (and as many bare FTS5 queries beside them). */
  faq: { samples: number };
  /** The service desk: consoles following the desk room, new tickets opened one after another (first page samples: queueSamples). */
  desk: { watchers: number; tickets: number; queueSamples: number };
  /** Customers seeded into the app's own local D1 (rooms, floor, API). */
  appCustomers: number;
  lighthouse: boolean;
  /** Lighthouse runs per page; the median is reported. */
  lighthouseRuns: number;
  build: boolean;
}

export const FULL: BenchConfig = {
  mode: "full",
  viewerCounts: [1, 10, 50, 200],
  /** 200 rounds, so the p99 is a percentile and not the maximum (stats.ts). */
  fanoutReps: 200,
  echoReps: 1_000,
  race: { racers: 20, rounds: 1_000 },
  churn: { viewers: 200, perSecond: 50, seconds: 10, pool: 60, identities: 20 },
  ceiling: { startRate: 100, factor: 2, maxRate: 6_400, stepSeconds: 3, p99LimitMs: 50, perSocketRate: 15, refine: 2 },
  floor: { rooms: 200, perSecond: 2, seconds: 10 },
  api: { requests: 2_000, concurrency: 16, ids: 100 },
  writes: { rooms: 100, writers: [16, 64, 256], notes: 2_000, noise: { writers: 64, flooders: 32 } },
  data: { customers: 1_000_000, lookups: 2_000, inserts: 5_000 },
  loyalty: { stores: 50_000, queries: 1_000, radiusMiles: 25, limit: 10, apiRequests: 2_000, concurrency: 16, ids: 100 },
  integrations: { rooms: 50, events: 5_000, senders: 32, batched: { senders: 4, perRequest: 50, pacedPerSecond: 550 } },
  faq: { samples: 1_000 },
  desk: { watchers: 50, tickets: 200, queueSamples: 600 },
  appCustomers: 400,
  lighthouse: true,
  lighthouseRuns: 3,
  build: true,
};

export const QUICK: BenchConfig = {
  mode: "quick",
  viewerCounts: [1, 10, 50],
  fanoutReps: 8,
  echoReps: 200,
  race: { racers: 20, rounds: 40 },
  churn: { viewers: 30, perSecond: 10, seconds: 2, pool: 10, identities: 5 },
  ceiling: { startRate: 100, factor: 2, maxRate: 1_600, stepSeconds: 1, p99LimitMs: 50, perSocketRate: 15, refine: 1 },
  floor: { rooms: 20, perSecond: 2, seconds: 2 },
  api: { requests: 200, concurrency: 16, ids: 20 },
  writes: { rooms: 100, writers: [16, 64], notes: 300, noise: { writers: 64, flooders: 16 } },
  data: { customers: 20_000, lookups: 300, inserts: 1_000 },
  // Nearby stays at 50,000 stores (the size) with fewer queries, still 200+ for a p99.
  loyalty: { stores: 50_000, queries: 300, radiusMiles: 25, limit: 10, apiRequests: 400, concurrency: 16, ids: 20 },
  integrations: { rooms: 20, events: 600, senders: 16, batched: { senders: 4, perRequest: 25, pacedPerSecond: 550 } },
  faq: { samples: 300 },
  desk: { watchers: 20, tickets: 30, queueSamples: 210 },
  appCustomers: 60,
  lighthouse: false,
  lighthouseRuns: 1,
  build: false,
};

/** A lighter run for CI's shared runners is the quick one; everything else is full. */
export function configFor(quick: boolean): BenchConfig {
  return structuredClone(quick ? QUICK : FULL);
}
