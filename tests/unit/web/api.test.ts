// The web app's HTTP helper: what the server answers is parsed with the route's schema, so a
// malformed answer becomes a typed ApiError (BAD_ANSWER) the screen's error panel can show,
// never a value that breaks a component later.
import { afterEach, describe, expect, it, vi } from "vitest";
import { SearchPageSchema } from "../../../core/protocol/customer-answers";
import { ApiError, api } from "../../../web/src/lib/api";

function answer(status: number, body: unknown, contentType = "application/json"): void {
  vi.stubGlobal(
    "fetch",
    vi.fn(
      async () =>
        new Response(typeof body === "string" ? body : JSON.stringify(body), { status, headers: { "Content-Type": contentType } }),
    ),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const hit = {
  id: "cus_0001",
  name: "Maya Johnson",
  status: "active",
  phone: "(555) 010-2233",
  email: null,
  city: "Newark",
  state: "NJ",
  loyaltyNumber: null,
  externalId: null,
  teamId: "team_east",
  products: { lease: true, loan: true },
  owner: null,
  viewers: [],
};

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

describe("api.get", () => {
  it("answers what the schema reads from a well-formed answer", async () => {
    answer(200, { items: [hit], ranked: true, nextOffset: null });
    const page = await api.get("/api/customers?q=maya", SearchPageSchema);
    expect(page.items[0]?.name).toBe("Maya Johnson");
  });

  it("turns an answer with a renamed field into BAD_ANSWER naming the route and the field, not the search text", async () => {
    const { name: _renamed, ...rest } = hit;
    answer(200, { items: [{ ...rest, fullName: "Maya Johnson" }], ranked: true, nextOffset: null });
    const error = await failure(api.get("/api/customers?q=555-010-2233", SearchPageSchema));
    expect(error.code).toBe("BAD_ANSWER");
    expect(error.status).toBe(200);
    expect(error.message).toContain("GET /api/customers (items.0.name)");
    expect(error.message).not.toContain("555");
  });

  it("turns an answer that is not JSON at all into BAD_ANSWER", async () => {
    answer(200, "<html>maintenance</html>", "text/html");
    expect((await failure(api.get("/api/customers?q=maya", SearchPageSchema))).code).toBe("BAD_ANSWER");
  });

  it("keeps the server's typed refusal, and a refusal without the error body is INTERNAL with its status", async () => {
    answer(403, { error: { code: "FORBIDDEN", message: "Your role may not read customers" } });
    expect(await failure(api.get("/api/customers?q=maya", SearchPageSchema))).toMatchObject({
      status: 403,
      code: "FORBIDDEN",
      message: "Your role may not read customers",
    });
    answer(502, "Bad gateway", "text/plain");
    expect(await failure(api.get("/api/customers?q=maya", SearchPageSchema))).toMatchObject({ status: 502, code: "INTERNAL" });
  });
});
