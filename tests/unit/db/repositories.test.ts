import { describeMonitorContract } from "../../shared/monitor-contract";
import { describeRepositoryContract } from "../../shared/repository-contract";
import { openTestDatabase } from "../support/libsql";

describeRepositoryContract("libSQL", openTestDatabase);
describeMonitorContract("libSQL", openTestDatabase);
