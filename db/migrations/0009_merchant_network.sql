CREATE TABLE `decision_model_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`model_id` text NOT NULL,
	`version` integer NOT NULL,
	`thresholds` text NOT NULL,
	`notes` text NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`model_id`) REFERENCES `decision_models`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `decision_model_versions_model_version_idx` ON `decision_model_versions` (`model_id`,`version`);--> statement-breakpoint
CREATE TABLE `decision_models` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`name` text NOT NULL,
	`product` text NOT NULL,
	`tier` text NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `decision_models_org_idx` ON `decision_models` (`org_id`);--> statement-breakpoint
CREATE TABLE `plan_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`plan_id` text NOT NULL,
	`version` integer NOT NULL,
	`monthly_fee_cents` integer NOT NULL,
	`transaction_fee_cents` integer NOT NULL,
	`discount_rate_bps` integer NOT NULL,
	`monthly_minimum_cents` integer NOT NULL,
	`included_endpoints` integer NOT NULL,
	`model_tier` text NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`created_by` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `plan_versions_plan_version_idx` ON `plan_versions` (`plan_id`,`version`);--> statement-breakpoint
CREATE TABLE `plans` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`rank` integer NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `plans_org_code_idx` ON `plans` (`org_id`,`code`);--> statement-breakpoint
CREATE TABLE `endpoint_deliveries` (
	`id` text PRIMARY KEY NOT NULL,
	`endpoint_id` text NOT NULL,
	`merchant_id` text NOT NULL,
	`at` integer NOT NULL,
	`event` text NOT NULL,
	`status_code` integer NOT NULL,
	`ok` integer NOT NULL,
	`latency_ms` integer NOT NULL,
	`error` text,
	`test` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`endpoint_id`) REFERENCES `merchant_endpoints`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`merchant_id`) REFERENCES `merchants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `endpoint_deliveries_endpoint_at_idx` ON `endpoint_deliveries` (`endpoint_id`,`at`);--> statement-breakpoint
CREATE INDEX `endpoint_deliveries_merchant_at_idx` ON `endpoint_deliveries` (`merchant_id`,`at`);--> statement-breakpoint
CREATE TABLE `endpoint_keys` (
	`id` text PRIMARY KEY NOT NULL,
	`endpoint_id` text NOT NULL,
	`key_hash` text NOT NULL,
	`prefix` text NOT NULL,
	`created_at` integer NOT NULL,
	`revoked_at` integer,
	FOREIGN KEY (`endpoint_id`) REFERENCES `merchant_endpoints`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `endpoint_keys_hash_idx` ON `endpoint_keys` (`key_hash`);--> statement-breakpoint
CREATE INDEX `endpoint_keys_endpoint_idx` ON `endpoint_keys` (`endpoint_id`);--> statement-breakpoint
CREATE TABLE `merchant_endpoints` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`merchant_id` text NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`url` text NOT NULL,
	`status` text NOT NULL,
	`model_version_id` text NOT NULL,
	`custom_thresholds` text,
	`created_at` integer NOT NULL,
	`removed_at` integer,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`merchant_id`) REFERENCES `merchants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`model_version_id`) REFERENCES `decision_model_versions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `merchant_endpoints_merchant_idx` ON `merchant_endpoints` (`merchant_id`);--> statement-breakpoint
CREATE TABLE `balance_checks` (
	`merchant_id` text PRIMARY KEY NOT NULL,
	`covered` integer NOT NULL,
	CONSTRAINT "balance_checks_covered_check" CHECK("balance_checks"."covered" = 1)
);
--> statement-breakpoint
CREATE TABLE `invoice_lines` (
	`id` text PRIMARY KEY NOT NULL,
	`invoice_id` text NOT NULL,
	`position` integer NOT NULL,
	`description` text NOT NULL,
	`quantity` integer NOT NULL,
	`unit_cents` integer NOT NULL,
	`amount_cents` integer NOT NULL,
	FOREIGN KEY (`invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `invoice_lines_invoice_idx` ON `invoice_lines` (`invoice_id`,`position`);--> statement-breakpoint
CREATE TABLE `invoices` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`merchant_id` text NOT NULL,
	`number` text NOT NULL,
	`period` text NOT NULL,
	`kind` text NOT NULL,
	`status` text NOT NULL,
	`issued_at` integer NOT NULL,
	`due_at` integer NOT NULL,
	`total_cents` integer NOT NULL,
	`paid_at` integer,
	`voided_at` integer,
	`dedupe_key` text NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`merchant_id`) REFERENCES `merchants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `invoices_merchant_dedupe_idx` ON `invoices` (`merchant_id`,`dedupe_key`);--> statement-breakpoint
CREATE UNIQUE INDEX `invoices_org_number_idx` ON `invoices` (`org_id`,`number`);--> statement-breakpoint
CREATE INDEX `invoices_merchant_period_idx` ON `invoices` (`merchant_id`,`period`);--> statement-breakpoint
CREATE TABLE `ledger_postings` (
	`id` text PRIMARY KEY NOT NULL,
	`transaction_id` text NOT NULL,
	`merchant_id` text NOT NULL,
	`account` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`at` integer NOT NULL,
	FOREIGN KEY (`transaction_id`) REFERENCES `ledger_transactions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`merchant_id`) REFERENCES `merchants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ledger_postings_merchant_account_idx` ON `ledger_postings` (`merchant_id`,`account`,`at`);--> statement-breakpoint
