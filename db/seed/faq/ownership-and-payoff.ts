// Seeded FAQ articles: owning a leased item (early purchase, cost of leasing) and paying off a loan.
import type { SeedArticle } from "./types";

export const OWNERSHIP_AND_PAYOFF_ARTICLES: SeedArticle[] = [
  {
    slug: "lease-early-purchase-option",
    topic: "early-purchase",
    scope: "lease",
    title: "The early purchase option",
    questions: [
      "What is the early purchase option?",
      "Can I buy my item early?",
      "How does the early buyout work?",
      "Can I own my leased item before the end of the lease?",
    ],
    answer:
      "The early purchase option lets you own the item before all lease payments are made. The early purchase amount is 110% of the cash price minus half of the lease payments you have made so far, so it shrinks with every payment. Pay it in one payment and the item is yours.",
  },
  {
    slug: "lease-early-purchase-amount",
    topic: "early-purchase",
    scope: "lease",
    title: "Your early purchase amount",
    questions: [
      "How much to buy out my lease?",
      "What is my early purchase amount?",
      "How much would it cost to own it today?",
      "What's my buyout amount?",
      "How much do I need to pay off my lease?",
    ],
    answer:
      "Your early purchase amount is 110% of the item's cash price minus half of the lease payments you have made. The app and northwind.example show today's amount under your lease, and a representative can quote it.",
    template: "Your early purchase amount today is {{lease.earlyPurchase}}. Pay it in one payment and the item is yours.",
  },
  {
    slug: "lease-how-to-buy-out",
    topic: "early-purchase",
    scope: "lease",
    title: "Using the early purchase option",
    questions: [
      "How do I buy out my lease?",
      "How do I use the early purchase option?",
      "I want to buy my item now, what do I do?",
      "How do I pay my buyout?",
    ],
    answer:
      "Ask for the early purchase amount in the app, at northwind.example or from a representative, then pay it in one payment by debit card, bank account or money order. Once it posts, the lease ends, the item is yours, and we email you a proof of ownership letter.",
  },
  {
    slug: "lease-same-as-cash",
    topic: "early-purchase",
    scope: "lease",
    title: "The 90-day same-as-cash option",
    questions: [
      "What is the 90 day same as cash option?",
      "Do you have 90 days same as cash?",
      "If I pay it off in 90 days do I only pay the cash price?",
      "How does the 90 day option work?",
    ],
    answer:
      "If you use the early purchase option within 90 days of your lease start date, you pay only the cash price plus a $25 processing fee, less the lease payments you have made. After 90 days the standard early purchase amount applies.",
  },
  {
    slug: "lease-ownership",
    topic: "early-purchase",
    scope: "lease",
    pair: "ownership",
    title: "When a leased item becomes yours",
    questions: [
      "When do I own my item?",
      "Do I own the item I'm leasing?",
      "Who owns the item during the lease?",
      "When does the lease item become mine?",
    ],
    answer:
      "Northwind owns the item during the lease. It becomes yours when you make every lease payment in your agreement, or earlier when you use the early purchase option. Until then you may return it at any time and end the lease.",
  },
  {
    slug: "loan-ownership",
    topic: "early-purchase",
    scope: "loan",
    pair: "ownership",
    title: "Owning what you bought with a loan",
    questions: [
      "Do I own the item I bought with my loan?",
      "Who owns the item I financed with a loan?",
      "Is there a lien on my purchase?",
      "When do I own what I bought with the loan?",
    ],
    answer:
      "You own what you buy with a purchase loan from the day of purchase. The item secures the loan until it is paid off, so it should not be sold before then. You owe the loan balance even if the item is lost or damaged.",
  },
  {
    slug: "lease-buy-one-item",
    topic: "early-purchase",
    scope: "lease",
    title: "Buying out one item of several",
    questions: [
      "Can I buy out just one item on my lease?",
      "I have two items on my lease, can I buy one?",
      "Can I return one item and keep the other?",
    ],
    answer:
      "Yes. A representative can split a lease with several items: you can use the early purchase option on one item, or return one item and keep leasing the others. Your lease payment changes to match what you keep.",
  },
  {
    slug: "lease-proof-of-ownership",
    topic: "early-purchase",
    scope: "lease",
    pair: "paid-in-full",
    title: "Proof of ownership after a lease",
    questions: [
      "How do I get proof that I own my item?",
      "I made my last lease payment, what now?",
      "Can I get a paid in full letter for my lease?",
      "Do I get a title after my lease ends?",
    ],
    answer:
      "When your last lease payment or early purchase payment posts, we email a proof of ownership letter within 3 business days, and it is in the app under Documents. The item is yours; nothing more is owed.",
  },
  {
    slug: "lease-total-cost",
    topic: "early-purchase",
    scope: "lease",
    title: "Why a lease costs more than the cash price",
    questions: [
      "Why is my lease total more than the price of the item?",
      "Why do I pay more with a lease?",
      "What is the total cost of my lease?",
      "Why does leasing cost more than buying?",
    ],
    answer:
      "The total of lease payments covers the item and the cost of leasing it: you can return it at any time without owing more, and delivery and service are included. The total cost and the cash price are both in your lease agreement, and the early purchase option lets you own it for less.",
  },
  {
    slug: "lease-cost-of-leasing",
    topic: "early-purchase",
    scope: "lease",
    title: "What a lease costs, instead of a rate",
    questions: [
      "What is the interest rate on my lease?",
      "What is my APR on my lease?",
      "How much interest am I paying on my lease?",
      "Is there interest on a lease?",
    ],
    answer:
      "A lease is not credit, so there is no rate to quote. What the lease costs is the total of lease payments in your agreement compared with the cash price. To own the item for less, use the early purchase option.",
  },
  {
    slug: "lease-payments-left",
    topic: "early-purchase",
    scope: "lease",
    title: "Lease payments left",
    questions: [
      "How many payments are left on my lease?",
      "How much longer is my lease?",
      "When will my lease be paid off?",
      "How many more lease payments do I have?",
    ],
    answer:
      "Your lease agreement lists the number of lease payments; the app and northwind.example show how many you have made and how many are left. The early purchase option can end the lease sooner.",
    template: "You have {{lease.paymentsLeft}} lease payments left. Your next one of {{lease.nextPayment}} is due {{lease.nextDueDate}}.",
  },
  {
    slug: "loan-payoff-amount",
    topic: "payoff",
    scope: "loan",
    title: "Your loan payoff amount",
    questions: [
      "What is my loan payoff amount?",
      "How much do I need to pay off my loan?",
      "How much to pay the loan off today?",
      "Can I get a payoff quote?",
    ],
    answer:
      "Your payoff amount is the principal balance plus interest accrued up to the day you pay. It is in the app and at northwind.example under your loan, good through the date shown; a representative can quote it on the phone.",
    template:
      "Your loan's principal balance today is {{loan.payoff}}. The payoff amount adds the interest accrued since your last payment; a representative can quote it to the penny.",
  },
  {
    slug: "loan-early-payoff",
    topic: "payoff",
    scope: "loan",
    title: "Paying off a loan early",
    questions: [
      "How do I pay off my loan early?",
      "Can I pay my loan off early?",
      "I want to pay off the whole loan",
      "Can I close my loan by paying it off?",
    ],
    answer:
      "Get your payoff amount in the app, at northwind.example or from a representative, then pay it in one payment by bank account, debit card or certified funds. There is no prepayment penalty, and you pay interest only up to the payoff date.",
  },
  {
    slug: "loan-prepayment-penalty",
    topic: "payoff",
    scope: "loan",
    title: "Prepayment penalty",
    questions: [
      "Is there a prepayment penalty?",
      "Will I be charged for paying my loan early?",
      "Is there a fee to pay off my loan early?",
      "Do you penalize early payoff?",
    ],
    answer:
      "No. Northwind loans have no prepayment penalty. Paying early or paying extra lowers the interest you pay, because interest accrues only on the principal still owed.",
  },
  {
    slug: "loan-payoff-letter",
    topic: "payoff",
    scope: "loan",
    pair: "paid-in-full",
    title: "Paid-in-full letter for a loan",
    questions: [
      "How do I get a paid in full letter for my loan?",
      "Can I get a letter saying my loan is paid off?",
      "I paid off my loan, what now?",
      "How do I get a lien release?",
    ],
    answer:
      "When your final loan payment posts, we send a paid-in-full letter by email within 3 business days and release any security interest in the item bought with the loan. The letter is also in the app under Documents.",
  },
  {
    slug: "loan-apr",
    topic: "payoff",
    scope: "loan",
    title: "Your loan's APR",
    questions: [
      "What is my APR?",
      "What is the interest rate on my loan?",
      "How much interest am I paying on my loan?",
      "What's my loan rate?",
    ],
    answer:
      "Your annual percentage rate (APR) is on your loan agreement's Truth in Lending disclosure, with the finance charge and total of payments. The rate is fixed for the life of the loan and never above what your state allows.",
    template: "Your loan's annual percentage rate is {{loan.apr}}, fixed for the life of the loan.",
  },
  {
    slug: "loan-interest-calculation",
    topic: "payoff",
    scope: "loan",
    title: "How loan interest is calculated",
    questions: [
      "How is interest calculated on my loan?",
      "Why is so much of my payment going to interest?",
      "Is the interest simple or compound?",
      "How does daily interest work?",
    ],
    answer:
      "Interest is simple interest accrued daily on the principal you still owe. Each payment goes first to interest accrued since the last payment, then to principal. Early in the loan more of each payment is interest; paying early or extra lowers it.",
  },
  {
    slug: "loan-balance",
    topic: "payoff",
    scope: "loan",
    title: "Your loan balance",
    questions: [
      "What is my loan balance?",
      "How much do I still owe on my loan?",
      "What's left on my loan?",
      "How much principal is left?",
    ],
    answer:
      "Your principal balance is in the app and at northwind.example under your loan, updated when each payment posts. The payoff amount adds the interest accrued since your last payment.",
    template:
      "You still owe {{loan.payoff}} in principal on your loan. Your next payment of {{loan.nextPayment}} is due {{loan.nextDueDate}}.",
  },
  {
    slug: "loan-payments-left",
    topic: "payoff",
    scope: "loan",
    title: "Loan payments left",
    questions: [
      "How many payments are left on my loan?",
      "When will my loan be paid off?",
      "How many more months on my loan?",
      "When is my last loan payment?",
    ],
    answer:
      "Your loan's payment schedule lists every installment; the app and northwind.example show how many are left and the date of the last one. Extra payments can end the loan sooner.",
    template: "You have {{loan.paymentsLeft}} loan payments left. Your next one of {{loan.nextPayment}} is due {{loan.nextDueDate}}.",
  },
  {
    slug: "loan-balance-not-moving",
    topic: "payoff",
    scope: "loan",
    title: "Why the balance went down so little",
    questions: [
      "Why didn't my loan balance go down?",
      "I made a payment but my balance barely changed",
      "Why does my principal go down so slowly?",
    ],
    answer:
      "Each payment first covers the interest accrued since the previous payment; only the rest lowers the principal. A late payment leaves more interest to cover. The payment schedule in your agreement shows how each installment splits.",
  },
  {
    slug: "loan-deposit-timing",
    topic: "payoff",
    scope: "loan",
    title: "When loan money is deposited",
    questions: [
      "When will I get my loan money?",
      "When will the funds be deposited?",
      "How long does direct deposit of my loan take?",
      "I haven't received my loan deposit",
    ],
    answer:
      "A direct-deposit loan is sent to your bank account the business day after you sign the loan agreement; most banks make it available within 1 to 2 business days. If 3 business days have passed, call us and we will trace it.",
  },
  {
    slug: "loan-deposit-account",
    topic: "payoff",
    scope: "loan",
    title: "Which account your loan went to",
    questions: [
      "Which bank account did my loan go to?",
      "Where was my loan deposited?",
      "What account did you send my money to?",
      "Can you tell me the account my loan was paid into?",
    ],
    answer:
      "A direct-deposit loan goes to the bank account you named in your application. For your security we only give its last four digits, after we verify who you are.",
    template: "Your loan was deposited to the account {{loan.depositAccount}}.",
  },
  {
    slug: "loan-kinds",
    topic: "payoff",
    scope: "loan",
    title: "Purchase loans and direct-deposit loans",
    questions: [
      "What is the difference between a purchase loan and a direct deposit loan?",
      "Why did I get a card instead of money?",
      "What kind of loan do I have?",
    ],
    answer:
      "A purchase loan pays a store for what you buy, often with a one-time-use card we send the store, and the item secures the loan. A direct-deposit loan sends the money to your bank account. Both have a fixed APR and monthly installments.",
  },
  {
    slug: "loan-right-to-cancel",
    topic: "payoff",
    scope: "loan",
    title: "Cancelling a loan right after signing",
    questions: [
      "Can I cancel my loan after signing?",
      "I changed my mind about the loan",
      "Is there a cooling off period for my loan?",
      "How do I cancel a loan I just took out?",
    ],
    answer:
      "You may cancel a loan within 3 business days of signing by telling us and returning the money we sent, or the store's refund for a purchase loan. Cancelled within that time, you owe no interest or fees.",
  },
];
