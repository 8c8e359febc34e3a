// Seeded FAQ articles: applying and approval, what can be financed, orders, signing, delivery.
import type { SeedArticle } from "./types";

export const ORDER_AND_APPLY_ARTICLES: SeedArticle[] = [
  {
    slug: "apply-how",
    topic: "apply",
    scope: "neither",
    title: "How to apply",
    questions: ["How do I apply?", "How do I get approved?", "Where do I sign up?", "How do I start an application?"],
    answer:
      "Apply at northwind.example, in the Northwind app, or at a partner store's checkout. It takes about five minutes; you need a government ID, a bank account, and income of at least $1,000 a month. Most decisions come in seconds.",
  },
  {
    slug: "lease-vs-loan",
    topic: "apply",
    scope: "neither",
    title: "The difference between a lease and a loan",
    questions: [
      "What is the difference between a lease and a loan?",
      "Should I get a lease or a loan?",
      "Is a lease better than a loan?",
      "How is lease to own different from financing?",
    ],
    answer:
      "With a lease-to-own agreement we own the item and you make lease payments; you may return it any time, and you own it after the last payment or the early purchase option. With a loan you own the item from the start and repay the amount plus interest at a fixed APR; returning the item does not end the loan. Which you are offered depends on the item, your state and your application.",
  },
  {
    slug: "apply-declined",
    topic: "apply",
    scope: "neither",
    title: "Why an application was declined",
    questions: ["Why was my application declined?", "Why was I denied?", "Why didn't I get approved?", "My application was rejected, why?"],
    answer:
      "We send the main reasons for a decision by email within 30 days, with the name of any consumer reporting agency whose report we used; you may ask that agency for a free copy. You can apply again after 30 days.",
  },
  {
    slug: "approval-limit",
    topic: "apply",
    scope: "both",
    title: "Your approval amount",
    questions: ["How much am I approved for?", "What is my spending limit?", "What is my approval amount?", "How much can I spend?"],
    answer:
      "Your approval amount is in the app and at northwind.example on your home screen. It is the most a new order can total, tax and delivery included, and it shrinks while you have open agreements.",
  },
  {
    slug: "approval-increase",
    topic: "apply",
    scope: "both",
    title: "A higher approval amount",
    questions: [
      "Can I get a higher limit?",
      "How do I increase my approval amount?",
      "Can you raise my spending limit?",
      "Why didn't my limit go up?",
    ],
    answer:
      "We review approval amounts after six on-time months. You can ask for a review in the app; we may ask for recent income. Paying on time and finishing an agreement are what raise an approval amount most.",
  },
  {
    slug: "apply-requirements",
    topic: "apply",
    scope: "neither",
    title: "What you need to apply",
    questions: [
      "What do I need to apply?",
      "What are the requirements?",
      "Do I need a bank account to apply?",
      "How old do I have to be to apply?",
    ],
    answer:
      "You must be 18 or older (19 in Alabama and Nebraska), live in a state we serve, and have a government ID, a Social Security number or ITIN, an active checking account, and regular income of at least $1,000 a month.",
  },
  {
    slug: "apply-credit-impact",
    topic: "apply",
    scope: "neither",
    title: "Whether applying affects your credit",
    questions: [
      "Will applying hurt my credit score?",
      "Do you do a hard pull?",
      "Does checking my approval affect my credit?",
      "Do you check credit when I apply?",
    ],
    answer:
      "Applying uses a soft inquiry, which does not affect your credit score. If you accept a loan, we make a hard inquiry at signing, which can lower your score slightly. We review every application on income, banking history and consumer reports.",
  },
  {
    slug: "second-agreement",
    topic: "apply",
    scope: "both",
    title: "A second agreement",
    questions: [
      "Can I get a second lease?",
      "Can I have two loans?",
      "Can I buy something else while I'm still paying?",
      "Can I open another agreement?",
    ],
    answer:
      "Yes, if your current agreements are in good standing and the new order fits within your remaining approval amount. Each order gets its own agreement, payments and due dates.",
  },
  {
    slug: "cosigner",
    topic: "apply",
    scope: "neither",
    title: "Co-signers",
    questions: ["Can I have a co-signer?", "Can someone co-sign with me?", "Can my husband and I apply together?"],
    answer:
      "We do not take co-signers or joint applications; each agreement is with one person. Another person can still help by making payments with your agreement number.",
  },
  {
    slug: "state-availability",
    topic: "apply",
    scope: "neither",
    title: "Where we offer leases and loans",
    questions: [
      "Is Northwind available in my state?",
      "Do you offer leases in New Jersey?",
      "Which states do you serve?",
      "Can I get a loan in my state?",
    ],
    answer:
      "Loans are offered in every state we serve, within each state's limits; lease-to-own agreements everywhere except New Jersey. Where one product is not available, the other may be; the application tells you what your state allows.",
  },
  {
    slug: "lease-eligible-items",
    topic: "orders",
    scope: "lease",
    pair: "eligible-items",
    title: "What can be leased",
    questions: ["What can I lease?", "Can I lease a gift card?", "What items can I get with a lease?", "Can I lease a service plan?"],
    answer:
      "Leases cover durable goods we can own while you lease them: furniture, appliances, electronics, computers, mattresses, jewelry and tires. Gift cards, service plans and consumables cannot be leased.",
  },
  {
    slug: "loan-eligible-items",
    topic: "orders",
    scope: "loan",
    pair: "eligible-items",
    title: "What a loan can pay for",
    questions: [
      "What can I buy with a loan?",
      "Can I use my loan for a gift card?",
      "Can a loan pay for a service plan?",
      "What items can I get with a loan?",
    ],
    answer:
      "A purchase loan can pay for goods and services from a named store, including service plans and consumables. It cannot pay for gift cards or other cash equivalents. A direct-deposit loan's money is yours to use.",
  },
  {
    slug: "order-status",
    topic: "orders",
    scope: "both",
    title: "Where your order is",
    questions: ["Where is my order?", "What's the status of my order?", "Has my order shipped?", "How do I track my order?"],
    answer:
      "Order status and tracking are in the app and at northwind.example under Orders: placed, awaiting signature, funded, shipped and delivered. Tracking numbers appear once the store ships.",
  },
  {
    slug: "delivery-time",
    topic: "orders",
    scope: "both",
    title: "How long delivery takes",
    questions: ["How long does delivery take?", "When will my item arrive?", "My order hasn't arrived yet", "How long does shipping take?"],
    answer:
      "Most stores ship within 2 to 5 business days after your agreement is signed, and furniture or appliance delivery is scheduled with you. If your order is more than 5 days past its estimated date, call us and we will chase the store.",
  },
  {
    slug: "personal-shopper",
    topic: "orders",
    scope: "both",
    title: "The personal shopper program",
    questions: [
      "What is the personal shopper program?",
      "Can you buy something for me from another store?",
      "Can I send you a link to what I want?",
      "How does personal shopping work?",
    ],
    answer:
      "Send us a link to what you want from any store, or call and describe it. A representative builds the order, we offer a lease or a loan depending on the item, you sign by text or email, and we buy it for you and track it like any order.",
  },
  {
    slug: "sign-agreement",
    topic: "orders",
    scope: "both",
    title: "Signing your agreement",
    questions: [
      "How do I sign my agreement?",
      "Where is the link to sign?",
      "I need to sign my lease or loan agreement",
      "How does electronic signing work?",
    ],
    answer:
      "We text or email a signing link to the phone or email on file. Open it, read the agreement, ask for a one-time code, then type the code and your name. Nobody from Northwind can sign for you, and we will never ask you for the code.",
  },
  {
    slug: "signing-code-missing",
    topic: "orders",
    scope: "both",
    title: "A signing code that did not arrive",
    questions: ["I didn't get the signing code", "The code to sign never came", "Where is my one time code?", "Can you resend the code?"],
    answer:
      "Codes go to the phone or email on file and arrive within a minute. You can ask for a new one after 30 seconds, up to five times per link. Check spam folders, and that your phone can receive texts from short codes.",
  },
  {
    slug: "signing-link-expired",
    topic: "orders",
    scope: "both",
    title: "An expired signing link",
    questions: ["My signing link expired", "The link to sign says it's no longer valid", "Can you send a new signing link?"],
    answer: "Signing links work for 3 days and only once. Ask a representative to send a new one; your order stays open while you sign.",
  },
  {
    slug: "partner-stores",
    topic: "orders",
    scope: "both",
    title: "Stores that accept Northwind",
    questions: [
      "Which stores accept Northwind?",
      "Where can I use my approval?",
      "Can I use Northwind at Best Buy?",
      "What stores take your payment method?",
    ],
    answer:
      "Partner stores show Northwind at checkout online and in store; the full list is in the app under Shop. For stores that are not partners, the personal shopper program can buy for you.",
  },
  {
    slug: "order-add-item",
    topic: "orders",
    scope: "both",
    title: "Adding to an order",
    questions: ["Can I add an item to my order?", "I forgot something, can I add it?", "Can I change what I ordered?"],
    answer:
      "Before you sign the agreement, a representative can add or remove items within your approval amount. After signing, a new item needs its own order.",
  },
  {
    slug: "lease-add-item",
    topic: "orders",
    scope: "lease",
    title: "Adding an item to an existing lease",
    questions: ["Can I add an item to my current lease?", "Can I put another item on my lease?", "Can I add a TV to my lease?"],
    answer:
      "A new item starts its own lease, with its own payment and schedule, if your current lease is in good standing and the new item fits within your approval amount.",
  },
  {
    slug: "lease-upgrade",
    topic: "orders",
    scope: "lease",
    title: "Upgrading a leased item",
    questions: ["Can I upgrade my leased item?", "Can I trade in my item for a newer one?", "Can I swap my TV for a bigger one?"],
    answer:
      "After six on-time months you can return your current item and start a new lease on an upgraded one, with 25% of the lease payments you made credited to the new lease. A representative can quote it.",
  },
  {
    slug: "price-changed",
    topic: "orders",
    scope: "both",
    title: "The store's price changed",
    questions: [
      "The price at the store changed",
      "The item costs less now, can I get the difference?",
      "The price went up before my order was placed",
    ],
    answer:
      "If the store's price drops before your order ships, we can lower the order and your agreement to match. If it rose, we ask you before placing the order at the new price.",
  },
];
