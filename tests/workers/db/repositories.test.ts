import { env } from "cloudflare:test";
import { createDatabase } from "../../../db/client";
import { describeRepositoryContract } from "../../shared/repository-contract";

describeRepositoryContract("D1", async () => createDatabase({ DB: env.DB }));
