// The public signing page's calls (no staff session: the link's token is the credential), each
// answer parsed with its schema from core/protocol/agreements.ts.
import { AgreementSignedSchema, PublicAgreementSchema, SigningCodeSentSchema } from "../../../core/protocol/agreements";
import { api } from "./api";

const enc = encodeURIComponent;

export const signingApi = {
  load: (token: string) => api.get(`/api/public/agreements/${enc(token)}`, PublicAgreementSchema),
  requestCode: (token: string, channel: "sms" | "email") =>
    api.post(`/api/public/agreements/${enc(token)}/code`, { channel }, SigningCodeSentSchema),
  sign: (token: string, body: { typedName: string; consent: boolean; code: string }) =>
    api.post(`/api/public/agreements/${enc(token)}/sign`, body, AgreementSignedSchema),
};
