// Seeded FAQ articles: hardship, deferrals, arrangements, disasters, military service, bankruptcy, death.
import { SERVICE_PHONE, type SeedArticle } from "./types";

export const HARDSHIP_ARTICLES: SeedArticle[] = [
  {
    slug: "lease-hardship",
    topic: "hardship",
    scope: "lease",
    pair: "hardship",
    title: "Help if you can't make lease payments",
    questions: [
      "I lost my job and can't pay my lease",
      "I can't afford my lease payments",
      "What help is there if I'm struggling to pay my lease?",
      "I'm going through a hard time and can't pay my lease",
    ],
    answer:
      "Call us before your due date. We can move a payment, switch to a payment schedule that matches your income, or pause late fees for up to 60 days under a hardship plan. You can also return the item at any time to end the lease with nothing more owed but past due payments.",
  },
  {
    slug: "loan-hardship",
    topic: "hardship",
    scope: "loan",
    pair: "hardship",
    title: "Help if you can't make loan payments",
    questions: [
      "I lost my job and can't pay my loan",
      "I can't afford my loan payments",
      "What help is there if I'm struggling to pay my loan?",
      "I'm going through a hard time and can't pay my loan",
    ],
    answer:
      "Call us before your due date. Under a hardship plan we can defer up to two installments to the end of the loan, lower the payment for up to six months, or waive late fees. Interest keeps accruing on the balance; we explain the cost before you agree.",
  },
  {
    slug: "lease-defer-payment",
    topic: "hardship",
    scope: "lease",
    pair: "defer-payment",
    title: "Skipping or pushing back a lease payment",
    questions: [
      "Can I skip a lease payment?",
      "Can I push back my lease payment?",
      "Can I get an extension on my lease payment?",
      "Can I defer my lease payment?",
    ],
    answer:
      "Once every 6 months, if your lease is current, a representative can move one lease payment to the end of the lease. The total you pay does not change, and the ownership date moves back by one payment.",
  },
  {
    slug: "loan-defer-payment",
    topic: "hardship",
    scope: "loan",
    pair: "defer-payment",
    title: "Skipping or pushing back a loan payment",
    questions: [
      "Can I skip a loan payment?",
      "Can I push back my loan payment?",
      "Can I get an extension on my loan payment?",
      "Can I defer my loan payment?",
    ],
    answer:
      "Once every 12 months, if your loan is current, a representative can defer one installment to the end of the loan. Interest continues to accrue during the deferral, so the final payment will be larger; we tell you how much before you agree.",
  },
  {
    slug: "payment-arrangement",
    topic: "hardship",
    scope: "both",
    title: "Payment arrangements",
    questions: [
      "Can I set up a payment arrangement?",
      "Can I promise to pay on a later date?",
      "Can I make a payment plan for what I owe?",
      "Can I pay the past due amount in parts?",
    ],
    answer:
      "Yes. A representative can record a promise to pay the past due amount on a date within the next 30 days, or split it into up to four payments. While you keep the arrangement, we pause collection calls.",
  },
  {
    slug: "disaster-assistance",
    topic: "hardship",
    scope: "both",
    title: "After a natural disaster",
    questions: [
      "I was affected by a hurricane",
      "My home was damaged in a flood or fire",
      "Is there help for disaster victims?",
      "Can you pause payments after a disaster?",
    ],
    answer:
      "If you live in a federally declared disaster area, we can pause payments and late fees for up to 90 days and, for leases, replace or remove an item that was destroyed. Call us and tell us your ZIP code; no documents are needed to start.",
  },
  {
    slug: "military-scra",
    topic: "hardship",
    scope: "both",
    title: "Active-duty servicemembers",
    questions: [
      "I'm active duty military, what benefits do I get?",
      "Do you offer SCRA protections?",
      "I'm being deployed, what happens to my account?",
      "Is there a military rate?",
    ],
    answer:
      "Under the Servicemembers Civil Relief Act, costs on agreements made before active duty are capped at 6% a year, and you may end a lease early without penalty when deployed. Send us a copy of your orders through the app or by email to apply.",
  },
  {
    slug: "lease-bankruptcy",
    topic: "hardship",
    scope: "lease",
    pair: "bankruptcy",
    title: "Bankruptcy and your lease",
    questions: [
      "I filed for bankruptcy, what happens to my lease?",
      "Does bankruptcy end my lease?",
      "I'm filing chapter 7 and have a lease",
    ],
    answer:
      "Tell us your case number and your attorney's name; we stop collection calls at once. In bankruptcy you may keep the lease by continuing payments, or return the item. We follow your attorney's and the court's instructions.",
  },
  {
    slug: "loan-bankruptcy",
    topic: "hardship",
    scope: "loan",
    pair: "bankruptcy",
    title: "Bankruptcy and your loan",
    questions: [
      "I filed for bankruptcy, what happens to my loan?",
      "Does bankruptcy cancel my loan?",
      "I'm filing chapter 13 and have a loan",
    ],
    answer:
      "Tell us your case number and your attorney's name; we stop collection calls at once. What happens to the loan balance depends on the chapter and the court's orders; we do not contact you directly about the debt while the case is open.",
  },
  {
    slug: "customer-deceased",
    topic: "hardship",
    scope: "both",
    title: "When a customer has died",
    questions: [
      "My mother passed away and had an account with you",
      "How do I report a customer's death?",
      "What happens to a lease or loan when someone dies?",
      "My husband died, what do I do about his account?",
    ],
    answer: `We are sorry for your loss. Call ${SERVICE_PHONE} or email a copy of the death certificate; we stop all calls and letters right away. Family members are not responsible for the debt unless they co-signed; the estate's executor can return leased items or settle balances.`,
  },
  {
    slug: "medical-emergency",
    topic: "hardship",
    scope: "both",
    title: "During a medical emergency",
    questions: ["I'm in the hospital and can't pay", "I had surgery and can't work", "I have big medical bills and can't make payments"],
    answer:
      "Call us, or have an authorized person call for you. We can pause late fees and collection calls for up to 60 days while you recover and then set up a hardship plan that fits your income.",
  },
  {
    slug: "complaint-collections",
    topic: "hardship",
    scope: "both",
    title: "Disputing a past due balance",
    questions: [
      "I don't think I owe this amount",
      "I want to dispute my balance",
      "Your records of my payments are wrong",
      "I was charged for something I didn't owe",
    ],
    answer:
      "Tell us what you think is wrong, by phone, in the app or in writing. We pause collection of the disputed amount, review your payment records, and answer in writing within 30 days with what we found and any correction.",
  },
];
