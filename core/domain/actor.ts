// The signed-in staff member on whose behalf a request or a room frame acts.
import * as v from "valibot";
import { RoleSchema } from "./roles";

export const ActorSchema = v.object({
  id: v.string(),
  orgId: v.string(),
  teamId: v.nullable(v.string()),
  regionId: v.nullable(v.string()),
  role: RoleSchema,
  name: v.string(),
  email: v.string(),
  sessionId: v.string(),
});
export type Actor = v.InferOutput<typeof ActorSchema>;
