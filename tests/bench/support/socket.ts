// A WebSocket client for the bench (the `ws` package): counts frames, stamps their arrival with
// the high-resolution clock, and resolves waiters registered before the awaited frame is sent.
import WebSocket from "ws";

export interface Frame {
  type?: string;
  [key: string]: unknown;
}

interface Waiter {
  predicate: (frame: Frame) => boolean;
  resolve: (at: number) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

export class BenchSocket {
  frames = 0;
  readonly byType = new Map<string, number>();
  private waiters: Waiter[] = [];
  private listeners: ((frame: Frame, at: number) => void)[] = [];
  closed = false;

  private constructor(private readonly ws: WebSocket) {
    ws.on("message", (data, isBinary) => {
      const at = performance.now();
      if (isBinary) return;
      let frame: Frame;
      try {
        frame = JSON.parse(data.toString()) as Frame;
      } catch {
        return;
      }
      this.frames++;
      const type = typeof frame.type === "string" ? frame.type : "?";
      this.byType.set(type, (this.byType.get(type) ?? 0) + 1);
      for (const listener of this.listeners) listener(frame, at);
      if (this.waiters.length === 0) return;
      for (const waiter of [...this.waiters]) {
        if (!waiter.predicate(frame)) continue;
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        clearTimeout(waiter.timer);
        waiter.resolve(at);
      }
    });
    ws.on("close", () => {
      this.closed = true;
      for (const waiter of this.waiters.splice(0)) {
        clearTimeout(waiter.timer);
        waiter.reject(new Error("socket closed"));
      }
    });
    ws.on("error", () => undefined);
  }

  /**
   * Opens a socket; resolves once it is open and, with `until`, once a matching frame arrived
   * (a room's `room-state`). Rejects on a refused upgrade or after the timeout.
   */
  static open(
    url: string,
    headers: Record<string, string> = {},
    options: { until?: (frame: Frame) => boolean; timeoutMs?: number } = {},
  ): Promise<BenchSocket> {
    const timeoutMs = options.timeoutMs ?? 15_000;
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, { headers, perMessageDeflate: false });
      const timer = setTimeout(() => {
        ws.terminate();
        reject(new Error(`open ${url} timed out`));
      }, timeoutMs);
      const socket = new BenchSocket(ws);
      const ready = options.until ? socket.waitFor(options.until, timeoutMs) : Promise.resolve(0);
      ready.catch(() => undefined); // handled below once open; a refused upgrade rejects instead
      ws.once("open", () => {
        ready.then(
          () => {
            clearTimeout(timer);
            resolve(socket);
          },
          (error: Error) => {
            clearTimeout(timer);
            reject(error);
          },
        );
      });
      ws.once("unexpected-response", (_request, response) => {
        clearTimeout(timer);
        reject(new Error(`upgrade refused: ${response.statusCode}`));
      });
      ws.once("error", (error) => {
        clearTimeout(timer);
        reject(error);
      });
    });
  }

  /** Resolves with the arrival time of the next matching frame (registered now, so send after). */
  waitFor(predicate: (frame: Frame) => boolean, timeoutMs = 10_000, what = "a matching frame"): Promise<number> {
    const arrival = new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(
          new Error(`no ${what} within ${timeoutMs} ms (${this.frames} frames seen: ${JSON.stringify(Object.fromEntries(this.byType))})`),
        );
      }, timeoutMs);
      const waiter: Waiter = { predicate, resolve, reject, timer };
      this.waiters.push(waiter);
    });
    // A waiter abandoned after an earlier failure must not take the process down when it times out.
    arrival.catch(() => undefined);
    return arrival;
  }

  onFrame(listener: (frame: Frame, at: number) => void): () => void {
    this.listeners.push(listener);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    };
  }

  send(frame: Record<string, unknown>): void {
    this.ws.send(JSON.stringify(frame));
  }

  close(): Promise<void> {
    if (this.closed || this.ws.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.ws.terminate();
        resolve();
      }, 2_000);
      this.ws.once("close", () => {
        clearTimeout(timer);
        resolve();
      });
      this.ws.close(1000, "bench done");
    });
  }
}

/** Opens `count` sockets, `concurrency` at a time. */
export async function openMany(count: number, open: (i: number) => Promise<BenchSocket>, concurrency = 8): Promise<BenchSocket[]> {
  const sockets: BenchSocket[] = new Array(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      sockets[i] = await open(i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return sockets;
}

export async function closeAll(sockets: readonly BenchSocket[]): Promise<void> {
  await Promise.all(sockets.map((s) => s.close()));
}

/** Sends once and returns the time until every receiver saw a matching frame. */
export async function fanoutOnce(
  receivers: readonly BenchSocket[],
  predicate: (frame: Frame) => boolean,
  send: () => void,
  timeoutMs = 10_000,
  what?: string,
): Promise<number> {
  const arrivals = receivers.map((r) => r.waitFor(predicate, timeoutMs, what));
  const started = performance.now();
  send();
  const times = await Promise.all(arrivals);
  return Math.max(...times) - started;
}
