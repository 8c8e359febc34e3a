import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Actor } from "../../../../core/domain/actor";
import { PERMISSION_NAMES } from "../../../../core/domain/permissions";
import { ROLES } from "../../../../core/domain/roles";
import { isSystemActor, mayRun, systemActor } from "../../../../core/domain/system-actor";

const staff = (role: (typeof ROLES)[number], id = "stf_ana", sessionId = "ses_1"): Actor => ({
  id,
  orgId: "org_northwind",
  teamId: null,
  regionId: null,
  role,
  name: "Someone",
  email: "x@tandem.test",
  sessionId,
});

describe("the system actor", () => {
  it("runs system commands and nothing else", () => {
    const system = systemActor("org_northwind", "esign", "Client e-signature");
    expect(isSystemActor(system)).toBe(true);
    expect(mayRun(system, "system")).toBe(true);
    for (const permission of PERMISSION_NAMES) expect(mayRun(system, permission), permission).toBe(false);
  });

  it("is never any staff member, whatever their role, id or session", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ROLES), fc.string(), fc.string(), (role, id, session) => {
        const actor = staff(role, `stf_${id}`, session);
        expect(isSystemActor(actor)).toBe(false);
        expect(mayRun(actor, "system")).toBe(false);
      }),
    );
  });
});
