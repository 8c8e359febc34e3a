// The integration calls of the integrations page: endpoint health, dead letters (inspect, replay),
// test events and retries (engineering and admins).
import {
  DeadLetterDetailSchema,
  DeadLettersSchema,
  IntegrationHealthSchema,
  OutboxRetriedSchema,
  ReplayedSchema,
  TestEventSentSchema,
} from "../../../core/protocol/integration-answers";
import { api } from "./api";

const enc = encodeURIComponent;

export const integrationsApi = {
  health: () => api.get("/api/integrations/health", IntegrationHealthSchema),
  deadLetters: (endpointId: string) => api.get(`/api/integrations/endpoints/${enc(endpointId)}/dead-letters`, DeadLettersSchema),
  deadLetter: (endpointId: string, eventId: string) =>
    api.get(`/api/integrations/endpoints/${enc(endpointId)}/dead-letters/${enc(eventId)}`, DeadLetterDetailSchema),
  replay: (endpointId: string, eventId: string) =>
    api.post(`/api/integrations/endpoints/${enc(endpointId)}/dead-letters/${enc(eventId)}/replay`, {}, ReplayedSchema),
  testEvent: (endpointId: string) => api.post(`/api/integrations/endpoints/${enc(endpointId)}/test-event`, {}, TestEventSentSchema),
  retryOutbox: (id: string) => api.post(`/api/integrations/outbox/${enc(id)}/retry`, {}, OutboxRetriedSchema),
};
