// Answers of the admin routes: the org's staff, regions and teams, and what each change answers.
import * as v from "valibot";
import { StaffStatusSchema } from "./admin";

const TeamSchema = v.object({ id: v.string(), name: v.string(), regionId: v.string() });
export type Team = v.InferOutput<typeof TeamSchema>;

/** A staff member as a change answers it. */
const StaffViewSchema = v.object({
  id: v.string(),
  email: v.string(),
  name: v.string(),
  role: v.string(),
  status: StaffStatusSchema,
  teamId: v.nullable(v.string()),
  updatedAt: v.number(),
});

export const StaffMemberSchema = v.object({
  ...StaffViewSchema.entries,
  teamName: v.nullable(v.string()),
  /** The identity provider's subject once they signed in with single sign-on. */
  sso: v.nullable(v.string()),
  createdAt: v.number(),
});
export type StaffMember = v.InferOutput<typeof StaffMemberSchema>;

/** GET /api/admin/staff */
export const StaffListSchema = v.object({ items: v.array(StaffMemberSchema) });
export type StaffList = v.InferOutput<typeof StaffListSchema>;
/** POST /api/admin/staff */
export const StaffCreatedSchema = v.object({ staff: StaffViewSchema });
export type StaffCreated = v.InferOutput<typeof StaffCreatedSchema>;
/** PATCH /api/admin/staff/:id: `socketsClosed` when the change ended their sessions. */
export const StaffUpdatedSchema = v.object({
  staff: StaffViewSchema,
  changed: v.array(v.string()),
  socketsClosed: v.optional(v.number()),
});
export type StaffUpdated = v.InferOutput<typeof StaffUpdatedSchema>;

export const RegionSchema = v.object({ id: v.string(), name: v.string(), teams: v.array(TeamSchema) });
export type Region = v.InferOutput<typeof RegionSchema>;

/** GET /api/admin/org: regions with their teams. */
export const OrgStructureSchema = v.object({ regions: v.array(RegionSchema) });
export type OrgStructure = v.InferOutput<typeof OrgStructureSchema>;
/** POST /api/admin/regions, PATCH /api/admin/regions/:id */
export const RegionSavedSchema = v.object({ region: v.object({ id: v.string(), name: v.string() }) });
export type RegionSaved = v.InferOutput<typeof RegionSavedSchema>;
/** POST /api/admin/teams, PATCH /api/admin/teams/:id */
export const TeamSavedSchema = v.object({ team: TeamSchema });
export type TeamSaved = v.InferOutput<typeof TeamSavedSchema>;
