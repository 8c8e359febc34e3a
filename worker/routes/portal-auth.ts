// The merchant portal's sign-in: who is signed in (never a 401, so the sign-in screen asks without
// an error), dev sign-in of seeded portal users (dev mode only, like staff), a one-time code or link
// mailed through the configured mailer, and sign-out. The portal's cookie is its own
// (middleware/merchant-session.ts); nothing here reads or sets the staff cookie.
import type { Context } from "hono";
import { Hono } from "hono";
import { merchantAuditRole } from "../../core/domain/merchant-user";
import { AppError, type ErrorCode } from "../../core/protocol/errors";
import {
  type PortalCodeSent,
  PortalCodeStartSchema,
  PortalCodeVerifySchema,
  PortalDevSignInSchema,
  type PortalDevUsers,
  PortalLinkSchema,
  type PortalLinkState,
  type PortalSession,
  type PortalSignedIn,
  type PortalSignedOut,
} from "../../core/protocol/portal-answers";
import { type AuditEntry, appendAudit, auditSignerFor, merchantUserStream } from "../../db/repositories/audit";
import {
  createMerchantSession,
  devMerchantDirectory,
  findMerchantUserByEmail,
  issueSignInSecrets,
  linkState,
  type MerchantUserRow,
  markSignedIn,
  mayPortalSignIn,
  merchantSessionIdForToken,
  merchantUserById,
  noteSignInFailure,
  resolveMerchantSession,
  revokeMerchantSession,
  SECRETS_PER_WINDOW,
  SIGN_IN_SECRET_TTL_MS,
  secretsSentSince,
  signInLocked,
  spendCode,
  spendLink,
} from "../../db/repositories/merchant-users";
import type { AppEnv } from "../env";
import { MailUnavailable, mailerFor } from "../messaging/mailer";
import { devOnly } from "../middleware/dev-only";
import { clearMerchantCookie, readMerchantToken, setMerchantCookie } from "../middleware/merchant-session";
import { requestOrigin } from "../middleware/session";
import { validate } from "../middleware/validate";
import { presentPortalMe } from "../portal-presenters";
import { noteSecurityEvent } from "../security-events";

type Method = "dev" | "code" | "link";

/** Why a sign-in link does not sign in: the same words whether the page asks first or the link is spent. */
const LINK_REFUSALS = {
  used: { code: "GONE", message: "This sign-in link was already used; ask for a new one" },
  expired: { code: "GONE", message: "This sign-in link has expired; ask for a new one" },
  invalid: { code: "UNAUTHENTICATED", message: "This sign-in link is not valid" },
} as const satisfies Record<"used" | "expired" | "invalid", { code: ErrorCode; message: string }>;

/** An audit row in the portal user's own stream (sign-ins, refusals, sign-outs). */
async function auditPortalAuth(
  c: Context<AppEnv>,
  user: MerchantUserRow,
  action: string,
  outcome: AuditEntry["outcome"],
  details: Record<string, unknown>,
  at: number,
): Promise<void> {
  await appendAudit(
    c.var.db,
    await auditSignerFor(c.env),
    {
      orgId: user.orgId,
      at,
      actorId: user.id,
      actorRole: merchantAuditRole(user.role),
      action,
      targetType: "merchant_session",
      targetId: null,
      customerId: null,
      outcome,
      ...requestOrigin(c),
      details: { merchantId: user.merchantId, ...details },
    },
    merchantUserStream(user.id),
  );
}

/** Opens a session for the user and sets the portal cookie. */
async function signIn(c: Context<AppEnv>, user: MerchantUserRow, method: Method, now: number): Promise<PortalSignedIn> {
  const session = await createMerchantSession(c.var.db, user.id, now, requestOrigin(c));
  await markSignedIn(c.var.db, user.id, now);
  await auditPortalAuth(c, user, "portal.sign_in", "success", { method }, now);
  setMerchantCookie(c, session.token, session.expiresAt);
  return { ok: true, user: await presentPortalMe(c.var.db, user) };
}

