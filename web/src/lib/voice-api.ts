// The phone line's calls for staff: transferred callers waiting for a rep, and taking one.
import { CallTakenSchema, WaitingCallersSchema } from "../../../core/protocol/voice-answers";
import { api } from "./api";

export const voiceApi = {
  waiting: (signal?: AbortSignal) => api.get("/api/voice/waiting", WaitingCallersSchema, signal),
  take: (id: string) => api.post(`/api/voice/calls/${encodeURIComponent(id)}/take`, {}, CallTakenSchema),
};
