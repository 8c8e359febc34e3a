// Seeded FAQ articles: making payments, and what a payment costs or needs.
import { MAIL_ADDRESS, SERVICE_PHONE, type SeedArticle } from "./types";

export const PAYMENT_ARTICLES: SeedArticle[] = [
  {
    slug: "lease-how-to-pay",
    topic: "payments",
    scope: "lease",
    pair: "how-to-pay",
    title: "Making a lease payment",
    questions: [
      "How do I make a lease payment?",
      "Where can I pay my lease?",
      "What are the ways to pay my lease?",
      "How do I pay for my lease-to-own item?",
    ],
    answer: `You can make a lease payment online at northwind.example or in the Northwind app, by phone at ${SERVICE_PHONE}, by mail, or at any partner store's service desk. Have your agreement number ready. Payments count toward your lease as soon as they post, and you own the item once every lease payment is made or you use the early purchase option.`,
  },
  {
    slug: "loan-how-to-pay",
    topic: "payments",
    scope: "loan",
    pair: "how-to-pay",
    title: "Making a loan payment",
    questions: [
      "How do I make a loan payment?",
      "Where can I pay my loan?",
      "What are the ways to pay my installment loan?",
      "How do I send my monthly loan payment?",
    ],
    answer: `You can make a loan payment online at northwind.example or in the Northwind app, by phone at ${SERVICE_PHONE}, or by mail. Each payment goes first to interest due, then to principal. Paying before the due date reduces the interest you pay, because interest accrues daily on your balance.`,
  },
  {
    slug: "payment-methods",
    topic: "payments",
    scope: "both",
    title: "Payment methods we accept",
    questions: [
      "What payment methods do you accept?",
      "Can I pay with a debit card?",
      "Do you take credit cards?",
      "Can I pay from my bank account?",
      "What forms of payment can I use?",
    ],
    answer:
      "We accept debit cards, bank account (ACH) payments, money orders and checks. Credit cards, prepaid cards and payment apps such as PayPal, Venmo, Cash App, Zelle, Apple Pay or Google Pay are not accepted for lease or loan payments. Cash is accepted only at partner store service desks that offer it.",
  },
  {
    slug: "pay-by-phone",
    topic: "payments",
    scope: "both",
    title: "Paying by phone",
    questions: [
      "Can I pay over the phone?",
      "Can I make a payment by calling?",
      "Is there a pay by phone number?",
      "Can a representative take my payment?",
    ],
    answer: `Yes. Call ${SERVICE_PHONE} and choose "make a payment" to pay with a debit card or bank account through the automated line at any hour, or speak with a representative during service hours. You will get a confirmation number at the end of the call.`,
  },
  {
    slug: "pay-online",
    topic: "payments",
    scope: "both",
    title: "Paying online or in the app",
    questions: [
      "How do I pay online?",
      "Can I pay in the app?",
      "How do I make a payment on the website?",
      "Where do I pay on northwind.example?",
    ],
    answer:
      "Sign in at northwind.example or in the Northwind app, choose your lease or loan, then Make a payment. You can pay with a saved debit card or bank account, or add a new one. Online payments made before 8 p.m. Eastern post the same day.",
  },
  {
    slug: "pay-by-mail",
    topic: "payments",
    scope: "both",
    title: "Mailing a payment",
    questions: [
      "Where do I mail my payment?",
      "What is the address to send a check?",
      "Can I pay by money order through the mail?",
      "Where do I send a check?",
    ],
    answer: `Mail checks or money orders payable to Northwind Lease & Loan to ${MAIL_ADDRESS}. Write your agreement number on the check. Allow 7 to 10 days for mail to arrive; a payment counts on the day we receive it, not the day you send it.`,
  },
  {
    slug: "pay-in-store",
    topic: "payments",
    scope: "both",
    title: "Paying in a store",
    questions: ["Can I pay with cash?", "Can I pay at the store?", "Where can I pay in person?", "Do you take cash payments?"],
    answer:
      "Some partner stores take payments at their service desk, including cash. Bring your agreement number. Ask the store for a receipt; the payment reaches your account the next business day. Our own offices do not take cash.",
  },
  {
    slug: "payment-posting-time",
    topic: "payments",
    scope: "both",
    title: "When a payment posts",
    questions: [
      "When will my payment post?",
      "How long does a payment take to show up?",
      "I paid but it isn't showing on my account",
      "Why doesn't my account show my payment yet?",
    ],
    answer:
      "Debit card and online payments made before 8 p.m. Eastern post the same day. Bank account payments post in 1 to 2 business days. Mailed payments post the day we receive them. If a payment has not appeared after 3 business days, call us with the confirmation number.",
  },
  {
    slug: "payment-receipt",
    topic: "payments",
    scope: "both",
    title: "Payment confirmations and receipts",
    questions: [
      "How do I get a receipt for my payment?",
      "Can I get a payment confirmation?",
      "Did you get my payment?",
      "Can you email me a receipt?",
    ],
    answer:
      "Every payment gets a confirmation number, shown on screen and sent by email or text if you have them on file. Your payment history in the app or at northwind.example lists every payment with its date and amount, and you can download a receipt for each.",
  },
  {
    slug: "lease-partial-payment",
    topic: "payments",
    scope: "lease",
    pair: "partial-payment",
    title: "Partial lease payments",
    questions: [
      "Can I make a partial payment on my lease?",
      "Can I pay part of my lease payment?",
      "Can I pay half my lease payment now and the rest later?",
    ],
    answer:
      "Yes. A partial lease payment is held as a credit toward your next payment, but your lease stays past due until the full payment amount is made. Pay the rest by the due date to keep your lease current.",
  },
  {
    slug: "loan-partial-payment",
    topic: "payments",
    scope: "loan",
    pair: "partial-payment",
    title: "Partial loan payments",
    questions: [
      "Can I make a partial payment on my loan?",
      "Can I pay part of my loan payment?",
      "What if I can only pay some of my loan installment?",
    ],
    answer:
      "Yes. A partial loan payment goes first to interest due, then to principal of the oldest unpaid installment. The installment stays past due until it is paid in full, and a late fee may apply after the grace period.",
  },
  {
    slug: "lease-pay-ahead",
    topic: "payments",
    scope: "lease",
    pair: "pay-ahead",
    title: "Paying ahead on a lease",
    questions: [
      "Can I pay ahead on my lease?",
      "Can I make extra lease payments?",
      "Can I pay two lease payments at once?",
      "Can I pay more than my lease payment?",
    ],
    answer:
      "Yes. Extra lease payments count toward future payments and move your next due date forward. Paying ahead also lowers your early purchase amount, because half of everything you have paid counts toward buying the item early.",
  },
  {
    slug: "loan-extra-payment",
    topic: "payments",
    scope: "loan",
    pair: "pay-ahead",
    title: "Extra payments on a loan",
    questions: [
      "Can I make extra payments on my loan?",
      "Will extra payments go to principal?",
      "Can I pay more than my monthly loan payment?",
      "Can I pay ahead on my loan?",
    ],
    answer:
      "Yes, and there is no prepayment penalty. Any amount above the installment due goes to principal, which lowers the interest you pay over the life of the loan. Extra payments do not skip your next due date; keep paying each installment.",
  },
  {
    slug: "third-party-payment",
    topic: "payments",
    scope: "both",
    title: "Someone else paying for me",
    questions: [
      "Can someone else make my payment?",
      "Can my mom pay my bill?",
      "Can a friend pay my account?",
      "Can another person pay for my lease or loan?",
    ],
    answer:
      "Yes. Anyone can pay toward your account with your agreement number, online, by phone or by mail. Paying does not give them access to your account details; to let someone discuss your account, add them as an authorized person.",
  },
  {
    slug: "payment-convenience-fee",
    topic: "payments",
    scope: "both",
    title: "Fees for paying",
    questions: [
      "Is there a fee to pay by card?",
      "Do you charge a fee for paying over the phone?",
      "Does it cost extra to pay online?",
      "Why was I charged a processing fee?",
    ],
    answer:
      "Paying online, in the app, by the automated phone line or by bank account is free. A payment taken by a representative over the phone has a $2.99 convenience fee where state law allows it. Mailed payments are free.",
  },
  {
    slug: "payment-duplicate",
    topic: "payments",
    scope: "both",
    title: "Paid twice or the wrong amount",
    questions: [
      "I paid twice by mistake",
      "I made a duplicate payment",
      "I paid the wrong amount",
      "Can I get back a payment I made by accident?",
    ],
    answer:
      "Tell us within 30 days. A duplicate payment can be refunded to the card or account it came from in 5 to 7 business days, or kept as a credit toward your next payment if you prefer. A representative can see both payments and fix it on the call.",
  },
  {
    slug: "lease-next-payment",
    topic: "payments",
    scope: "lease",
    pair: "next-payment",
    title: "Your next lease payment",
    questions: [
      "How much is my next lease payment?",
      "What is my lease payment amount?",
      "How much do I owe this week on my lease?",
      "What's my lease payment?",
    ],
    answer:
      "Your lease payment amount is on your lease agreement and in the app or at northwind.example under your lease. It stays the same for the whole lease; only a past due balance or a late fee adds to what is due.",
    template: "Your next lease payment of {{lease.nextPayment}} is due {{lease.nextDueDate}}.",
  },
  {
    slug: "loan-next-payment",
    topic: "payments",
    scope: "loan",
    pair: "next-payment",
    title: "Your next loan payment",
    questions: [
      "How much is my next loan payment?",
      "What is my monthly loan payment?",
      "How much do I owe this month on my loan?",
      "What's my loan installment amount?",
    ],
    answer:
      "Your monthly loan payment is on your loan agreement and in the app or at northwind.example under your loan. The installment amount is fixed; part of each goes to interest and the rest to principal.",
    template: "Your next loan payment of {{loan.nextPayment}} is due {{loan.nextDueDate}}.",
  },
  {
    slug: "payment-history",
    topic: "payments",
    scope: "both",
    title: "Seeing your payment history",
    questions: [
      "How can I see my payment history?",
      "Where can I see the payments I made?",
      "Can I get a list of my payments?",
      "How do I check past payments?",
    ],
    answer:
      "Your payment history is in the app and at northwind.example under Payments: every payment with its date, amount, method and confirmation number. A representative can also email you a payment history statement.",
  },
  {
    slug: "lease-returned-payment",
    topic: "payments",
    scope: "lease",
    pair: "returned-payment",
    title: "A lease payment that was returned",
    questions: [
      "My lease payment bounced",
      "What happens if my lease payment is returned for insufficient funds?",
      "My bank returned my lease payment",
      "Is there a fee if my lease payment bounces?",
    ],
    answer:
      "If your bank returns a lease payment, the payment is reversed and the lease is past due again. A returned payment fee of up to $15 applies where state law allows. Make the payment again with another method to bring your lease current.",
  },
  {
    slug: "loan-returned-payment",
    topic: "payments",
    scope: "loan",
    pair: "returned-payment",
    title: "A loan payment that was returned",
    questions: [
      "My loan payment bounced",
      "What happens if my loan payment is returned for insufficient funds?",
      "My bank returned my loan payment",
      "Is there a fee if my loan payment bounces?",
    ],
    answer:
      "If your bank returns a loan payment, it is reversed and the installment is unpaid again; interest keeps accruing on the balance. A returned payment fee of up to $15 applies where state law allows, and a late fee may follow if the installment stays unpaid past the grace period.",
  },
];
