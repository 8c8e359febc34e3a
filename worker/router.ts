// The app's router. Hono's RegExpRouter matches every route with one regular expression, but it
// cannot build a table where a parameter and a static name share a position with more segments
// after them; Hono then falls back to its TrieRouter for every request (about 0.3 ms each here).
// The public webhooks are such routes: POST /api/integrations/:endpointId/events beside
// /api/integrations/endpoints/:id/..., and POST /api/voice/:org/incoming beside
// /api/voice/calls/:id/take. So they get a small router of their own; everything else keeps the
// regular expression. Middleware (a path with a wildcard) is registered in both, in its order.
import type { Result, Router } from "hono/router";
import { RegExpRouter } from "hono/router/reg-exp-router";
import { SmartRouter } from "hono/router/smart-router";
import { TrieRouter } from "hono/router/trie-router";

export class WebhookSplitRouter<T> implements Router<T> {
  readonly name = "WebhookSplitRouter";
  /** Every route but the webhooks: RegExpRouter, unless a new route shape makes Hono fall back. */
  readonly main = new SmartRouter<T>({ routers: [new RegExpRouter(), new TrieRouter()] });
  readonly webhooks = new TrieRouter<T>();

  /** Whether a request (or a route's pattern) is a webhook's: true for both forms of the same path. */
  constructor(private readonly isWebhook: (method: string, path: string) => boolean) {}

  add(method: string, path: string, handler: T): void {
    const everywhere = path.includes("*");
    const webhook = this.isWebhook(method, path);
    if (everywhere || !webhook) this.main.add(method, path, handler);
    if (everywhere || webhook) this.webhooks.add(method, path, handler);
  }

  match(method: string, path: string): Result<T> {
    return this.isWebhook(method, path) ? this.webhooks.match(method, path) : this.main.match(method, path);
  }
}