/** A failed try counts against the user (when known) and the address; past the limit, 429. */
async function refuse(c: Context<AppEnv>, user: MerchantUserRow | null, method: Method, error: AppError, now: number): Promise<never> {
  const { ip } = requestOrigin(c);
  await noteSignInFailure(c.var.db, user?.id ?? null, ip, now);
  if (user) await auditPortalAuth(c, user, "portal.sign_in", "denied", { method, reason: error.code, message: error.message }, now);
  else await noteSecurityEvent(c, { at: now, kind: "portal.sign_in.unknown", ...requestOrigin(c), details: { method } });
  throw error;
}

async function refuseWhenLocked(c: Context<AppEnv>, user: MerchantUserRow | null, now: number): Promise<void> {
  const locked = await signInLocked(c.var.db, user?.id ?? null, requestOrigin(c).ip, now);
  if (locked === "user")
    throw new AppError("RATE_LIMITED", "Too many failed sign-ins for this account; wait 15 minutes and ask for a new code");
  if (locked === "address") throw new AppError("RATE_LIMITED", "Too many failed sign-ins from this address; wait 15 minutes");
}

/** The mail that carries a code and a link (sign-in, or an invitation's first sign-in). */
export async function mailSignIn(
  c: Context<AppEnv>,
  user: MerchantUserRow,
  purpose: "portal.sign_in" | "portal.invite",
  now: number,
  invitedBy?: string,
): Promise<void> {
  const { code, link } = await issueSignInSecrets(c.var.db, user.id, now);
  const url = `${new URL(c.req.url).origin}/portal/link/${encodeURIComponent(link)}`;
  const minutes = Math.round(SIGN_IN_SECRET_TTL_MS / 60_000);
  const intro =
    purpose === "portal.invite"
      ? `${invitedBy ?? "Your account team"} invited you to the merchant portal, where you can follow your transactions, funding, invoices and support tickets.`
      : "Here is your sign-in to the merchant portal.";
  try {
    await mailerFor(c.env, c.var.db).send(
      {
        orgId: user.orgId,
        merchantId: user.merchantId,
        to: user.email,
        subject: purpose === "portal.invite" ? "You are invited to the merchant portal" : `Your merchant portal code: ${code}`,
        text: [
          `Hello ${user.name},`,
          "",
          intro,
          "",
          `Your one-time code: ${code}`,
          `Or open this link to sign in: ${url}`,
          "",
          `The code and the link work once, for ${minutes} minutes. If you did not ask for this, ignore this email.`,
        ].join("\n"),
        purpose,
      },
      now,
    );
  } catch (error) {
    if (error instanceof MailUnavailable) throw new AppError("UNAVAILABLE", `The sign-in email could not be sent: ${error.message}`);
    throw error;
  }
}

