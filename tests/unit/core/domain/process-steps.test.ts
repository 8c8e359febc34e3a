// Processes as directors define them: steps in order, timed, each in its own place of the console;
// which one an interaction followed; and which version applies when (new interactions only).
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { classifyProcess, finalSteps } from "../../../../core/domain/interaction-steps";
import { ProcessStepsSchema, type ProcessVersion, versionsInEffect } from "../../../../core/domain/process-steps";
import { SEED_PROCESSES } from "../../../../db/seed/monitor-processes";

const DAY = 86_400_000;
const versions: ProcessVersion[] = SEED_PROCESSES.map((p, position) => ({
  processId: `prc_${p.key}`,
  processKey: p.key,
  name: p.name,
  position,
  version: 1,
  effectiveAt: 0,
  steps: p.steps,
}));
const spent = (entries: Record<string, number>) => new Map(Object.entries(entries).map(([k, s]) => [k, s * 1000]));

describe("a process's steps", () => {
  const step = {
    key: "pay",
    label: "Take the payment",
    location: "dialog.payment",
    minSeconds: 30,
    referenceSeconds: 90,
    maxSeconds: 150,
    courses: [],
  };
  it("accept minimum <= reference <= maximum with one place per step", () => {
    expect(v.safeParse(ProcessStepsSchema, [step, { ...step, key: "note", location: "dialog.note" }]).success).toBe(true);
  });
  it.each([
    ["a reference above the maximum", [{ ...step, referenceSeconds: 200 }], "minimum <= reference <= maximum"],
    ["a minimum above the reference", [{ ...step, minSeconds: 100 }], "minimum <= reference <= maximum"],
    ["two steps in one place", [step, { ...step, key: "again" }], "already belongs to another step"],
    ["one key twice", [step, { ...step, location: "dialog.note" }], "is used twice"],
    ["no steps", [], "at least one step"],
  ])("refuse %s", (_, steps, message) => {
    const parsed = v.safeParse(ProcessStepsSchema, steps);
    expect(parsed.success).toBe(false);
    expect(parsed.issues?.map((i) => i.message).join(" ")).toContain(message);
  });
});

describe("which process an interaction followed", () => {
  it("is the one whose own places took the time: a payment, a promise, a shopper intake", () => {
    expect(classifyProcess(spent({ "profile.overview": 40, "profile.products": 60, "dialog.payment": 90 }), versions)?.processKey).toBe(
      "inbound-payment",
    );
    expect(classifyProcess(spent({ "profile.overview": 40, "profile.products": 60, "dialog.promise": 90 }), versions)?.processKey).toBe(
      "loan-servicing",
    );
    expect(classifyProcess(spent({ "profile.overview": 30, "shopper.intake": 200 }), versions)?.processKey).toBe("personal-shopper");
  });
  it("is the org's first when only shared places were visited", () => {
    expect(classifyProcess(spent({ "profile.overview": 40, "dialog.note": 20 }), versions)?.processKey).toBe("inbound-payment");
  });
  it("keeps time in places without a step apart, as elsewhere", () => {
    expect(finalSteps(spent({ "profile.overview": 40, "dialog.payment": 95, "profile.notes": 12 }), versions)).toEqual({
      processId: "prc_inbound-payment",
      version: 1,
      steps: [
        { key: "verify", label: "Verify the caller", position: 0, seconds: 40 },
        { key: "payment", label: "Take the payment", position: 2, seconds: 95 },
      ],
      elsewhereSeconds: 12,
      activeSeconds: 147,
    });
  });
});

describe("versions", () => {
  const v1 = { ...versions[0], version: 1, effectiveAt: 10 * DAY } as ProcessVersion;
  const v2 = { ...v1, version: 2, effectiveAt: 20 * DAY };
  it("measure an interaction against the version in effect when it started", () => {
    expect(versionsInEffect([v1, v2], 15 * DAY).map((p) => p.version)).toEqual([1]);
    expect(versionsInEffect([v1, v2], 20 * DAY).map((p) => p.version)).toEqual([2]);
    expect(versionsInEffect([v1, v2], 5 * DAY)).toEqual([]);
  });
});
