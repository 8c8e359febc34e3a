CREATE TABLE `ownership_sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`customer_id` text NOT NULL,
	`staff_id` text NOT NULL,
	`team_id` text,
	`token` integer NOT NULL,
	`started_at` integer NOT NULL,
	`ended_at` integer,
	`started_by` text NOT NULL,
	`end_reason` text,
	`waited_ms` integer,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ownership_org_started_idx` ON `ownership_sessions` (`org_id`,`started_at`);--> statement-breakpoint
CREATE INDEX `ownership_team_started_idx` ON `ownership_sessions` (`team_id`,`started_at`);--> statement-breakpoint
CREATE INDEX `ownership_customer_open_idx` ON `ownership_sessions` (`customer_id`,`ended_at`);