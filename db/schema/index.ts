// Every table of Tandem's system of record, for drizzle and drizzle-kit.
export * from "./agreements";
export * from "./audit";
export * from "./compliance";
export * from "./customers";
export * from "./engagement";
export * from "./faq";
export * from "./integrations";
export * from "./loyalty";
export * from "./merchant-catalog";
export * from "./merchant-endpoints";
export * from "./merchant-money";
export * from "./merchant-users";
export * from "./merchants";
export * from "./messages";
export * from "./monitor";
export * from "./notes";
export * from "./orders";
export * from "./org";
export * from "./ownership";
export * from "./plan-changes";
export * from "./products";
export * from "./promos";
export * from "./stores";
// issue 16 (h/desk): tickets and the service desk
export * from "./tickets";
export * from "./voice";