export const portalAuthRoutes = new Hono<AppEnv>()
  .get("/session", async (c) => {
    const token = readMerchantToken(c);
    const user = token ? await resolveMerchantSession(c.var.db, token, Date.now()) : null;
    return c.json<PortalSession>({ user: user ? await presentPortalMe(c.var.db, user) : null });
  })
  .get("/auth/dev/users", devOnly("Portal dev sign-in"), async (c) => {
    return c.json<PortalDevUsers>({ items: await devMerchantDirectory(c.var.db) });
  })
  .post("/auth/dev/sign-in", devOnly("Portal dev sign-in"), validate("json", PortalDevSignInSchema), async (c) => {
    const now = Date.now();
    const user = await findMerchantUserByEmail(c.var.db, c.req.valid("json").email);
    if (!user || !mayPortalSignIn(user)) {
      return refuse(c, user, "dev", new AppError("UNAUTHENTICATED", "No portal user can sign in with that email"), now);
    }
    return c.json<PortalSignedIn>(await signIn(c, user, "dev", now));
  })
  .post("/auth/code/start", validate("json", PortalCodeStartSchema), async (c) => {
    const now = Date.now();
    const user = await findMerchantUserByEmail(c.var.db, c.req.valid("json").email);
    await refuseWhenLocked(c, user, now);
    const answer: PortalCodeSent = { ok: true, expiresInSeconds: SIGN_IN_SECRET_TTL_MS / 1000 };
    // The same answer as for a portal user (the form does not tell who has an account), and nothing
    // written: a flood of unknown addresses costs one read each.
    if (!user || !mayPortalSignIn(user)) return c.json(answer);
    if ((await secretsSentSince(c.var.db, user.id, now - 15 * 60_000)) >= SECRETS_PER_WINDOW) {
      throw new AppError("RATE_LIMITED", "Several codes were sent in the last 15 minutes; use the newest one or wait");
    }
    await mailSignIn(c, user, "portal.sign_in", now);
    await auditPortalAuth(c, user, "portal.code_sent", "success", {}, now);
    return c.json(answer);
  })
  .post("/auth/code/verify", validate("json", PortalCodeVerifySchema), async (c) => {
    const now = Date.now();
    const { email, code } = c.req.valid("json");
    const user = await findMerchantUserByEmail(c.var.db, email);
    await refuseWhenLocked(c, user, now);
    if (!user || !mayPortalSignIn(user)) return refuse(c, null, "code", new AppError("UNAUTHENTICATED", "That code is not right"), now);
    const check = await spendCode(c.var.db, user.id, code, now);
    if (!check.ok) {
      const error =
        check.reason === "wrong"
          ? new AppError("UNAUTHENTICATED", "That code is not right", { triesLeft: check.triesLeft })
          : check.reason === "expired"
            ? new AppError("GONE", "That code has expired; ask for a new one")
            : check.reason === "used"
              ? new AppError("GONE", "That code was already used; ask for a new one")
              : check.reason === "tries"
                ? new AppError("RATE_LIMITED", "Too many wrong tries for that code; ask for a new one")
                : new AppError("UNAUTHENTICATED", "No code was sent to that address; ask for one");
      return refuse(c, user, "code", error, now);
    }
    return c.json<PortalSignedIn>(await signIn(c, user, "code", now));
  })
  .post("/auth/link/check", validate("json", PortalLinkSchema), async (c) => {
    const state = await linkState(c.var.db, c.req.valid("json").token, Date.now());
    if (state === "usable") return c.json<PortalLinkState>({ usable: true });
    const reason = state === "none" ? "invalid" : state;
    return c.json<PortalLinkState>({ usable: false, reason, message: LINK_REFUSALS[reason].message });
  })
  .post("/auth/link", validate("json", PortalLinkSchema), async (c) => {
    const now = Date.now();
    await refuseWhenLocked(c, null, now);
    const spent = await spendLink(c.var.db, c.req.valid("json").token, now);
    const user = spent.userId ? await merchantUserById(c.var.db, spent.userId) : null;
    if (!spent.ok) {
      const { code, message } = LINK_REFUSALS[spent.reason === "none" ? "invalid" : spent.reason];
      return refuse(c, user, "link", new AppError(code, message), now);
    }
    if (!user || !mayPortalSignIn(user))
      return refuse(c, user, "link", new AppError("UNAUTHENTICATED", "This portal user cannot sign in"), now);
    return c.json<PortalSignedIn>(await signIn(c, user, "link", now));
  })
  .post("/auth/sign-out", async (c) => {
    const now = Date.now();
    const token = readMerchantToken(c);
    const user = token ? await resolveMerchantSession(c.var.db, token, now) : null;
    if (token) await revokeMerchantSession(c.var.db, await merchantSessionIdForToken(token), now);
    clearMerchantCookie(c);
    if (user) {
      const row = await merchantUserById(c.var.db, user.id);
      if (row) await auditPortalAuth(c, row, "portal.sign_out", "success", {}, now);
    }
    return c.json<PortalSignedOut>({ ok: true });
  });
