// The process monitor's calls: the dashboard and its drill-down, a rep's own figures, processes and
// training, each answer parsed with its schema from core/protocol.
import type { ProcessStep } from "../../../core/domain/process-steps";
import type { AssignmentCreate } from "../../../core/protocol/monitor";
import {
  AssignmentSavedSchema,
  DrillSchema,
  MonitorSchema,
  MyMonitorSchema,
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
  mine: () => api.get("/api/monitor/me", MyMonitorSchema),
  processes: () => api.get("/api/monitor/processes", ProcessesSchema),
  saveProcess: (id: string, body: { name: string; steps: ProcessStep[]; note: string }) =>
    api.put(`/api/monitor/processes/${encodeURIComponent(id)}`, body, ProcessSavedSchema),
  assign: (body: AssignmentCreate) => api.post("/api/monitor/assignments", body, AssignmentSavedSchema),
  done: (id: string) => api.post(`/api/monitor/assignments/${encodeURIComponent(id)}/done`, {}, AssignmentSavedSchema),
};
