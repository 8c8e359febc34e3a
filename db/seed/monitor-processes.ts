// The three processes every org starts with (issue 18): an inbound payment call, a personal-shopper
// order and a loan servicing call, each step timed and tied to its place in the console, with a
// course or two per step for training.
import type { ProcessStep } from "../../core/domain/process-steps";

const course = (id: string, title: string) => ({ id, title, url: `https://learn.tandem.test/courses/${id}` });

const verify = (ref: number): ProcessStep => ({
  key: "verify",
  label: "Verify the caller",
  location: "profile.overview",
  minSeconds: 15,
  referenceSeconds: ref,
  maxSeconds: ref * 2,
  courses: [course("verify-fast", "Verifying a caller in three questions")],
});

const wrapUp: ProcessStep = {
  key: "wrap-up",
  label: "Note and wrap up",
  location: "dialog.note",
  minSeconds: 10,
  referenceSeconds: 45,
  maxSeconds: 90,
  courses: [course("notes-that-count", "Notes that answer the next call")],
};

export interface SeedProcess {
  key: string;
  name: string;
  steps: ProcessStep[];
}

export const SEED_PROCESSES: SeedProcess[] = [
  {
    key: "inbound-payment",
    name: "Inbound payment call",
    steps: [
      verify(40),
      {
        key: "review",
        label: "Review balance and schedule",
        location: "profile.products",
        minSeconds: 20,
        referenceSeconds: 60,
        maxSeconds: 120,
        courses: [course("reading-a-schedule", "Reading a lease or loan schedule at a glance")],
      },
      {
        key: "payment",
        label: "Take the payment",
        location: "dialog.payment",
        minSeconds: 30,
        referenceSeconds: 90,
        maxSeconds: 150,
        courses: [
          course("payments-one-pass", "Taking a payment in one pass"),
          course("card-readers", "Card and bank payments without retries"),
        ],
      },
      wrapUp,
    ],
  },
  {
    key: "personal-shopper",
    name: "Personal-shopper order",
    steps: [
      verify(40),
      {
        key: "intake",
        label: "Take the request",
        location: "shopper.intake",
        minSeconds: 60,
        referenceSeconds: 240,
        maxSeconds: 420,
        courses: [course("shopper-intake", "Personal-shopper intake: what to ask")],
      },
      {
        key: "items",
        label: "Review items and financing",
        location: "order.detail",
        minSeconds: 45,
        referenceSeconds: 180,
        maxSeconds: 360,
        courses: [course("lease-or-loan", "Lease or loan: explaining the rules")],
      },
      {
        key: "agreement",
        label: "Send the agreement",
        location: "dialog.agreement",
        minSeconds: 15,
        referenceSeconds: 60,
        maxSeconds: 120,
        courses: [course("agreements", "Sending agreements the client can sign")],
      },
      wrapUp,
    ],
  },
  {
    key: "loan-servicing",
    name: "Loan servicing call",
    steps: [
      verify(45),
      {
        key: "review",
        label: "Review the loan and what is past due",
        location: "profile.products",
        minSeconds: 30,
        referenceSeconds: 90,
        maxSeconds: 150,
        courses: [course("delinquency-basics", "Delinquency buckets and what to say")],
      },
      {
        key: "promise",
        label: "Arrange a promise to pay",
        location: "dialog.promise",
        minSeconds: 30,
        referenceSeconds: 120,
        maxSeconds: 240,
        courses: [course("promises", "Promises to pay that hold")],
      },
      wrapUp,
    ],
  },
];

export const processId = (orgSlug: string, key: string) => `prc_${orgSlug}_${key}`;
