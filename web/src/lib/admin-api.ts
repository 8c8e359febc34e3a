// The admin API as the admin screen uses it: staff, regions and teams of the admin's org, each
// answer parsed with its schema from core/protocol/admin-answers.ts.
import {
  OrgStructureSchema,
  RegionSavedSchema,
  StaffCreatedSchema,
  StaffListSchema,
  StaffUpdatedSchema,
  TeamSavedSchema,
} from "../../../core/protocol/admin-answers";
import { api } from "./api";

const enc = encodeURIComponent;

export const adminApi = {
  staff: () => api.get("/api/admin/staff", StaffListSchema).then((r) => r.items),
  org: () => api.get("/api/admin/org", OrgStructureSchema).then((r) => r.regions),
  createStaff: (body: { email: string; name: string; role: string; teamId: string | null }) =>
    api.post("/api/admin/staff", body, StaffCreatedSchema),
  updateStaff: (id: string, changes: { name?: string; role?: string; teamId?: string | null; status?: "active" | "disabled" }) =>
    api.patch(`/api/admin/staff/${enc(id)}`, changes, StaffUpdatedSchema),
  createRegion: (name: string) => api.post("/api/admin/regions", { name }, RegionSavedSchema),
  renameRegion: (id: string, name: string) => api.patch(`/api/admin/regions/${enc(id)}`, { name }, RegionSavedSchema),
  createTeam: (name: string, regionId: string) => api.post("/api/admin/teams", { name, regionId }, TeamSavedSchema),
  updateTeam: (id: string, changes: { name?: string; regionId?: string }) =>
    api.patch(`/api/admin/teams/${enc(id)}`, changes, TeamSavedSchema),
};
