// Staff roles and the org levels they act at; the permission matrix builds on these.
import * as v from "valibot";

export const ROLES = ["rep", "senior_rep", "team_lead", "director", "compliance", "finance", "engineering", "sales", "admin"] as const;
export type Role = (typeof ROLES)[number];
export const RoleSchema = v.picklist(ROLES);

export const ROLE_LABELS: Record<Role, string> = {
  rep: "Rep",
  senior_rep: "Senior rep",
  team_lead: "Team lead",
  director: "Director",
  compliance: "Compliance",
  finance: "Finance",
  engineering: "Engineering",
  sales: "Sales",
  admin: "Admin",
};

/** Roles that lead people: they may take over an account and watch a floor. */
export const LEAD_ROLES: readonly Role[] = ["team_lead", "director", "admin"];

export function isLead(role: Role): boolean {
  return LEAD_ROLES.includes(role);
}

export const DEVICE_CLASSES = ["phone", "tablet", "desktop"] as const;
export type DeviceClass = (typeof DEVICE_CLASSES)[number];
export const DeviceClassSchema = v.picklist(DEVICE_CLASSES);
