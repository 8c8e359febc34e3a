// The web app's page. Wrangler's single-page-application handling answers index.html for every app
// route; when a signed-in staff member navigates to one, the page comes primed for the screen it
// opens: that screen's code as preload links (from web/dist/route-assets.json), and the screen's
// first API answers in a JSON data block that web/src/lib/api.ts uses instead of asking again.
// Those answers come from the API's own handlers (session, permissions, PII masking, audit), called
// in-process with the navigation's cookie: the page carries nothing the API would not have sent a
// round trip later, and a phone on a slow network skips two round trips before the first paint.
import type { Context } from "hono";
import { DEV_SIGN_IN_META, PRIMED_ANSWERS_ID } from "../core/protocol/page";
import type { AppEnv } from "./env";
import { devModeOn } from "./middleware/dev-only";

interface RouteFiles {
  scripts: string[];
  styles: string[];
}

/** The screen a path opens (as web/src/app.tsx routes it) and the API answers it starts from. */
export function screenFor(path: string, canWatchFloor: boolean): { route: string; answers: string[] } | null {
  const customer = path.match(/^\/customers\/(cus_\d+)(\/leases-loans)?$/);
  if (customer)
    return customer[2] ? { route: "servicing", answers: [] } : { route: "customer", answers: [`/api/customers/${customer[1]}`] };
  if (/^\/orders\/(?!new$)[\w-]+$/.test(path)) return { route: "order-detail", answers: [] };
  const route = {
    "/": canWatchFloor ? "dashboard" : "home",
    "/floor": "dashboard",
    "/search": "search",
    "/orders": "orders",
    "/orders/new": "order-new",
    "/account": "account",
    "/admin": "admin",
    "/compliance": "compliance",
    "/knowledge": "knowledge",
  }[path];
  return route ? { route, answers: [] } : null;
}

/**
 * A top-level page load the person started here (typed, bookmarked, or a link inside Tandem): not a
 * fetch, a subresource, a speculative prefetch, or a navigation another site started. Only those are
 * primed, so another site cannot make a rep's browser open an account (and write "Account viewed by"
 * in their name) just by linking to it: that page loads plain and the app asks for what it shows.
 */
function isPrimeable(request: Request): boolean {
  const site = request.headers.get("Sec-Fetch-Site");
  if (site && site !== "same-origin" && site !== "none") return false;
  return isNavigation(request);
}

/** A top-level page load by a person: not a fetch, a subresource, or a browser's speculative prefetch. */
function isNavigation(request: Request): boolean {
  const purpose = `${request.headers.get("Sec-Purpose") ?? ""} ${request.headers.get("Purpose") ?? ""}`;
  if (/prefetch|prerender/i.test(purpose)) return false;
  const dest = request.headers.get("Sec-Fetch-Dest");
  return dest ? dest === "document" : (request.headers.get("Accept") ?? "").includes("text/html");
}

let routeFiles: Promise<Record<string, RouteFiles>> | null = null;

function loadRouteFiles(c: Context<AppEnv>): Promise<Record<string, RouteFiles>> {
  routeFiles ??= c.env.ASSETS.fetch(new URL("/route-assets.json", c.req.url))
    .then(async (response) => {
      if (!response.ok) throw new Error(`route-assets.json: ${response.status}`);
      return (await response.json()) as Record<string, RouteFiles>;
    })
    .catch(() => {
      routeFiles = null; // not built yet (e.g. `npm run dev` before the first build): try again next time
      return {};
    });
  return routeFiles;
}

/** JSON safe inside a <script> element: no `</script>`, `<!--` or line separators survive as such. */
function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

