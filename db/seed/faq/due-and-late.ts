// Seeded FAQ articles: due dates, grace periods, missed and late payments, autopay, credit reporting.
import { SERVICE_PHONE, type SeedArticle } from "./types";

export const DUE_AND_LATE_ARTICLES: SeedArticle[] = [
  {
    slug: "lease-due-date",
    topic: "due-dates",
    scope: "lease",
    pair: "due-date",
    title: "When your lease payment is due",
    questions: [
      "When is my lease payment due?",
      "What day is my lease payment due?",
      "When do I have to pay my lease?",
      "What is my lease due date?",
    ],
    answer:
      "Lease payments are due on the schedule in your lease agreement: weekly, every two weeks or monthly, on the same weekday or date each time. Your next due date is in the app and at northwind.example under your lease.",
    template: "Your next lease payment of {{lease.nextPayment}} is due {{lease.nextDueDate}}.",
  },
  {
    slug: "loan-due-date",
    topic: "due-dates",
    scope: "loan",
    pair: "due-date",
    title: "When your loan payment is due",
    questions: [
      "When is my loan payment due?",
      "What day is my loan payment due each month?",
      "When do I have to pay my loan?",
      "What is my loan due date?",
    ],
    answer:
      "Loan installments are due monthly on the date shown in your loan agreement and payment schedule. Your next due date and amount are in the app and at northwind.example under your loan.",
    template: "Your next loan payment of {{loan.nextPayment}} is due {{loan.nextDueDate}}.",
  },
  {
    slug: "lease-change-due-date",
    topic: "due-dates",
    scope: "lease",
    pair: "change-due-date",
    title: "Changing your lease due date",
    questions: [
      "Can I change my lease due date?",
      "Can I move my lease payment to payday?",
      "Can my lease payment be due on a different day?",
      "How do I change the day my lease payment comes out?",
    ],
    answer:
      "Yes, once every 12 months, if your lease is current. A representative can move your payments to another weekday (weekly or every two weeks) or date (monthly) to match your payday. The first payment on the new schedule may be a partial amount to cover the days in between.",
  },
  {
    slug: "loan-change-due-date",
    topic: "due-dates",
    scope: "loan",
    pair: "change-due-date",
    title: "Changing your loan due date",
    questions: [
      "Can I change my loan due date?",
      "Can I move my loan payment to a different day of the month?",
      "Can my loan payment be due closer to payday?",
      "How do I change my monthly due date?",
    ],
    answer:
      "Yes, once during the loan, if it is current, by up to 15 days. Interest accrues daily, so moving the date later adds the interest for the extra days to your next installment. A representative can make the change and send you the new schedule.",
  },
  {
    slug: "due-date-weekend",
    topic: "due-dates",
    scope: "both",
    title: "A due date on a weekend or holiday",
    questions: [
      "What if my payment is due on a weekend?",
      "My due date falls on a holiday",
      "Is my payment late if it's due on Sunday?",
      "Do I pay before or after a holiday?",
    ],
    answer:
      "If your due date falls on a weekend or bank holiday, a payment made on the next business day is not late. Online and app payments can be made any day and post the same day before 8 p.m. Eastern.",
  },
  {
    slug: "lease-payment-frequency",
    topic: "due-dates",
    scope: "lease",
    title: "Weekly, every two weeks or monthly",
    questions: [
      "Can I switch to monthly lease payments?",
      "Can I pay my lease every two weeks instead of weekly?",
      "Can I change how often I pay my lease?",
      "Can I get biweekly payments?",
    ],
    answer:
      "Yes, if your lease is current. A representative can change your lease payments to weekly, every two weeks or monthly; the payment amount changes to match, and the total cost of the lease stays the same.",
  },
  {
    slug: "lease-grace-period",
    topic: "due-dates",
    scope: "lease",
    pair: "grace-period",
    title: "Grace period on a lease",
    questions: [
      "Is there a grace period on my lease?",
      "How many days do I have after my lease due date?",
      "How late can I pay my lease without a fee?",
    ],
    answer:
      "Weekly and every-two-weeks lease payments have a 2-day grace period, monthly ones 5 days. A payment made within the grace period is on time; after it, a late fee may apply where state law allows and the lease is past due.",
  },
  {
    slug: "loan-grace-period",
    topic: "due-dates",
    scope: "loan",
    pair: "grace-period",
    title: "Grace period on a loan",
    questions: [
      "Is there a grace period on my loan?",
      "How many days do I have after my loan due date?",
      "How late can I pay my loan without a fee?",
    ],
    answer:
      "Loan installments have a 10-day grace period. A payment within 10 days of the due date has no late fee, although interest accrues daily until you pay. After 10 days a late fee applies as your agreement and state law allow.",
  },
  {
    slug: "payment-reminders",
    topic: "due-dates",
    scope: "both",
    title: "Payment reminders",
    questions: [
      "Can I get payment reminders?",
      "Can you text me before my payment is due?",
      "How do I turn on due date reminders?",
      "Can I get an email when my payment is coming up?",
    ],
    answer:
      "Yes. Turn on reminders in the app or at northwind.example under Settings: a text or email 3 days before each due date. A representative can also turn them on for you; text reminders need your consent.",
  },
  {
    slug: "lease-missed-payment",
    topic: "late",
    scope: "lease",
    pair: "missed-payment",
    title: "Missing a lease payment",
    questions: [
      "What happens if I miss a lease payment?",
      "I missed my lease payment",
      "What if I can't pay my lease on time?",
      "I'm late on my lease, what happens now?",
    ],
    answer:
      "Your lease becomes past due and a late fee may apply where state law allows. Pay the past due amount to bring the lease current; your ownership progress is kept. If the lease stays unpaid, you may be asked to return the item. You can return it at any time to end the lease with nothing more owed but past due payments.",
  },
  {
    slug: "loan-missed-payment",
    topic: "late",
    scope: "loan",
    pair: "missed-payment",
    title: "Missing a loan payment",
    questions: [
      "What happens if I miss a loan payment?",
      "I missed my loan payment",
      "What if I can't pay my loan on time?",
      "I'm late on my loan, what happens now?",
    ],
    answer:
      "The installment becomes past due, interest keeps accruing, and a late fee applies after the 10-day grace period. A payment 30 or more days late is reported to the credit bureaus. You still owe the full loan balance; call us before the due date if you need a payment arrangement.",
  },
  {
    slug: "lease-late-fee",
    topic: "late",
    scope: "lease",
    pair: "late-fee",
    title: "Late fees on a lease",
    questions: [
      "Is there a late fee on my lease?",
      "How much is the lease late fee?",
      "Why was I charged a late fee on my lease?",
      "Can you waive my lease late fee?",
    ],
    answer:
      "A lease payment made after the grace period may have a late fee of $5 or 5% of the payment, whichever is less, where state law allows. A representative may waive one late fee a year if your lease is otherwise current.",
  },
  {
    slug: "loan-late-fee",
    topic: "late",
    scope: "loan",
    pair: "late-fee",
    title: "Late fees on a loan",
    questions: [
      "Is there a late fee on my loan?",
      "How much is the loan late fee?",
      "Why was I charged a late fee on my loan?",
      "Can you waive my loan late fee?",
    ],
    answer:
      "An installment paid more than 10 days late has a late fee of $15 or the amount your state allows, whichever is less, as your loan agreement discloses. A representative may waive one late fee a year if the loan is otherwise current.",
  },
  {
    slug: "lease-reinstate",
    topic: "late",
    scope: "lease",
    title: "Reinstating a lease",
    questions: [
      "Can I reinstate my lease?",
      "My lease was ended for nonpayment, can I get it back?",
      "Can I start my lease again after returning the item?",
      "How do I get my lease back?",
    ],
    answer:
      "Yes. If your lease ended because payments stopped, you can reinstate it within 21 days of the missed payment (or 45 days if you returned the item voluntarily) by paying what is past due. You keep the ownership progress you had, and the same or a comparable item is returned to you.",
  },
  {
    slug: "collections-calls",
    topic: "late",
    scope: "both",
    title: "Why we call about past due accounts",
    questions: [
      "Why am I getting calls about my account?",
      "Why do you keep calling me?",
      "Is my account in collections?",
      "Who is calling me from Northwind about a past due payment?",
    ],
    answer:
      "We call, text or email when a payment is past due to help you bring the account current. We never ask for your full Social Security number or card PIN. Making the past due payment or setting up a payment arrangement stops the reminders.",
  },
  {
    slug: "lease-past-due-amount",
    topic: "late",
    scope: "lease",
    pair: "past-due-amount",
    title: "Bringing a lease current",
    questions: [
      "How much do I owe to catch up on my lease?",
      "What is my past due amount on my lease?",
      "How much to bring my lease current?",
      "How far behind am I on my lease?",
    ],
    answer:
      "To bring a lease current, pay every past due lease payment plus any late fee. The app and northwind.example show the amount due today under your lease; a representative can give it to you on the phone.",
  },
  {
    slug: "loan-past-due-amount",
    topic: "late",
    scope: "loan",
    pair: "past-due-amount",
    title: "Bringing a loan current",
    questions: [
      "How much do I owe to catch up on my loan?",
      "What is my past due amount on my loan?",
      "How much to bring my loan current?",
      "How far behind am I on my loan?",
    ],
    answer:
      "To bring a loan current, pay every past due installment, the interest accrued on them and any late fee. The app and northwind.example show the amount due today under your loan; a representative can give it to you on the phone.",
  },
  {
    slug: "lease-credit-reporting",
    topic: "late",
    scope: "lease",
    pair: "credit-reporting",
    title: "Leases and your credit report",
    questions: [
      "Do you report my lease to the credit bureaus?",
      "Will my lease help my credit score?",
      "Does a late lease payment hurt my credit?",
      "Does my lease show up on my credit report?",
    ],
    answer:
      "Lease payments are reported to one specialty consumer reporting agency, not to the three major credit bureaus, so on-time lease payments do not build a traditional credit score. Leases that end with the item unreturned and unpaid may be placed with a collection agency.",
  },
  {
    slug: "loan-credit-reporting",
    topic: "late",
    scope: "loan",
    pair: "credit-reporting",
    title: "Loans and your credit report",
    questions: [
      "Do you report my loan to the credit bureaus?",
      "Will my loan help my credit score?",
      "Does a late loan payment hurt my credit?",
      "Does my loan show up on my credit report?",
    ],
    answer:
      "Yes. We report your loan to Equifax, Experian and TransUnion every month. On-time payments can help your credit history; a payment 30 or more days late is reported as late. To dispute what we reported, write to us or call and we will investigate within 30 days.",
  },
  {
    slug: "lease-autopay",
    topic: "autopay",
    scope: "lease",
    pair: "autopay",
    title: "Automatic lease payments",
    questions: [
      "How do I set up autopay for my lease?",
      "Can my lease payments come out automatically?",
      "Can I sign up for automatic lease payments?",
      "How do I turn on autopay for my lease?",
    ],
    answer:
      "Turn on autopay for your lease in the app or at northwind.example under your lease, or ask a representative. Each lease payment is taken on its due date from the debit card or bank account you choose, and you get a reminder 3 days before.",
  },
  {
    slug: "loan-autopay",
    topic: "autopay",
    scope: "loan",
    pair: "autopay",
    title: "Automatic loan payments",
    questions: [
      "How do I set up autopay for my loan?",
      "Can my loan payments come out automatically?",
      "Can I sign up for automatic loan payments?",
      "How do I turn on autopay for my loan?",
    ],
    answer:
      "Turn on autopay for your loan in the app or at northwind.example under your loan, or ask a representative. Each monthly installment is taken on its due date from the bank account or debit card you authorize. Autopay on a loan is always optional and never required to get the loan.",
  },
  {
    slug: "autopay-stop",
    topic: "autopay",
    scope: "both",
    title: "Stopping automatic payments",
    questions: [
      "How do I stop autopay?",
      "How do I cancel automatic payments?",
      "Stop taking money from my account automatically",
      "Turn off my recurring payment",
    ],
    answer:
      "Turn autopay off in the app or at northwind.example, or call us, at least 3 business days before the next payment date. Stopping autopay does not change what you owe or when; you will need to make each payment yourself.",
  },
  {
    slug: "autopay-change-method",
    topic: "autopay",
    scope: "both",
    title: "Changing the card or bank on autopay",
    questions: [
      "How do I change the card on autopay?",
      "I got a new debit card, how do I update autopay?",
      "Can I change the bank account my autopay comes from?",
      "Update my autopay payment method",
    ],
    answer:
      "In the app or at northwind.example, open Autopay and choose another saved card or bank account, or add a new one. Changes made 3 business days before the payment date apply to that payment.",
  },
  {
    slug: "autopay-timing",
    topic: "autopay",
    scope: "both",
    title: "When autopay takes the payment",
    questions: [
      "When does autopay take my payment?",
      "What time does autopay come out?",
      "Why did autopay take my payment early?",
      "Does autopay run on the due date?",
    ],
    answer:
      "Autopay takes each payment on its due date, early in the morning Eastern time. If the due date is a weekend or bank holiday, a bank account payment is taken on the next business day. You get a reminder 3 days before.",
  },
  {
    slug: "collections-agency",
    topic: "late",
    scope: "both",
    title: "Accounts with a collection agency",
    questions: [
      "My account was sent to a collection agency",
      "A collection agency contacted me about Northwind",
      "Can I pay you instead of the collection agency?",
    ],
    answer: `If your account was placed with a collection agency, you can still call us at ${SERVICE_PHONE} to confirm the balance and who holds it. Pay the agency named in the letter, or ask us to take the account back when you set up a payment arrangement.`,
  },
];
