import { beforeAll, describe, expect, it } from "vitest";
import { call, ORIGIN, postJson, seedSmall, signIn } from "../support/http";

beforeAll(() => seedSmall());

describe("health and the error contract", () => {
  it("answers health with ok and a database round trip", async () => {
    const response = await call("/api/health");
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true });
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(response.headers.get("X-Request-Id")).toMatch(/^[\w-]{8,}$/);
  });

  it("sets security headers on API responses", async () => {
    const response = await call("/api/health");
    expect(response.headers.get("Content-Security-Policy")).toContain("frame-ancestors 'none'");
    expect(response.headers.get("Content-Security-Policy")).not.toContain("unsafe-inline");
    expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(response.headers.get("Referrer-Policy")).toBe("no-referrer");
    expect(response.headers.get("Strict-Transport-Security")).toBeNull();
  });

  it("answers 401 in the error shape for any other API route without a session", async () => {
    for (const path of ["/api/me", "/api/customers?q=maya", "/api/customers/cus_0001", "/api/nope"]) {
      const response = await call(path);
      expect(response.status, path).toBe(401);
      expect(await response.json()).toEqual({ error: { code: "UNAUTHENTICATED", message: expect.any(String) } });
    }
  });

  it("renders unknown API routes as NOT_FOUND for a signed-in caller", async () => {
    const cookie = await signIn("rep.ana@tandem.test");
    const response = await call("/api/nope", { cookie });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: "NOT_FOUND" } });
  });

  it("renders validation failures with field details and malformed JSON as VALIDATION", async () => {
    const bad = await postJson("/api/auth/dev/sign-in", { email: "not an email" });
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { error: { code: string; details: { path: string }[] } };
    expect(body.error.code).toBe("VALIDATION");
    expect(body.error.details[0]?.path).toBe("email");
    const malformed = await call("/api/auth/dev/sign-in", { method: "POST", body: "{nope", headers: { Origin: ORIGIN } });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ error: { code: "VALIDATION" } });
  });
});

describe("dev sign-in and sessions", () => {
  it("signs a seeded staff member in, answers /api/me, and signs out", async () => {
    const cookie = await signIn("rep.ana@tandem.test");
    expect(cookie).toMatch(/^tandem_session=/);
    const me = await call("/api/me", { cookie });
    expect(await me.json()).toMatchObject({
      id: "stf_ana",
      role: "rep",
      org: { id: "org_northwind" },
      team: { id: "team_east", name: "East" },
    });
    const out = await postJson("/api/auth/sign-out", {}, cookie);
    expect(out.status).toBe(200);
    expect((await call("/api/me", { cookie })).status).toBe(401);
  });

  it("refuses unknown emails without creating a session", async () => {
    const response = await postJson("/api/auth/dev/sign-in", { email: "nobody@tandem.test" });
    expect(response.status).toBe(401);
    expect(response.headers.get("Set-Cookie")).toBeNull();
  });

  it("refuses a state-changing request from a foreign origin", async () => {
    const response = await postJson("/api/auth/dev/sign-in", { email: "rep.ana@tandem.test" }, undefined, {
      Origin: "https://evil.example",
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: "ORIGIN_REFUSED" } });
  });
});

describe("customers", () => {
  it("searches within the caller's org and answers the profile masked for a rep", async () => {
    const cookie = await signIn("rep.ana@tandem.test");
    const search = (await (await call("/api/customers?q=5550102233", { cookie })).json()) as { items: { id: string; name: string }[] };
    expect(search.items[0]).toMatchObject({ id: "cus_0001", name: "Maya Johnson" });
    const profile = (await (await call("/api/customers/cus_0001", { cookie })).json()) as {
      customer: { pii: Record<string, { value: string }> };
    };
    expect(profile.customer.pii.ssn?.value).toBe("***-**-9999");
    expect(profile.customer.pii.cardOnFileNumber?.value).toBe("•••• 5556");
  });

  it("answers 404 for another org's customer", async () => {
    const cookie = await signIn("rep.zoe@harbor.test");
    const response = await call("/api/customers/cus_0001", { cookie });
    expect(response.status).toBe(404);
    const own = await call("/api/customers/cus_9001", { cookie });
    expect(own.status).toBe(200);
  });
});
