import { describeMetricInputsContract } from "../../shared/metric-inputs-contract";
import { openTestDatabase } from "../support/libsql";

describeMetricInputsContract("libSQL", openTestDatabase);
