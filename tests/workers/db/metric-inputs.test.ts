import { env } from "cloudflare:test";
import { createDatabase } from "../../../db/client";
import { describeMetricInputsContract } from "../../shared/metric-inputs-contract";

describeMetricInputsContract("D1", async () => createDatabase({ DB: env.DB }));
