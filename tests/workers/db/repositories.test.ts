import { env } from "cloudflare:test";
import { createDatabase } from "../../../db/client";
import { describeMonitorContract } from "../../shared/monitor-contract";
import { describeRepositoryContract } from "../../shared/repository-contract";

describeRepositoryContract("D1", async () => createDatabase({ DB: env.DB }));
describeMonitorContract("D1", async () => createDatabase({ DB: env.DB }));