CREATE INDEX `ledger_postings_transaction_idx` ON `ledger_postings` (`transaction_id`);--> statement-breakpoint
CREATE TABLE `ledger_transactions` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`merchant_id` text NOT NULL,
	`kind` text NOT NULL,
	`memo` text NOT NULL,
	`at` integer NOT NULL,
	`created_by` text,
	`reverses_id` text,
	`reference` text,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`merchant_id`) REFERENCES `merchants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ledger_transactions_merchant_at_idx` ON `ledger_transactions` (`merchant_id`,`at`);--> statement-breakpoint
CREATE TABLE `merchant_contracts` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`merchant_id` text NOT NULL,
	`title` text NOT NULL,
	`version` integer NOT NULL,
	`status` text NOT NULL,
	`effective_from` text NOT NULL,
	`effective_to` text,
	`summary` text NOT NULL,
	`created_by` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`merchant_id`) REFERENCES `merchants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `merchant_contracts_version_idx` ON `merchant_contracts` (`merchant_id`,`title`,`version`);--> statement-breakpoint
CREATE TABLE `merchant_plan_periods` (
	`id` text PRIMARY KEY NOT NULL,
	`merchant_id` text NOT NULL,
	`plan_version_id` text NOT NULL,
	`starts_at` integer NOT NULL,
	`ends_at` integer,
	`request_id` text,
	FOREIGN KEY (`merchant_id`) REFERENCES `merchants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`plan_version_id`) REFERENCES `plan_versions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `merchant_plan_periods_merchant_idx` ON `merchant_plan_periods` (`merchant_id`,`starts_at`);--> statement-breakpoint
CREATE TABLE `merchant_usage` (
	`merchant_id` text NOT NULL,
	`month` text NOT NULL,
	`transactions` integer NOT NULL,
	`volume_cents` integer NOT NULL,
	PRIMARY KEY(`merchant_id`, `month`),
	FOREIGN KEY (`merchant_id`) REFERENCES `merchants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `merchant_activity` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`merchant_id` text NOT NULL,
	`kind` text NOT NULL,
	`summary` text NOT NULL,
	`data` text DEFAULT '{}' NOT NULL,
	`actor_id` text,
	`actor_name` text,
	`at` integer NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`merchant_id`) REFERENCES `merchants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `merchant_activity_merchant_at_idx` ON `merchant_activity` (`merchant_id`,`at`);--> statement-breakpoint
CREATE TABLE `merchant_contacts` (
	`id` text PRIMARY KEY NOT NULL,
	`merchant_id` text NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`title` text,
	`email` text,
	`phone` text,
	FOREIGN KEY (`merchant_id`) REFERENCES `merchants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `merchant_contacts_merchant_idx` ON `merchant_contacts` (`merchant_id`);--> statement-breakpoint
