// Sign-in and sign-out. Local development signs seeded staff in by email (middleware/dev-only.ts);
// production uses OIDC.
import { Hono } from "hono";
import * as v from "valibot";
import type { DevSignedIn, DevStaffList, SignedOut, SignedOutEverywhere } from "../../core/protocol/auth-answers";
import { AppError } from "../../core/protocol/errors";
import { createSession, resolveSession, revokeAllSessions, revokeSession, sessionIdForToken } from "../../db/repositories/sessions";
import { activeStaffDirectory, findStaffByEmail } from "../../db/repositories/staff";
import { keepCheckpointing, recordAudit } from "../audit";
import type { AppEnv } from "../env";
import { devOnly } from "../middleware/dev-only";
import { clearSessionCookie, readSessionToken, requestOrigin, setSessionCookie } from "../middleware/session";
import { validate } from "../middleware/validate";
import { noteSecurityEvent } from "../security-events";
import { closeLiveSockets } from "../session-eviction";

export const DevSignInSchema = v.object({ email: v.pipe(v.string(), v.trim(), v.email(), v.maxLength(200)) });

export const authRoutes = new Hono<AppEnv>()
  .get("/dev/staff", devOnly("Dev sign-in"), async (c) => {
    const rows = await activeStaffDirectory(c.var.db);
    return c.json<DevStaffList>({ items: rows });
  })
  .post("/dev/sign-in", devOnly("Dev sign-in"), validate("json", DevSignInSchema), async (c) => {
    const { email } = c.req.valid("json");
    const person = await findStaffByEmail(c.var.db, email);
    const now = Date.now();
    const origin = requestOrigin(c);
    if (!person) {
      // Nobody to attribute it to: a capped security event, not an audit row (noise must not reach the chains).
      const kept = await noteSecurityEvent(c, { at: now, kind: "auth.sign_in.unknown", ...origin, details: { method: "dev" } });
      if (!kept) throw new AppError("RATE_LIMITED", "Too many failed sign-ins from this address; wait a minute");
      throw new AppError("UNAUTHENTICATED", "No active staff member has that email");
    }
    if (person.status !== "active") {
      await recordAudit(c, {
        orgId: person.orgId,
        at: now,
        actorId: person.id,
        actorRole: null,
        action: "auth.sign_in",
        targetType: "session",
        targetId: null,
        customerId: null,
        outcome: "denied",
        ...origin,
        details: { method: "dev", reason: "disabled" },
      });
      throw new AppError("UNAUTHENTICATED", "No active staff member has that email");
    }
    const session = await createSession(c.var.db, person.id, now, origin);
    await recordAudit(c, {
      orgId: person.orgId,
      at: now,
      actorId: person.id,
      actorRole: person.role,
      action: "auth.sign_in",
      targetType: "session",
      targetId: null,
      customerId: null,
      outcome: "success",
      ...origin,
      details: { method: "dev" },
    });
    setSessionCookie(c, session.token, session.expiresAt);
    keepCheckpointing(c, person.orgId);
    return c.json<DevSignedIn>({
      ok: true,
      staff: { id: person.id, name: person.name, email: person.email, role: person.role, orgId: person.orgId, teamId: person.teamId },
    });
  })
  .post("/sign-out", async (c) => {
    const token = readSessionToken(c);
    const session = token ? await resolveSession(c.var.db, token, Date.now()) : null;
    if (token) await revokeSession(c.var.db, await sessionIdForToken(token), Date.now());
    clearSessionCookie(c);
    if (session) {
      await closeLiveSockets(
        c.env,
        c.var.db,
        { staffId: session.staff.id, orgId: session.staff.orgId, sessionId: session.sessionId },
        "signed-out",
      );
      await recordAudit(c, {
        orgId: session.staff.orgId,
        at: Date.now(),
        actorId: session.staff.id,
        actorRole: session.staff.role,
        action: "auth.sign_out",
        targetType: "session",
        targetId: null,
        customerId: null,
        outcome: "success",
        ...requestOrigin(c),
      });
    }
    return c.json<SignedOut>({ ok: true });
  })
  .post("/sign-out-everywhere", async (c) => {
    const token = readSessionToken(c);
    const now = Date.now();
    const session = token ? await resolveSession(c.var.db, token, now) : null;
    if (!session) throw new AppError("UNAUTHENTICATED", "Sign in to continue");
    const person = session.staff;
    await revokeAllSessions(c.var.db, person.id, now);
    clearSessionCookie(c);
    // Every socket of this person, on any device: no sessionId narrows the match.
    const socketsClosed = await closeLiveSockets(c.env, c.var.db, { staffId: person.id, orgId: person.orgId }, "signed-out");
    await recordAudit(c, {
      orgId: person.orgId,
      at: now,
      actorId: person.id,
      actorRole: person.role,
      action: "auth.sign_out_everywhere",
      targetType: "session",
      targetId: null,
      customerId: null,
      outcome: "success",
      ...requestOrigin(c),
      details: { socketsClosed },
    });
    return c.json<SignedOutEverywhere>({ ok: true, socketsClosed });
  });
