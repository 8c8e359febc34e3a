// Every table of Tandem's system of record, for drizzle and drizzle-kit.
export * from "./agreements";
export * from "./audit";
export * from "./compliance";
export * from "./customers";
export * from "./faq";
export * from "./messages";
export * from "./monitor";
export * from "./notes";
export * from "./orders";
export * from "./org";
export * from "./ownership";
export * from "./products";
export * from "./voice";
