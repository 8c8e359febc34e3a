CREATE TABLE `monitor_blocks` (
	`series` integer NOT NULL,
	`level` integer NOT NULL,
	`start` integer NOT NULL,
	`bin` integer NOT NULL,
	`n` integer NOT NULL,
	`total` integer NOT NULL,
	PRIMARY KEY(`series`, `level`, `start`, `bin`)
);
--> statement-breakpoint
CREATE INDEX `monitor_blocks_cover_idx` ON `monitor_blocks` (`series`,`level`,`start`,`bin`,`n`,`total`);--> statement-breakpoint
CREATE TABLE `monitor_interaction_steps` (
	`interaction_id` text NOT NULL,
	`step_key` text NOT NULL,
	`org_id` text NOT NULL,
	`process_id` text NOT NULL,
	`staff_id` text NOT NULL,
	`started_at` integer NOT NULL,
	`position` integer NOT NULL,
	`label` text NOT NULL,
	`seconds` integer NOT NULL,
	PRIMARY KEY(`interaction_id`, `step_key`),
	FOREIGN KEY (`interaction_id`) REFERENCES `monitor_interactions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `monitor_steps_cell_idx` ON `monitor_interaction_steps` (`org_id`,`process_id`,`staff_id`,`step_key`,`started_at`,`seconds`);--> statement-breakpoint
CREATE TABLE `monitor_interactions` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`customer_id` text NOT NULL,
	`staff_id` text NOT NULL,
	`team_id` text NOT NULL,
	`process_id` text NOT NULL,
	`process_version` integer NOT NULL,
	`kind` text NOT NULL,
	`started_at` integer NOT NULL,
	`ended_at` integer NOT NULL,
	`day` text NOT NULL,
	`active_seconds` integer NOT NULL,
	`elsewhere_seconds` integer NOT NULL,
	`end_reason` text NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `monitor_interactions_org_staff_idx` ON `monitor_interactions` (`org_id`,`staff_id`,`started_at`);--> statement-breakpoint
CREATE TABLE `monitor_series` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`org_id` text NOT NULL,
	`process_id` text NOT NULL,
	`team_id` text NOT NULL,
	`staff_id` text NOT NULL,
	`step_key` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `monitor_series_key_idx` ON `monitor_series` (`org_id`,`process_id`,`team_id`,`staff_id`,`step_key`);--> statement-breakpoint
CREATE TABLE `monitor_step_weekly` (
	`org_id` text NOT NULL,
	`process_id` text NOT NULL,
	`step_key` text NOT NULL,
	`week` text NOT NULL,
	`bin` integer NOT NULL,
	`team_id` text NOT NULL,
	`n` integer NOT NULL,
	`total` integer NOT NULL,
	PRIMARY KEY(`org_id`, `process_id`, `step_key`, `week`, `bin`, `team_id`)
);
--> statement-breakpoint
CREATE INDEX `monitor_step_weekly_cover_idx` ON `monitor_step_weekly` (`org_id`,`process_id`,`step_key`,`week`,`bin`,`team_id`,`n`,`total`);--> statement-breakpoint
CREATE TABLE `process_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`process_id` text NOT NULL,
	`org_id` text NOT NULL,
	`version` integer NOT NULL,
	`name` text NOT NULL,
	`steps` text NOT NULL,
	`effective_at` integer NOT NULL,
	`created_by` text,
	`created_by_name` text,
	`note` text NOT NULL,
	FOREIGN KEY (`process_id`) REFERENCES `processes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `process_versions_process_version_idx` ON `process_versions` (`process_id`,`version`);--> statement-breakpoint
CREATE INDEX `process_versions_org_idx` ON `process_versions` (`org_id`);--> statement-breakpoint
CREATE TABLE `processes` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`key` text NOT NULL,
	`name` text NOT NULL,
	`position` integer NOT NULL,
	`current_version` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `processes_org_key_idx` ON `processes` (`org_id`,`key`);--> statement-breakpoint
CREATE TABLE `training_assignments` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`staff_id` text NOT NULL,
	`process_id` text NOT NULL,
	`step_key` text NOT NULL,
	`step_label` text NOT NULL,
	`kind` text NOT NULL,
	`course_title` text,
	`course_url` text,
	`mentor_id` text,
	`mentor_name` text,
	`meet_on` text,
	`note` text NOT NULL,
	`assigned_by` text NOT NULL,
	`assigned_by_name` text NOT NULL,
	`assigned_at` integer NOT NULL,
	`completed_at` integer,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`process_id`) REFERENCES `processes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`mentor_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assigned_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `training_org_staff_idx` ON `training_assignments` (`org_id`,`staff_id`,`assigned_at`);--> statement-breakpoint
-- hand-written below (keep on regeneration)
-- A saved version of a process is history: interactions were measured against it.
CREATE TRIGGER `process_versions_no_update` BEFORE UPDATE ON `process_versions`
BEGIN SELECT RAISE(ABORT, 'process versions are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `process_versions_no_delete` BEFORE DELETE ON `process_versions`
BEGIN SELECT RAISE(ABORT, 'process versions are append-only'); END;
--> statement-breakpoint
-- An interaction's steps are final once it ended.
CREATE TRIGGER `monitor_interactions_no_update` BEFORE UPDATE ON `monitor_interactions`
BEGIN SELECT RAISE(ABORT, 'finished interactions are final'); END;
--> statement-breakpoint
CREATE TRIGGER `monitor_interaction_steps_no_update` BEFORE UPDATE ON `monitor_interaction_steps`
BEGIN SELECT RAISE(ABORT, 'finished interactions are final'); END;
