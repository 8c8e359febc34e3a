// Bodies of the admin API: staff, teams and regions of the caller's org.
import * as v from "valibot";
import { RoleSchema } from "../domain/roles";

const Name = v.pipe(v.string(), v.trim(), v.minLength(1, "is required"), v.maxLength(100));
const Id = (prefix: string) => v.pipe(v.string(), v.regex(new RegExp(`^${prefix}_[\\w-]{1,64}$`), `is not a ${prefix} id`));

export const StaffIdSchema = Id("stf");
export const TeamIdSchema = Id("team");
export const RegionIdSchema = Id("reg");
export const StaffStatusSchema = v.picklist(["active", "disabled"]);

export const StaffParamSchema = v.object({ id: StaffIdSchema });
export const TeamParamSchema = v.object({ id: TeamIdSchema });
export const RegionParamSchema = v.object({ id: RegionIdSchema });

export const StaffCreateSchema = v.strictObject({
  email: v.pipe(v.string(), v.trim(), v.toLowerCase(), v.email(), v.maxLength(200)),
  name: Name,
  role: RoleSchema,
  teamId: v.optional(v.nullable(TeamIdSchema), null),
});

const atLeastOne = <T extends Record<string, unknown>>(value: T) => Object.values(value).some((x) => x !== undefined);

export const StaffUpdateSchema = v.pipe(
  v.strictObject({
    name: v.optional(Name),
    role: v.optional(RoleSchema),
    teamId: v.optional(v.nullable(TeamIdSchema)),
    status: v.optional(StaffStatusSchema),
  }),
  v.check(atLeastOne, "change at least one field"),
);
export type StaffUpdate = v.InferOutput<typeof StaffUpdateSchema>;

export const TeamCreateSchema = v.strictObject({ name: Name, regionId: RegionIdSchema });
export const TeamUpdateSchema = v.pipe(
  v.strictObject({ name: v.optional(Name), regionId: v.optional(RegionIdSchema) }),
  v.check(atLeastOne, "change at least one field"),
);
export const RegionCreateSchema = v.strictObject({ name: Name });
export const RegionUpdateSchema = v.strictObject({ name: Name });
