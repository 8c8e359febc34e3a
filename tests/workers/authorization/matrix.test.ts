// The HTTP authorization matrix: every route the app registers (`app.all` fallbacks included), for
// every role and no session, against the caller's own org and another org, and (for changes) with
// the lock held by the caller, by someone else or by nobody. The expected status comes only from the
// hand-written route-spec.ts and tests/shared/authorization-spec.ts, never from core/. IDOR: another
// org's ids never succeed and never show up in an answer. Every success answer parses with its
// route's schema from core/protocol (and names every field it sends); every refusal is the typed
// error body. Room frames: frame-matrix.test.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../worker/app";
import { SPEC_ROLES, type SpecRole, specAllows } from "../../shared/authorization-spec";
import { call, ORIGIN, seedSmall, signIn } from "../support/http";
import { answerProblems } from "./answer-check";
import { registeredRoutes } from "./app-routes";
import { anyNoteOf, foreignMentions, LockRig, MERCHANT_RIVAL, OTHER_BASE, OWN, RIVAL, ROLE_USERS, Sessions } from "./rig";
import { type Ids, ROUTE_CALLS } from "./route-calls";
import { ERROR_CODE_FOR, expectedStatus, type LockHolder, MIDDLEWARE, permitted, ROUTE_SPEC } from "./route-spec";

const registered = registeredRoutes(createApp());
const sessions = new Sessions();
let otherIds: Ids;
let counter = 0;
let requests = 0;

beforeAll(async () => {
  await seedSmall();
  otherIds = { ...OTHER_BASE, note: await anyNoteOf(OTHER_BASE.customer) };
});
afterAll(() => {
  console.log(`authorization matrix: ${registered.endpoints.length} endpoints, ${requests} HTTP cases`);
});

const missing = (wanted: readonly string[], present: readonly string[]) => wanted.filter((key) => !present.includes(key));

describe("coverage", () => {
  it("has a spec line for every route the app serves, app.all included, and none for routes it lost", () => {
    expect(missing(registered.endpoints, Object.keys(ROUTE_SPEC)), "add these to route-spec.ts").toEqual([]);
    expect(missing(Object.keys(ROUTE_SPEC), registered.endpoints), "gone from the app").toEqual([]);
    expect(registered.endpoints).toContain("ALL /api/*");
  });

  it("names the answer of every route: its schema in core/protocol, or what it sends instead of JSON", () => {
    expect(Object.keys(ROUTE_SPEC).filter((key) => !ROUTE_SPEC[key]?.answer)).toEqual([]);
  });

  it("knows how to call every route in the spec", () => {
    expect(missing(Object.keys(ROUTE_SPEC), Object.keys(ROUTE_CALLS)), "add these to route-calls.ts").toEqual([]);
    expect(missing(Object.keys(ROUTE_CALLS), Object.keys(ROUTE_SPEC))).toEqual([]);
    const allRoutes = Object.keys(ROUTE_SPEC).filter((key) => key.startsWith("ALL "));
    expect(
      allRoutes.filter((key) => !ROUTE_CALLS[key]?.methods?.length),
      "app.all routes need methods",
    ).toEqual([]);
  });

  it("knows every middleware mount, so no handler hides among them", () => {
    expect(missing(registered.mounts, MIDDLEWARE), "add these to MIDDLEWARE in route-spec.ts").toEqual([]);
    expect(missing(MIDDLEWARE, registered.mounts)).toEqual([]);
    expect(missing(registered.routeMiddleware, registered.endpoints), "middleware of a route the spec lacks").toEqual([]);
  });
});

/** A note the role wrote just now on the own-org customer (or any, when the spec says it may not write one). */
async function ownNote(role: SpecRole, cookie: string): Promise<string> {
  if (!specAllows(role, "customer.read") || !specAllows(role, "customer.note")) return anyNoteOf(OWN.customer);
  const response = await call(`/api/customers/${OWN.customer}/notes`, {
    method: "POST",
    cookie,
    headers: { Origin: ORIGIN },
    body: JSON.stringify({ text: "to be edited" }),
  });
  const body = (await response.json()) as { noteId: string };
  return body.noteId;
}

