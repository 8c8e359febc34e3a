// Session lifetimes with an explicit clock: idle timeout (sliding), absolute timeout, revocation.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../db/client";
import {
  createSession,
  resolveSession,
  revokeAllSessions,
  revokeSession,
  SESSION_ABSOLUTE_MS,
  SESSION_IDLE_MS,
} from "../../../db/repositories/sessions";
import { staff } from "../../../db/schema";
import { seedDatabase } from "../../../db/seed/seed";
import { TEST_ANCHOR } from "../../shared/repository-contract";
import { openTestDatabase } from "../support/libsql";

const origin = { ip: null, userAgent: null };
const T0 = TEST_ANCHOR;

describe("session lifetimes", () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
    await seedDatabase(db, { customers: 2, anchor: TEST_ANCHOR });
  });

  it("ends a session left idle for the idle timeout", async () => {
    const { token } = await createSession(db, "stf_ana", T0, origin);
    expect(await resolveSession(db, token, T0 + SESSION_IDLE_MS - 1)).not.toBeNull();
    const fresh = await createSession(db, "stf_ana", T0, origin);
    expect(await resolveSession(db, fresh.token, T0 + SESSION_IDLE_MS)).toBeNull();
  });

  it("slides the idle timeout with use", async () => {
    const { token } = await createSession(db, "stf_ana", T0, origin);
    let now = T0;
    for (let i = 0; i < 4; i++) {
      now += SESSION_IDLE_MS - 60_000;
      expect(await resolveSession(db, token, now), `use ${i}`).toMatchObject({ staff: { id: "stf_ana" } });
    }
    expect(now - T0).toBeGreaterThan(SESSION_IDLE_MS * 3);
  });

  it("ends any session at the absolute timeout, however busy", async () => {
    const { token } = await createSession(db, "stf_ana", T0, origin);
    let now = T0;
    while (now + 30 * 60_000 < T0 + SESSION_ABSOLUTE_MS) {
      now += 30 * 60_000;
      expect(await resolveSession(db, token, now)).not.toBeNull();
    }
    expect(await resolveSession(db, token, T0 + SESSION_ABSOLUTE_MS)).toBeNull();
  });

  it("ends revoked sessions, one or all of a person's", async () => {
    const one = await createSession(db, "stf_ben", T0, origin);
    const two = await createSession(db, "stf_ben", T0, origin);
    await revokeSession(db, one.id, T0 + 1);
    expect(await resolveSession(db, one.token, T0 + 2)).toBeNull();
    expect(await resolveSession(db, two.token, T0 + 2)).not.toBeNull();
    await revokeAllSessions(db, "stf_ben", T0 + 3);
    expect(await resolveSession(db, two.token, T0 + 4)).toBeNull();
  });

  it("ends the sessions of a disabled staff member", async () => {
    const { token } = await createSession(db, "stf_cruz", T0, origin);
    await db.update(staff).set({ status: "disabled" }).where(eq(staff.id, "stf_cruz"));
    expect(await resolveSession(db, token, T0 + 1)).toBeNull();
  });
});
