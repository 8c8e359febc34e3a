// A rep's own process-monitor calls (their figures, marking training done), for their home screen.
import { AssignmentSavedSchema, MyMonitorSchema } from "../../../core/protocol/monitor-answers";
import { api } from "./api";

export const myMonitorApi = {
  mine: () => api.get("/api/monitor/me", MyMonitorSchema),
  done: (id: string) => api.post(`/api/monitor/assignments/${encodeURIComponent(id)}/done`, {}, AssignmentSavedSchema),
};
