// Seeded FAQ articles: returning items, ending an agreement, one-time cards and declined cards.
import type { SeedArticle } from "./types";

export const RETURN_AND_CARD_ARTICLES: SeedArticle[] = [
  {
    slug: "lease-return-item",
    topic: "returns",
    scope: "lease",
    pair: "return-item",
    title: "Returning a leased item",
    questions: [
      "Can I return my leased item?",
      "Can I give the item back?",
      "What if I don't want the item anymore?",
      "Can I send back my lease item?",
    ],
    answer:
      "Yes. You may return the item at any time in good condition, apart from normal wear, and the lease ends. You owe only lease payments past due on the day you return it; nothing for the rest of the term.",
  },
  {
    slug: "loan-return-item",
    topic: "returns",
    scope: "loan",
    pair: "return-item",
    title: "Returning something bought with a loan",
    questions: [
      "Can I return the item I bought with my loan?",
      "I want to return what I bought with my loan",
      "What happens to my loan if I return the item to the store?",
    ],
    answer:
      "Returns follow the store's return policy. When the store refunds the purchase to us, the refund is applied to your loan balance, and if it covers the balance the loan closes. Until the refund arrives, keep paying your installments.",
  },
  {
    slug: "lease-return-pickup",
    topic: "returns",
    scope: "lease",
    title: "Scheduling a return pickup",
    questions: [
      "How do I return my leased item?",
      "Can you pick up the item?",
      "How do I schedule a pickup?",
      "Where do I drop off my lease item?",
    ],
    answer:
      "Call us or use the app to schedule a free pickup, usually within 5 business days, or drop the item at a partner store that takes returns. Keep the receipt or pickup confirmation; the lease ends on the return date.",
  },
  {
    slug: "loan-store-refund",
    topic: "returns",
    scope: "loan",
    title: "A store refund on a loan purchase",
    questions: [
      "The store gave me a refund, how does it apply to my loan?",
      "My refund hasn't shown on my loan",
      "Does the refund go to my loan balance?",
    ],
    answer:
      "A store refund for something bought with a purchase loan comes to us, not to you, and is applied to your loan principal when it arrives, usually within 10 business days. Interest stops on the refunded amount from that day.",
  },
  {
    slug: "lease-end-early",
    topic: "returns",
    scope: "lease",
    pair: "end-agreement",
    title: "Ending a lease early",
    questions: [
      "How do I end my lease early?",
      "Can I cancel my lease?",
      "How do I get out of my lease?",
      "Can I terminate my lease agreement?",
    ],
    answer:
      "You can end your lease at any time by returning the item in good condition and paying any lease payments past due. There is no fee for ending early. To keep the item instead, use the early purchase option.",
  },
  {
    slug: "loan-close-early",
    topic: "returns",
    scope: "loan",
    pair: "end-agreement",
    title: "Closing a loan",
    questions: ["Can I cancel my loan?", "How do I close my loan?", "How do I get out of my loan?", "Can I end my loan early?"],
    answer:
      "A loan closes when it is paid in full. You can pay it off at any time with no prepayment penalty. Within 3 business days of signing you may cancel it by returning the funds.",
  },
  {
    slug: "order-cancel",
    topic: "returns",
    scope: "both",
    title: "Cancelling an order",
    questions: ["How do I cancel my order?", "Can I cancel an order before it ships?", "I want to cancel what I ordered", "Stop my order"],
    answer:
      "An order can be cancelled free of charge until it ships or until the store places it. Call us or cancel in the app under Orders. A cancelled order's lease or loan never starts; if the store already charged, the charge is reversed.",
  },
  {
    slug: "item-arrived-damaged",
    topic: "returns",
    scope: "both",
    title: "An item arrived damaged",
    questions: [
      "My item arrived damaged",
      "The item came broken",
      "What do I do if my delivery is damaged?",
      "The box was crushed and the item is damaged",
    ],
    answer:
      "Tell us within 7 days of delivery and send photos of the item and the box through the app or by email. We arrange a replacement or a return with the store at no cost to you; your first payment can be moved until the replacement arrives.",
  },
  {
    slug: "wrong-item-received",
    topic: "returns",
    scope: "both",
    title: "Receiving the wrong item",
    questions: [
      "I received the wrong item",
      "The store sent me the wrong thing",
      "This is not what I ordered",
      "I got a different model than I ordered",
    ],
    answer:
      "Call us or report it in the app within 14 days. We arrange the exchange with the store; you pay nothing for return shipping, and your agreement is corrected to the item you keep.",
  },
  {
    slug: "vendor-card-declined",
    topic: "cards",
    scope: "both",
    title: "One-time card declined at the store",
    questions: [
      "The one time card was declined at the store",
      "The store says the card you sent was declined",
      "The virtual card didn't work at checkout",
      "Why was the card declined at the vendor?",
    ],
    answer:
      "A one-time card is declined when the total is above its limit, it has expired, it was already used, or the store's name does not match the card's merchant lock. A representative can check which, and issue a new card for the right amount and store.",
  },
  {
    slug: "one-time-card",
    topic: "cards",
    scope: "both",
    title: "What a one-time-use card is",
    questions: [
      "What is a one time use card?",
      "What is the virtual card you sent?",
      "Why did I get a card number for the store?",
      "How does the single use card work?",
    ],
    answer:
      "For orders placed by hand, we pay the store with a one-time-use card: a card number good for a single purchase, up to the order total, at the named store, for a limited time. It is not a card you can keep or spend elsewhere.",
  },
  {
    slug: "one-time-card-expired",
    topic: "cards",
    scope: "both",
    title: "An expired one-time card",
    questions: ["The one time card expired", "The virtual card expired before I used it", "Can you send a new card, mine expired?"],
    answer:
      "One-time cards expire after 7 days, or the date shown when issued. An expired card cannot be used; a representative can issue a new one if your order is still open.",
  },
  {
    slug: "one-time-card-limit",
    topic: "cards",
    scope: "both",
    title: "A total above the card's limit",
    questions: [
      "The total is more than the card limit",
      "The store's total is higher than the one time card",
      "Tax and shipping made the total go over the card",
    ],
    answer:
      "A one-time card covers the approved order total only. If tax, shipping or a price change pushed the total higher, a representative can update the order, within your approval limit, and issue a card for the new total.",
  },
  {
    slug: "payment-card-declined",
    topic: "cards",
    scope: "both",
    title: "Your debit card declined when paying",
    questions: [
      "My debit card was declined when I tried to pay",
      "My payment card keeps getting declined",
      "Why won't my card go through on the payment?",
      "The app says my card was declined",
    ],
    answer:
      "Your bank declined the payment: check the card number, expiry date, ZIP code and available balance, or ask your bank. You can pay with another card or a bank account. A declined attempt has no fee from us.",
  },
  {
    slug: "one-time-card-reuse",
    topic: "cards",
    scope: "both",
    title: "Using a one-time card again",
    questions: [
      "Can I use the card again?",
      "Can I use the one time card for another purchase?",
      "The card worked once, can I use it for something else?",
    ],
    answer: "No. A one-time card closes after its first purchase. Another purchase needs a new order, approved and paid on its own.",
  },
  {
    slug: "one-time-card-where",
    topic: "cards",
    scope: "both",
    title: "Where a one-time card works",
    questions: ["Where can I use the one time card?", "Can I use the card at a different store?", "Does the virtual card work online?"],
    answer:
      "Only at the store named on the order, online or in person as the order says. A different store needs the order changed and a new card.",
  },
  {
    slug: "checkout-declined",
    topic: "cards",
    scope: "both",
    title: "Declined at a partner store's checkout",
    questions: [
      "I was declined at checkout on a store's website",
      "Northwind was declined when I tried to check out",
      "Why did my checkout get declined?",
    ],
    answer:
      "At a partner store's checkout, a decline means the order was above your approval limit, the item cannot be financed, or we could not verify the details entered. Check that your name and address match your account, or call us and we will tell you which.",
  },
];
