// Seeded FAQ articles: identity and verification, the online account, contact details, addresses.
import { SERVICE_PHONE, type SeedArticle } from "./types";

export const ACCOUNT_ARTICLES: SeedArticle[] = [
  {
    slug: "identity-why-verify",
    topic: "identity",
    scope: "both",
    title: "Why we verify your identity",
    questions: [
      "Why do you need to verify my identity?",
      "Why do you keep asking who I am?",
      "Why do I have to answer security questions?",
      "Why do you need to confirm my identity?",
    ],
    answer:
      "Federal law requires us to confirm who we lend to or lease to, and verifying you before we discuss an account keeps anyone else from getting your information or changing your account.",
  },
  {
    slug: "identity-how-verify",
    topic: "identity",
    scope: "both",
    title: "How to verify your identity",
    questions: [
      "How do I verify my identity?",
      "How do I prove who I am?",
      "My identity couldn't be verified, what now?",
      "What do I do to get verified?",
    ],
    answer:
      "On the phone we ask for the last four digits of your Social Security number or your ZIP code, and may send a one-time code to the phone or email on file. If that fails, upload a photo ID in the app, or visit a partner store with your ID.",
  },
  {
    slug: "identity-theft",
    topic: "identity",
    scope: "both",
    title: "An account you did not open",
    questions: [
      "Someone opened an account in my name",
      "I think I'm a victim of identity theft",
      "There's a lease or loan I didn't open",
      "I don't recognize this account",
    ],
    answer: `Call us at ${SERVICE_PHONE} right away. We freeze the account, stop collection while we investigate, and ask you for an identity theft report from identitytheft.gov or a police report. We finish the investigation within 30 days and correct anything we reported.`,
  },
  {
    slug: "identity-ssn-why",
    topic: "identity",
    scope: "both",
    title: "Why we ask for your Social Security number",
    questions: [
      "Why do you need my Social Security number?",
      "Do I have to give my SSN?",
      "Is it safe to give you my social?",
      "Why do you ask for my social security number to apply?",
    ],
    answer:
      "We use your Social Security number to confirm your identity when you apply, as the law requires, and only its last four digits to verify you afterwards. It is stored encrypted, and our staff never see it in full. We will never ask for it by text or email.",
  },
  {
    slug: "identity-documents",
    topic: "identity",
    scope: "both",
    title: "ID documents we accept",
    questions: [
      "What ID do you accept?",
      "What documents can I use to verify?",
      "Can I use a passport to verify my identity?",
      "Is a state ID okay?",
    ],
    answer:
      "A current driver's license, state ID card, passport, or military ID. Upload a photo of the front and back in the app; we review it within one business day.",
  },
  {
    slug: "identity-name-change",
    topic: "identity",
    scope: "both",
    title: "Changing the name on your account",
    questions: [
      "How do I change my name on my account?",
      "I got married and changed my last name",
      "My name is spelled wrong on my account",
    ],
    answer:
      "Send us a photo of your ID with the new name, plus the marriage certificate or court order for a legal name change, through the app or by email. Spelling fixes need only the ID. We update your agreement records within 2 business days.",
  },
  {
    slug: "account-login",
    topic: "account",
    scope: "both",
    title: "Trouble signing in",
    questions: ["I can't log in to my account", "How do I reset my password?", "I forgot my password", "The app won't let me sign in"],
    answer:
      "Choose Forgot password on the sign-in screen of the app or northwind.example; we send a reset link to the email or phone on file. If you no longer have that email or phone, call us to verify your identity and update it.",
  },
  {
    slug: "account-locked-online",
    topic: "account",
    scope: "both",
    title: "A locked online account",
    questions: [
      "My online account is locked",
      "I got locked out after too many tries",
      "It says my account is locked",
      "How do I unlock my account?",
    ],
    answer:
      "After 5 wrong passwords the online account locks for 30 minutes. Wait, then reset your password with Forgot password. If it locks again, call us and we will unlock it after verifying who you are.",
  },
  {
    slug: "account-close",
    topic: "account",
    scope: "both",
    title: "Closing your account",
    questions: ["How do I close my account?", "I want to close my Northwind account", "Can I delete my account?", "Close my profile"],
    answer:
      "Your account can be closed once every lease and loan on it is paid in full, purchased or returned. Ask a representative; we confirm by email. We keep records as the law requires, and you can ask us to delete your online profile.",
  },
  {
    slug: "account-phone-change",
    topic: "account",
    scope: "both",
    title: "Updating your phone number",
    questions: [
      "How do I update my phone number?",
      "I have a new phone number",
      "Change the phone number on my account",
      "My number changed",
    ],
    answer:
      "Update it in the app or at northwind.example under Profile, or ask a representative after we verify you. We send a code to the new number to confirm it; texts go there from then on.",
  },
  {
    slug: "account-email-change",
    topic: "account",
    scope: "both",
    title: "Changing your email",
    questions: [
      "How do I change my email address?",
      "I have a new email",
      "Update my email on file",
      "Send my emails to a different address",
    ],
    answer:
      "Update it in the app or at northwind.example under Profile, or ask a representative after we verify you. We send a confirmation link to the new address; statements and receipts go there once you confirm.",
  },
  {
    slug: "privacy",
    topic: "account",
    scope: "neither",
    title: "How we protect your information",
    questions: [
      "How do you protect my information?",
      "What is your privacy policy?",
      "Do you sell my information?",
      "Who do you share my data with?",
    ],
    answer:
      "We never sell your personal information. We share it only to service your account, as the law requires, or with your consent, as our privacy notice explains. Staff see only what their role needs, and every access to your account is recorded.",
  },
  {
    slug: "authorized-person",
    topic: "account",
    scope: "both",
    title: "Letting someone else discuss your account",
    questions: [
      "Can my spouse call about my account?",
      "Can I add someone to my account?",
      "Can my daughter talk to you for me?",
      "How do I authorize someone to speak for me?",
    ],
    answer:
      "Yes. Call with the person present, or sign the authorized person form in the app, and we add them by name. They can then discuss your account and make payments, but cannot sign new agreements for you.",
  },
  {
    slug: "address-change",
    topic: "address",
    scope: "both",
    title: "Changing your address",
    questions: [
      "How do I change my address?",
      "I need to update my address",
      "I have a new mailing address",
      "Where do I change my home address?",
    ],
    answer:
      "Update your address in the app or at northwind.example under Profile, or tell a representative after we verify you. Letters and statements go to the new address from the next business day.",
  },
  {
    slug: "lease-moving",
    topic: "address",
    scope: "lease",
    pair: "moving",
    title: "Moving with a leased item",
    questions: [
      "I'm moving, can I take my leased item with me?",
      "Can I move my lease item to my new place?",
      "Do I have to tell you if I move with my lease?",
    ],
    answer:
      "Yes, you may take it with you. Tell us your new address before you move, because Northwind owns the item until the lease is complete. Moving to New Jersey, where we do not offer leases, means buying the item out or returning it first.",
  },
  {
    slug: "loan-moving",
    topic: "address",
    scope: "loan",
    pair: "moving",
    title: "Moving while you have a loan",
    questions: [
      "I'm moving, does it affect my loan?",
      "Do I have to tell you if I move while I have a loan?",
      "I'm moving to another state, what happens to my loan?",
    ],
    answer:
      "Your loan terms do not change when you move, even to another state. Update your address so statements and notices reach you; the item bought with a purchase loan still secures the loan wherever it is.",
  },
  {
    slug: "delivery-address",
    topic: "address",
    scope: "both",
    title: "Delivering to another address",
    questions: ["Can you deliver to a different address?", "Can my order ship to my work?", "Change the delivery address on my order"],
    answer:
      "Yes, before the order ships: call us or change it in the app under Orders. For your security, a new delivery address may need a code sent to the phone on file.",
  },
  {
    slug: "contact-preferences",
    topic: "account",
    scope: "both",
    title: "How we contact you",
    questions: [
      "Can you only text me?",
      "How do I change how you contact me?",
      "I prefer email instead of calls",
      "What time will you call me?",
    ],
    answer:
      "Set your preferred channel and time in the app under Profile, or ask a representative. We contact you that way when we can; some legal notices must go by mail or email.",
  },
];