CREATE TABLE `merchant_notes` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`merchant_id` text NOT NULL,
	`author_id` text,
	`author_name` text NOT NULL,
	`kind` text NOT NULL,
	`category` text DEFAULT 'general' NOT NULL,
	`action` text NOT NULL,
	`text` text NOT NULL,
	`immutable` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`merchant_id`) REFERENCES `merchants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `merchant_notes_merchant_created_idx` ON `merchant_notes` (`merchant_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `merchant_notes_author_idx` ON `merchant_notes` (`author_id`,`merchant_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `merchant_ownerships` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`merchant_id` text NOT NULL,
	`staff_id` text NOT NULL,
	`team_id` text,
	`token` integer NOT NULL,
	`started_at` integer NOT NULL,
	`ended_at` integer,
	`started_by` text NOT NULL,
	`end_reason` text,
	`waited_ms` integer,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`merchant_id`) REFERENCES `merchants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `merchant_ownerships_merchant_open_idx` ON `merchant_ownerships` (`merchant_id`,`ended_at`);--> statement-breakpoint
CREATE TABLE `merchant_presence` (
	`merchant_id` text NOT NULL,
	`staff_id` text NOT NULL,
	`staff_name` text NOT NULL,
	`state` text NOT NULL,
	`device` text NOT NULL,
	`is_owner` integer DEFAULT false NOT NULL,
	`since` integer NOT NULL,
	PRIMARY KEY(`merchant_id`, `staff_id`),
	FOREIGN KEY (`merchant_id`) REFERENCES `merchants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `merchant_presence_staff_idx` ON `merchant_presence` (`staff_id`);--> statement-breakpoint
CREATE TABLE `merchants` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`region_id` text,
	`name` text NOT NULL,
	`legal_name` text NOT NULL,
	`segment` text NOT NULL,
	`category` text NOT NULL,
	`status` text NOT NULL,
	`website` text,
	`address_line1` text,
	`city` text,
	`state` text,
	`postal_code` text,
	`plan_version_id` text NOT NULL,
	`account_manager_id` text,
	`settlement_bank_name` text,
	`settlement_account_number` text,
	`settlement_routing_number` text,
	`lock_epoch` integer DEFAULT 0 NOT NULL,
	`onboarded_at` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`region_id`) REFERENCES `regions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`plan_version_id`) REFERENCES `plan_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`account_manager_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `merchants_org_name_idx` ON `merchants` (`org_id`,`name`);--> statement-breakpoint
CREATE INDEX `merchants_org_status_idx` ON `merchants` (`org_id`,`status`);--> statement-breakpoint
CREATE TABLE `plan_change_events` (
	`id` text PRIMARY KEY NOT NULL,
	`request_id` text NOT NULL,
	`at` integer NOT NULL,
	`actor_id` text,
	`actor_name` text NOT NULL,
	`role` text NOT NULL,
	`action` text NOT NULL,
	`from_stage` text,
	`to_stage` text NOT NULL,
	`note` text NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `plan_change_requests`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `plan_change_events_request_idx` ON `plan_change_events` (`request_id`,`at`);--> statement-breakpoint
CREATE TABLE `plan_change_fences` (
	`request_id` text PRIMARY KEY NOT NULL,
	`current` integer NOT NULL,
	CONSTRAINT "plan_change_fences_current_check" CHECK("plan_change_fences"."current" = 1)
);
--> statement-breakpoint
CREATE TABLE `plan_change_requests` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`merchant_id` text NOT NULL,
	`from_plan_version_id` text NOT NULL,
	`to_plan_version_id` text NOT NULL,
	`reason` text NOT NULL,
	`endpoint_changes` text DEFAULT '[]' NOT NULL,
	`money_direction` text,
	`money_cents` integer DEFAULT 0 NOT NULL,
	`stage` text NOT NULL,
	`stage_since` integer NOT NULL,
	`release_at` integer,
	`returned_reason` text,
	`ledger_transaction_id` text,
	`opened_by` text NOT NULL,
	`opened_at` integer NOT NULL,
	`released_at` integer,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`merchant_id`) REFERENCES `merchants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`from_plan_version_id`) REFERENCES `plan_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`to_plan_version_id`) REFERENCES `plan_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`opened_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `plan_change_requests_org_stage_idx` ON `plan_change_requests` (`org_id`,`stage`);--> statement-breakpoint
CREATE INDEX `plan_change_requests_merchant_idx` ON `plan_change_requests` (`merchant_id`,`opened_at`);--> statement-breakpoint
-- hand-written below (keep on regeneration)
-- A merchant's notes, feed, ledger, plan-change history and delivery log are append-only, like a customer's records.
CREATE TRIGGER `merchant_notes_immutable_no_update` BEFORE UPDATE ON `merchant_notes` WHEN old.`immutable` = 1 BEGIN
	SELECT RAISE(ABORT, 'note is immutable');
END;
--> statement-breakpoint
CREATE TRIGGER `merchant_notes_no_delete` BEFORE DELETE ON `merchant_notes` BEGIN
	SELECT RAISE(ABORT, 'notes are never deleted');
END;
--> statement-breakpoint
CREATE TRIGGER `merchant_activity_no_update` BEFORE UPDATE ON `merchant_activity` BEGIN
	SELECT RAISE(ABORT, 'merchant_activity is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `merchant_activity_no_delete` BEFORE DELETE ON `merchant_activity` BEGIN
	SELECT RAISE(ABORT, 'merchant_activity is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `ledger_transactions_no_update` BEFORE UPDATE ON `ledger_transactions` BEGIN
	SELECT RAISE(ABORT, 'the ledger is append-only: post a reversal');
END;
--> statement-breakpoint
CREATE TRIGGER `ledger_transactions_no_delete` BEFORE DELETE ON `ledger_transactions` BEGIN
	SELECT RAISE(ABORT, 'the ledger is append-only: post a reversal');
END;
--> statement-breakpoint
CREATE TRIGGER `ledger_postings_no_update` BEFORE UPDATE ON `ledger_postings` BEGIN
	SELECT RAISE(ABORT, 'the ledger is append-only: post a reversal');
END;
--> statement-breakpoint
CREATE TRIGGER `ledger_postings_no_delete` BEFORE DELETE ON `ledger_postings` BEGIN
	SELECT RAISE(ABORT, 'the ledger is append-only: post a reversal');
END;
--> statement-breakpoint
CREATE TRIGGER `plan_change_events_no_update` BEFORE UPDATE ON `plan_change_events` BEGIN
	SELECT RAISE(ABORT, 'plan_change_events is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `plan_change_events_no_delete` BEFORE DELETE ON `plan_change_events` BEGIN
	SELECT RAISE(ABORT, 'plan_change_events is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `plan_versions_no_update` BEFORE UPDATE ON `plan_versions` BEGIN
	SELECT RAISE(ABORT, 'plan versions are never edited: add a version');
END;
