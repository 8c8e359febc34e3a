// Worker entry: the Hono app, and the Durable Object classes wrangler binds.
import { createApp } from "./app";

export { CustomerRoom } from "../party/customer-room";
export { FloorRoom } from "../party/floor-room";

const app = createApp();
export default app;
