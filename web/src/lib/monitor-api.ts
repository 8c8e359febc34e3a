// The process monitor's calls for directors and leads: the dashboard and its drill-down, processes and
// assigning training, each answer parsed with its schema from core/protocol. (A rep's own calls are
// in my-monitor-api.ts, so this stays out of the chunk every screen shares.)
import type { ProcessStep } from "../../../core/domain/process-steps";
import type { AssignmentCreate } from "../../../core/protocol/monitor";
import {
  AssignmentSavedSchema,
  DrillSchema,
  MonitorSchema,
  ProcessesSchema,
  ProcessSavedSchema,
} from "../../../core/protocol/monitor-answers";
import { api } from "./api";

const query = (params: Record<string, string | undefined>) =>
  new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1])).toString();

export const monitorApi = {
  dashboard: (filters: { process?: string; team?: string; from?: string; to?: string }) =>
    api.get(`/api/monitor?${query(filters)}`, MonitorSchema),
  drill: (cell: { process: string; staff: string; step: string; from?: string; to?: string; before?: string }) =>
    api.get(`/api/monitor/drill?${query(cell)}`, DrillSchema),
  processes: () => api.get("/api/monitor/processes", ProcessesSchema),
  saveProcess: (id: string, body: { name: string; steps: ProcessStep[]; note: string }) =>
    api.put(`/api/monitor/processes/${encodeURIComponent(id)}`, body, ProcessSavedSchema),
  assign: (body: AssignmentCreate) => api.post("/api/monitor/assignments", body, AssignmentSavedSchema),
};