describe.each(Object.keys(ROUTE_SPEC))("%s", (key) => {
  const rule = ROUTE_SPEC[key];
  const how = ROUTE_CALLS[key];
  if (!rule || !how) return; // the coverage tests name it
  const [keyMethod = "GET"] = key.split(" ");

  it.each(how.methods ?? [keyMethod])("answers every role, org and lock holder as the spec says (%s)", async (method) => {
    const failures: string[] = [];
    const run = async (
      role: SpecRole | null,
      org: "own" | "other",
      lock: LockHolder,
      ids: Ids,
      lockToken: number,
      made?: Record<string, string>,
    ) => {
      const email = role ? ROLE_USERS[role] : ROLE_USERS.rep;
      let cookie = role ? await sessions.cookie(email) : undefined;
      if (role && how.session === "ends-one") cookie = await signIn(email);
      const unique = `${Date.now()}${counter++}`;
      const { path, body } = how.request({ role: role ?? "rep", org, ids, lockToken, unique, email, made });
      const response = await call(path, {
        method,
        cookie,
        redirect: "manual",
        headers: { Origin: ORIGIN },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      requests++;
      if (role && how.session === "ends-all") sessions.forget(email);
      const text = await response.text();
      const want = expectedStatus(rule, { role, org, lock });
      const label = `${method} · ${role ?? "no session"} · ${org} org · lock ${lock}`;
      if (response.status !== want) failures.push(`${label}: expected ${want}, got ${response.status} ${text.slice(0, 160)}`);
      const codes = ERROR_CODE_FOR[want];
      if (codes && response.status === want && !codes.some((code) => text.includes(`"code":"${code}"`)))
        failures.push(`${label}: error code not one of ${codes}: ${text.slice(0, 160)}`);
      if (response.status === want)
        for (const problem of answerProblems(rule.answer, { status: want, contentType: response.headers.get("Content-Type") ?? "", text }))
          failures.push(`${label}: ${problem}`);
      if (want === 302 && !(response.headers.get("Location") ?? "").startsWith("/sign-in"))
        failures.push(`${label}: redirected to ${response.headers.get("Location")}`);
      if (!how.crossOrgByDesign) for (const marker of foreignMentions(text)) failures.push(`${label}: answer mentions ${marker}`);
    };

    await run(null, "own", "nobody", { ...OWN, note: await anyNoteOf(OWN.customer) }, 1);
    for (const [index, role] of SPEC_ROLES.entries()) {
      const cookie = await sessions.cookie(ROLE_USERS[role]);
      const ids: Ids = { ...OWN, note: key.includes(":noteId") ? await ownNote(role, cookie) : "" };
      if (rule.owner) {
        // Each role gets its own account (a customer, or a merchant), so lock states never leak between roles.
        const merchant = rule.account === "merchant";
        // A ticket is a kind of account too (issue 16): the seeded open tickets tkt_0010.. are the roles'.
        const ticket = rule.account === "ticket";
        const account = merchant ? `mer_00${10 + index}` : ticket ? `tkt_00${10 + index}` : `cus_00${20 + index}`;
        const rival = await sessions.cookie(merchant ? MERCHANT_RIVAL : RIVAL);
        const readsIt = specAllows(role, merchant ? "merchant.read" : ticket ? "ticket.read" : "customer.read");
        const rig = await LockRig.open(
          account,
          readsIt ? cookie : null,
          rival,
          merchant ? "merchant-room" : ticket ? "ticket-room" : undefined,
        );
        const owns = specAllows(role, merchant ? "merchant.own" : ticket ? "ticket.work" : "lock.acquire");
        const holders: LockHolder[] = owns ? ["nobody", "other", "self"] : ["nobody", "other"];
        let made: Record<string, string> | undefined;
        if (how.prepare) {
          await rig.hold("other");
          made = await how.prepare({ customer: account, cookie: rival, lockToken: rig.currentToken, role });
        }
        const accountIds: Ids = merchant
          ? { ...ids, merchant: account }
          : ticket
            ? { ...ids, ticket: account }
            : { ...ids, customer: account };
        for (const holder of holders) {
          await rig.hold(holder);
          await run(role, "own", holder, accountIds, Math.max(1, rig.currentToken), made);
        }
        await rig.hold("nobody");
        rig.close();
      } else {
        // A change without ownership may still need something of the caller's own to act on.
        const made =
          how.prepare && permitted(rule.who, role) ? await how.prepare({ customer: ids.customer, cookie, lockToken: 0, role }) : undefined;
        await run(role, "own", "nobody", ids, 1, made);
      }
      await run(role, "other", "nobody", otherIds, 1);
    }
    expect(failures).toEqual([]);
  });
});
