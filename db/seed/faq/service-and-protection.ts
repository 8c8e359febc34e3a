// Seeded FAQ articles: damage, theft and protection; documents and taxes; customer service; loyalty.
import { MAIL_ADDRESS, SERVICE_HOURS, SERVICE_PHONE, type SeedArticle } from "./types";

export const SERVICE_ARTICLES: SeedArticle[] = [
  {
    slug: "lease-item-broken",
    topic: "protection",
    scope: "lease",
    pair: "item-broken",
    title: "A leased item that stopped working",
    questions: [
      "My leased item broke, who fixes it?",
      "My leased TV stopped working",
      "Do you repair lease items?",
      "The couch I'm leasing is damaged",
    ],
    answer:
      "Because Northwind owns the item during the lease, we arrange repair or replacement at no cost for defects and normal wear; call us or report it in the app. Damage beyond normal wear is covered only with the lease protection plan.",
  },
  {
    slug: "loan-item-broken",
    topic: "protection",
    scope: "loan",
    pair: "item-broken",
    title: "An item bought with a loan that stopped working",
    questions: [
      "The item I bought with my loan broke",
      "My loan purchase stopped working",
      "Who fixes something I bought with a loan?",
      "Do I still have to pay if the item broke?",
    ],
    answer:
      "Repairs go through the store or the manufacturer's warranty, because you own the item. Your loan payments continue while it is repaired. If the store refunds or replaces it under warranty, a refund is applied to your loan.",
  },
  {
    slug: "lease-protection-plan",
    topic: "protection",
    scope: "lease",
    title: "The lease protection plan",
    questions: [
      "What is the lease protection plan?",
      "What does the damage waiver cover?",
      "Do I need insurance on my leased item?",
      "Can I cancel the protection plan?",
    ],
    answer:
      "The optional lease protection plan covers accidental damage, theft, fire and flood, for a weekly fee shown in your agreement. With it, a covered item is repaired or replaced and you owe nothing beyond the plan's fee. You may cancel it at any time.",
  },
  {
    slug: "lease-item-stolen",
    topic: "protection",
    scope: "lease",
    pair: "item-stolen",
    title: "A leased item that was stolen",
    questions: ["My leased item was stolen", "Someone broke in and took my leased TV", "What if my lease item is stolen?"],
    answer:
      "Report the theft to the police and send us the report number within 10 days. With the lease protection plan, the lease is settled and you owe only past due payments; without it, you owe the early purchase amount.",
  },
  {
    slug: "loan-item-stolen",
    topic: "protection",
    scope: "loan",
    pair: "item-stolen",
    title: "An item bought with a loan that was stolen",
    questions: [
      "The item I bought with my loan was stolen",
      "Someone stole what I bought with my loan",
      "Do I still owe my loan if the item was stolen?",
    ],
    answer:
      "You still owe the loan balance, because the loan is not tied to keeping the item. Report the theft to the police and to your home or renter's insurer, whose payment you may use to pay off the loan.",
  },
  {
    slug: "manufacturer-warranty",
    topic: "protection",
    scope: "both",
    title: "Manufacturer warranties",
    questions: ["Does my item have a warranty?", "How do I use the manufacturer's warranty?", "Who handles warranty claims?"],
    answer:
      "Items keep the manufacturer's warranty; the details are in the box and on the store's site. For a leased item, call us and we handle the claim; for an item you own, contact the manufacturer with your order receipt from the app.",
  },
  {
    slug: "agreement-copy",
    topic: "documents",
    scope: "both",
    title: "A copy of your agreement",
    questions: [
      "How do I get a copy of my agreement?",
      "Can you send me my contract?",
      "Where can I find my lease or loan agreement?",
      "I need a copy of what I signed",
    ],
    answer:
      "Every signed agreement is in the app and at northwind.example under Documents, with the signature record. A representative can also email a copy to the address on file.",
  },
  {
    slug: "statements",
    topic: "documents",
    scope: "both",
    title: "Account statements",
    questions: [
      "How do I get a statement?",
      "Do you send monthly statements?",
      "Can I get a statement of my account?",
      "I need a statement for my records",
    ],
    answer:
      "Monthly statements are in the app and at northwind.example under Documents, and emailed if you chose paperless. You can ask for a paper statement by mail at no charge.",
  },
  {
    slug: "lease-taxes",
    topic: "documents",
    scope: "lease",
    pair: "taxes",
    title: "Taxes on lease payments",
    questions: ["Do I pay sales tax on my lease payments?", "Why is tax added to my lease payment?", "Can I get a tax form for my lease?"],
    answer:
      "Most states charge sales tax on each lease payment rather than on the cash price; the tax is shown on every receipt. Lease payments for personal use are not tax deductible, so we do not send a tax form.",
  },
  {
    slug: "loan-taxes",
    topic: "documents",
    scope: "loan",
    pair: "taxes",
    title: "Taxes and your loan",
    questions: ["Do you send a tax form for my loan?", "Is my loan interest tax deductible?", "Do I get a 1098 for my loan?"],
    answer:
      "Consumer loan interest is not tax deductible, so we do not send a 1098. Your annual statement lists the interest you paid if you need it for your records. Sales tax was paid to the store when you bought the item.",
  },
  {
    slug: "service-hours",
    topic: "service",
    scope: "neither",
    title: "Customer service hours",
    questions: ["What are your hours?", "When is customer service open?", "Are you open on Sunday?", "What time do you close?"],
    answer: `Representatives are available ${SERVICE_HOURS} at ${SERVICE_PHONE}. The automated phone line, the app and northwind.example take payments at any hour.`,
  },
  {
    slug: "talk-to-person",
    topic: "service",
    scope: "neither",
    title: "Talking to a person",
    questions: [
      "How do I talk to a real person?",
      "Can I speak to a representative?",
      "I want to talk to someone",
      "How do I reach customer service?",
    ],
    answer: `Say "representative" or press 0 at any time on the phone line and we connect you during service hours, ${SERVICE_HOURS}. You can also chat in the app or ask for a callback.`,
  },
  {
    slug: "complaint",
    topic: "service",
    scope: "neither",
    title: "Making a complaint",
    questions: [
      "How do I file a complaint?",
      "I want to make a complaint",
      "I'm not happy with how I was treated",
      "Can I speak to a supervisor?",
    ],
    answer: `Tell any representative, ask for a supervisor, or write to ${MAIL_ADDRESS}. We acknowledge complaints within 2 business days and answer in writing within 15. You may also contact your state regulator or the Consumer Financial Protection Bureau.`,
  },
  {
    slug: "spanish-service",
    topic: "service",
    scope: "neither",
    title: "Service in Spanish",
    questions: [
      "Do you have Spanish speaking representatives?",
      "Can I get help in Spanish?",
      "Hablan español?",
      "Can my agreement be in Spanish?",
    ],
    answer:
      "Yes. Press 2 on the phone line or ask for Spanish and a Spanish-speaking representative helps you. Agreements, statements and the app are available in Spanish; set your language in the app under Profile.",
  },
  {
    slug: "stop-contact",
    topic: "service",
    scope: "both",
    title: "Stopping calls or texts",
    questions: ["Stop calling me", "How do I stop the text messages?", "I want to opt out of texts", "Please stop contacting me"],
    answer:
      "Reply STOP to any text to stop texts, or tell us which calls, texts or emails to stop. We still send notices the law requires, and we may contact you about a past due account in the ways you have not opted out of.",
  },
  {
    slug: "callback-request",
    topic: "service",
    scope: "neither",
    title: "Asking for a callback",
    questions: ["Can someone call me back?", "Can I schedule a callback?", "I don't want to wait on hold, can you call me?"],
    answer:
      "Yes. On the phone line, choose a callback instead of waiting, or ask for one in the app; a representative calls you back at the time you pick during service hours, from the number on our website.",
  },
  {
    slug: "mailing-address",
    topic: "service",
    scope: "neither",
    title: "Our mailing address",
    questions: ["What is your mailing address?", "Where do I send letters?", "What's your address for correspondence?"],
    answer: `Send letters and documents to ${MAIL_ADDRESS}. Payments go to the same address; write your agreement number on every page.`,
  },
  {
    slug: "scam-messages",
    topic: "service",
    scope: "neither",
    title: "Is this message really from Northwind",
    questions: [
      "Is this text really from you?",
      "I got a suspicious message asking for my card",
      "Someone called asking for my code, was it you?",
      "How do I know a call is from Northwind?",
    ],
    answer:
      "Northwind never asks for your full Social Security number, card PIN, password or a one-time code by phone, text or email. If in doubt, hang up and call the number on northwind.example. Forward suspicious texts to 7726 and emails to fraud@northwind.example.",
  },
  {
    slug: "loyalty-points",
    topic: "loyalty",
    scope: "neither",
    title: "Loyalty points",
    questions: [
      "How do I earn loyalty points?",
      "How do I use my points?",
      "How many points do I have?",
      "What can I get with my rewards points?",
    ],
    answer:
      "You earn 10 points for every on-time payment and 100 for finishing an agreement. Points are in the app under Rewards and can be used for discounts on delivery and on your next order's first payment.",
  },
  {
    slug: "loyalty-tiers",
    topic: "loyalty",
    scope: "neither",
    title: "Loyalty tiers",
    questions: ["What are the loyalty tiers?", "How do I get to gold?", "What are the benefits of platinum?", "What tier am I in?"],
    answer:
      "Tiers go bronze, silver, gold and platinum, by points earned in the last 12 months. Higher tiers add free delivery, a faster approval review and a dedicated phone line. Your tier and the points to the next one are in the app.",
  },
];
