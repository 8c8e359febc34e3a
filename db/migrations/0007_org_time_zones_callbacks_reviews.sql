CREATE TABLE `compliance_reviews` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`reviewed_by` text NOT NULL,
	`reviewer_name` text NOT NULL,
	`reviewed_at` integer NOT NULL,
	`range_from` text NOT NULL,
	`range_to` text NOT NULL,
	`filters` text DEFAULT '{}' NOT NULL,
	`note` text NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reviewed_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `compliance_reviews_org_idx` ON `compliance_reviews` (`org_id`,`reviewed_at`);--> statement-breakpoint
CREATE TABLE `org_links` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`label` text NOT NULL,
	`url_template` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `org_links_org_idx` ON `org_links` (`org_id`,`position`);--> statement-breakpoint
ALTER TABLE `callbacks` ADD `done_by` text;--> statement-breakpoint
ALTER TABLE `callbacks` ADD `done_note_id` text;--> statement-breakpoint
ALTER TABLE `callbacks` ADD `created_by` text;--> statement-breakpoint
ALTER TABLE `callbacks` ADD `created_at` integer;--> statement-breakpoint
ALTER TABLE `callbacks` ADD `notified_at` integer;--> statement-breakpoint
CREATE INDEX `callbacks_due_unnotified_idx` ON `callbacks` (`due_at`) WHERE "callbacks"."done_at" IS NULL AND "callbacks"."notified_at" IS NULL;--> statement-breakpoint
ALTER TABLE `orgs` ADD `time_zone` text DEFAULT 'America/New_York' NOT NULL;--> statement-breakpoint
ALTER TABLE `loans` ADD `opened_by` text;--> statement-breakpoint
ALTER TABLE `loans` ADD `disbursed_at` integer;--> statement-breakpoint
ALTER TABLE `loans` ADD `disbursed_by` text;--> statement-breakpoint
-- hand-written below (keep on regeneration)
-- A review marked done is a record like an audit row: never edited, never removed.
CREATE TRIGGER `compliance_reviews_no_update` BEFORE UPDATE ON `compliance_reviews` BEGIN
	SELECT RAISE(ABORT, 'compliance_reviews is append-only');
END;--> statement-breakpoint
CREATE TRIGGER `compliance_reviews_no_delete` BEFORE DELETE ON `compliance_reviews` BEGIN
	SELECT RAISE(ABORT, 'compliance_reviews is append-only');
END;
