// The admin API as the admin screen uses it: staff, regions and teams of the admin's org.
import { api } from "./api";

export interface StaffMember {
  id: string;
  email: string;
  name: string;
  role: string;
  status: "active" | "disabled";
  teamId: string | null;
  teamName: string | null;
  sso: string | null;
  updatedAt: number;
}

export interface Team {
  id: string;
  name: string;
  regionId: string;
}

export interface Region {
  id: string;
  name: string;
  teams: Team[];
}

export interface StaffChanges {
  name?: string;
  role?: string;
  teamId?: string | null;
  status?: "active" | "disabled";
}

export const adminApi = {
  staff: () => api.get<{ items: StaffMember[] }>("/api/admin/staff").then((r) => r.items),
  org: () => api.get<{ regions: Region[] }>("/api/admin/org").then((r) => r.regions),
  createStaff: (body: { email: string; name: string; role: string; teamId: string | null }) =>
    api.post<{ staff: StaffMember }>("/api/admin/staff", body),
  updateStaff: (id: string, changes: StaffChanges) =>
    api.patch<{ changed: string[]; socketsClosed?: number }>(`/api/admin/staff/${encodeURIComponent(id)}`, changes),
  createRegion: (name: string) => api.post("/api/admin/regions", { name }),
  renameRegion: (id: string, name: string) => api.patch(`/api/admin/regions/${encodeURIComponent(id)}`, { name }),
  createTeam: (name: string, regionId: string) => api.post("/api/admin/teams", { name, regionId }),
  updateTeam: (id: string, changes: { name?: string; regionId?: string }) =>
    api.patch(`/api/admin/teams/${encodeURIComponent(id)}`, changes),
};
