// Dev sign-in is local development only: even with AUTH_MODE=dev (as these tests run, like a
// deployment misconfigured with it), a request addressed to any host but loopback finds no dev
// sign-in, no staff picker and no dev outbox. Health tells the public only that the Worker is up.
import { SELF } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { seedSmall } from "../support/http";

beforeAll(() => seedSmall(5));

function signInAt(origin: string): Promise<Response> {
  return SELF.fetch(`${origin}/api/auth/dev/sign-in`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: origin },
    body: JSON.stringify({ email: "admin@tandem.test" }),
  });
}

// Written by hand: what "loopback" means to a person (the machine itself), and hosts that only look like it.
const LOOPBACK = ["http://localhost", "http://localhost:8787", "http://127.0.0.1:8811", "http://127.9.9.9", "http://[::1]:8787"];
const NOT_LOOPBACK = [
  "https://tandem.example.com",
  "https://tandem.workers.dev",
  "http://10.0.0.5",
  "http://192.168.1.20:8787",
  "https://localhost.example.com",
  "https://127.0.0.1.nip.io",
  "http://[::2]",
];

describe("dev sign-in outside loopback", () => {
  it.each(NOT_LOOPBACK)("refuses dev sign-in, the staff list and the outbox at %s", async (origin) => {
    const signIn = await signInAt(origin);
    expect(signIn.status).toBe(404);
    expect(signIn.headers.get("Set-Cookie")).toBeNull();
    expect(await signIn.json()).toMatchObject({ error: { code: "NOT_FOUND" } });
    const staff = await SELF.fetch(`${origin}/api/auth/dev/staff`);
    expect(staff.status).toBe(404);
    expect(await staff.text()).not.toContain("tandem.test");
    expect((await SELF.fetch(`${origin}/api/dev/outbox`)).status).toBe(404);
  });

  it("refuses before reading the body, so a probe cannot tell the route exists", async () => {
    const response = await SELF.fetch("https://tandem.example.com/api/auth/dev/sign-in", {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: "https://tandem.example.com" },
      body: "{not json",
    });
    expect(response.status).toBe(404);
  });

  it.each(LOOPBACK)("signs in on the developer's own machine at %s", async (origin) => {
    const response = await signInAt(origin);
    expect(response.status).toBe(200);
    expect(response.headers.get("Set-Cookie")).toMatch(/tandem_session=/);
    expect((await SELF.fetch(`${origin}/api/auth/dev/staff`)).status).toBe(200);
  });
});

describe("the sign-in page", () => {
  const page = (origin: string) =>
    SELF.fetch(`${origin}/`, { headers: { Accept: "text/html", "Sec-Fetch-Dest": "document", "Sec-Fetch-Mode": "navigate" } });

  it("tells the app dev sign-in exists only where it does", async () => {
    expect(await (await page("http://localhost:8787")).text()).toContain('<meta name="tandem-dev-sign-in" content="on">');
    expect(await (await page("https://tandem.example.com")).text()).not.toContain("tandem-dev-sign-in");
  });
});

describe("health", () => {
  it("tells anyone only that the Worker is up", async () => {
    for (const origin of ["https://tandem.example.com", "http://localhost"]) {
      const response = await SELF.fetch(`${origin}/api/health`);
      expect(response.status).toBe(200);
      const body = (await response.json()) as Record<string, unknown>;
      expect(body).toEqual({ ok: true, service: "tandem", time: expect.any(String) });
      expect(JSON.stringify(body)).not.toMatch(/dev|oidc|d1|libsql/i);
    }
  });
});
