// Holds core/domain/permissions.ts to the hand-written spec (tests/shared/authorization-spec.ts):
// the same roles, the same permissions, and for each permission exactly the roles the spec names.
import { describe, expect, it } from "vitest";
import { can, PERMISSION_NAMES, PERMISSIONS, rolesWith } from "../../../../core/domain/permissions";
import { ROLES } from "../../../../core/domain/roles";
import { SPEC_PERMISSIONS, SPEC_ROLES, specAllows, specRolesWith } from "../../../shared/authorization-spec";

const sorted = (names: readonly string[]) => [...names].sort();

describe("the permission matrix against the spec", () => {
  it("knows exactly the roles the spec names", () => {
    expect(sorted(ROLES)).toEqual(sorted(SPEC_ROLES));
  });

  it("has every permission of the spec and none it lacks", () => {
    expect(sorted(Object.keys(PERMISSIONS)), "permissions in the code").toEqual(sorted(SPEC_PERMISSIONS));
    expect(sorted(PERMISSION_NAMES)).toEqual(sorted(SPEC_PERMISSIONS));
  });

  it.each(SPEC_PERMISSIONS)("gives %s to exactly the roles the spec names", (permission) => {
    const name = permission as keyof typeof PERMISSIONS;
    expect(sorted(ROLES.filter((role) => can(role, name))), "roles can() allows").toEqual(sorted(specRolesWith(permission)));
    expect(sorted(rolesWith(name)), "roles rolesWith() lists").toEqual(sorted(specRolesWith(permission)));
  });

  it("answers can() as the spec does for every role and permission", () => {
    const wrong: string[] = [];
    for (const role of SPEC_ROLES)
      for (const permission of SPEC_PERMISSIONS) {
        const want = specAllows(role, permission);
        if (can(role, permission as keyof typeof PERMISSIONS) !== want) wrong.push(`${role} ${want ? "lacks" : "has"} ${permission}`);
      }
    expect(wrong).toEqual([]);
  });
});

describe("the spec itself", () => {
  // A worked example per row kind, so a slip in the grid's parser cannot make the whole spec vacuous.
  it("reads the grid row by row", () => {
    expect(specRolesWith("staff.manage")).toEqual(["admin"]);
    expect(specRolesWith("audit.export")).toEqual(["compliance", "admin"]);
    expect(specRolesWith("dashboard.view")).toEqual(SPEC_ROLES);
    expect(specRolesWith("customer.read")).not.toContain("engineering");
    expect(specAllows("finance", "loan.service")).toBe(true);
    expect(specAllows("finance", "customer.edit")).toBe(false);
  });
});