const attribute = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** The screen's first answers and which screen it is, for a signed-in staff member; null otherwise. */
async function primeFor(
  c: Context<AppEnv>,
  headers: Headers,
  callApi: (request: Request) => Promise<Response>,
): Promise<{ answers: Record<string, unknown>; route: string | null } | null> {
  if (!headers.has("Cookie")) return null;
  const answer = async (path: string): Promise<unknown> => {
    const apiHeaders = new Headers(headers);
    apiHeaders.set("Accept", "application/json");
    for (const name of ["Sec-Fetch-Dest", "Sec-Fetch-Mode", "Sec-Fetch-User"]) apiHeaders.delete(name);
    const response = await callApi(new Request(new URL(path, c.req.url), { headers: apiHeaders }));
    if (response.status !== 200 || !response.headers.get("Content-Type")?.includes("application/json")) {
      await response.body?.cancel();
      return undefined;
    }
    return response.json();
  };
  // A screen's answers do not depend on who asks (only "/" does, and it has none): ask alongside /api/me,
  // as the browser would (web/src/app.tsx).
  const wanted = ["/api/me", ...(screenFor(c.req.path, false)?.answers ?? [])];
  const bodies = await Promise.all(wanted.map(answer));
  const me = bodies[0] as { permissions?: string[] } | undefined;
  if (!me) return null; // signed out: the app shows its sign-in screen
  const answers: Record<string, unknown> = {};
  wanted.forEach((path, i) => {
    if (bodies[i] !== undefined) answers[path] = bodies[i];
  });
  return { answers, route: screenFor(c.req.path, me.permissions?.includes("floor.watch") ?? false)?.route ?? null };
}

/**
 * A file of the build (`/assets/<name>-<hash>.js|css`). One that does not exist is a 404: the
 * single-page fallback would answer the app's HTML with 200, which a browser then fails to run as a
 * script ("Failed to load module script") and a cache keeps. Vite never writes HTML under /assets/.
 */
async function serveBuiltFile(c: Context<AppEnv>): Promise<Response> {
  const response = await c.env.ASSETS.fetch(c.req.raw);
  if (!response.headers.get("Content-Type")?.includes("text/html")) return response;
  await response.body?.cancel();
  return c.text("Not found", 404, { "Cache-Control": "no-store" });
}

export async function serveWebApp(c: Context<AppEnv>, callApi: (request: Request) => Promise<Response>): Promise<Response> {
  if (c.req.path.startsWith("/assets/")) return serveBuiltFile(c);
  if (!isNavigation(c.req.raw)) return c.env.ASSETS.fetch(c.req.raw);
  // A revalidated copy would carry someone's earlier answers: always send the page whole, uncached.
  const headers = new Headers(c.req.raw.headers);
  for (const name of ["If-None-Match", "If-Modified-Since"]) headers.delete(name);
  const page = await c.env.ASSETS.fetch(new Request(c.req.url, { headers }));
  if (!page.ok || !page.headers.get("Content-Type")?.includes("text/html")) return page;

  // Priming only saves round trips: if it fails, the page goes out plain and the app asks itself.
  const primed = isPrimeable(c.req.raw) ? await primeFor(c, headers, callApi).catch(() => null) : null;
  const files = primed?.route ? (await loadRouteFiles(c))[primed.route] : undefined;
  const preloads = [
    ...(devModeOn(c) ? [`<meta name="${DEV_SIGN_IN_META}" content="on">`] : []),
    ...(files?.scripts ?? []).map((href) => `<link rel="modulepreload" crossorigin href="${attribute(href)}">`),
    ...(files?.styles ?? []).map((href) => `<link rel="preload" as="style" crossorigin href="${attribute(href)}">`),
  ].join("");
  const data = primed ? `<script type="application/json" id="${PRIMED_ANSWERS_ID}">${scriptSafeJson(primed.answers)}</script>` : "";

  const out = new Headers(page.headers);
  for (const name of ["ETag", "Last-Modified", "Content-Length"]) out.delete(name);
  out.set("Cache-Control", "no-store");
  const rewriter = new HTMLRewriter()
    .on("head", { element: (head) => void head.append(preloads, { html: true }) })
    .on("body", { element: (body) => void body.prepend(data, { html: true }) });
  return rewriter.transform(new Response(page.body, { status: page.status, headers: out }));
}
