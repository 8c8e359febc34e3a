import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { claimedAccess, claimedEmail, IdentityClaimsSchema } from "../../../../core/domain/sso";

const teams = [
  { id: "team_east", name: "East" },
  { id: "team_west", name: "West" },
];
const claims = (extra: Record<string, unknown>) => v.parse(IdentityClaimsSchema, { sub: "abc", ...extra });

describe("mapping identity claims", () => {
  it("takes the email lower-cased with its domain", () => {
    expect(claimedEmail(claims({ email: " Lead.East@Tandem.TEST " }))).toEqual({
      ok: true,
      email: "lead.east@tandem.test",
      domain: "tandem.test",
    });
  });

  it("refuses a missing or explicitly unverified email", () => {
    expect(claimedEmail(claims({}))).toMatchObject({ ok: false });
    expect(claimedEmail(claims({ email: "a@tandem.test", email_verified: false }))).toMatchObject({ ok: false });
    expect(claimedEmail(claims({ email: "a@tandem.test", email_verified: true }))).toMatchObject({ ok: true });
  });

  it("lets a role claim win over groups and ignores unknown roles", () => {
    expect(claimedAccess(claims({ role: "director", groups: ["tandem:role:rep"] }), teams)).toEqual({ role: "director" });
    expect(claimedAccess(claims({ role: "superuser" }), teams)).toEqual({});
    expect(claimedAccess(claims({ groups: ["tandem:role:team_lead", "tandem:team:West"] }), teams)).toEqual({
      role: "team_lead",
      teamId: "team_west",
    });
  });

  it("changes nothing when groups are ambiguous", () => {
    expect(
      claimedAccess(claims({ groups: ["tandem:role:rep", "tandem:role:admin", "tandem:team:east", "tandem:team:team_west"] }), teams),
    ).toEqual({});
  });

  it("matches teams by id or name, case-insensitively, and only in the given org", () => {
    expect(claimedAccess(claims({ groups: "tandem:team:TEAM_EAST" }), teams)).toEqual({ teamId: "team_east" });
    expect(claimedAccess(claims({ groups: ["tandem:team:team_harbor"] }), teams)).toEqual({});
  });
});
