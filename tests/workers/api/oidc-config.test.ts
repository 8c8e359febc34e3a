// The relying party's configuration rules and the post-sign-in redirect guard.
import { describe, expect, it } from "vitest";
import { oidcConfig, safeNext } from "../../../worker/oidc/client";

const base = { OIDC_CLIENT_ID: "tandem", OIDC_CLIENT_SECRET: "s3cret" };
const config = (issuer: string | undefined) => oidcConfig({ ...base, OIDC_ISSUER: issuer } as Parameters<typeof oidcConfig>[0]);

describe("OIDC configuration", () => {
  it("is off until issuer, client id and secret are all set", () => {
    expect(config(undefined)).toMatchObject({ ok: false, reason: "Single sign-on is not configured" });
    expect(oidcConfig({ OIDC_ISSUER: "https://idp.example" } as Parameters<typeof oidcConfig>[0])).toMatchObject({ ok: false });
  });

  it("accepts https issuers, and plain http only on loopback", () => {
    expect(config("https://login.example.com/tenant")).toMatchObject({ ok: true });
    expect(config("http://127.0.0.1:9000")).toMatchObject({ ok: true });
    expect(config("http://localhost:9000")).toMatchObject({ ok: true });
    expect(config("http://idp.example")).toMatchObject({ ok: false, reason: expect.stringContaining("https") });
    expect(config("not a url")).toMatchObject({ ok: false });
  });

  it("asks for openid, email and profile unless told otherwise", () => {
    const result = config("https://idp.example");
    expect(result.ok && result.config.scope).toBe("openid email profile");
  });
});

describe("where sign-in returns to", () => {
  it("keeps same-site paths and refuses everything else", () => {
    expect(safeNext("/customers/cus_0001")).toBe("/customers/cus_0001");
    expect(safeNext("/compliance?tab=audit")).toBe("/compliance?tab=audit");
    for (const evil of ["//evil.example", "/\\evil.example", "https://evil.example", "javascript:alert(1)", "", undefined])
      expect(safeNext(evil)).toBe("/");
  });
});
