CREATE TABLE `merchant_sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`merchant_user_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`last_seen_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`revoked_at` integer,
	`ip` text,
	`user_agent` text,
	FOREIGN KEY (`merchant_user_id`) REFERENCES `merchant_users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `merchant_sessions_user_idx` ON `merchant_sessions` (`merchant_user_id`);--> statement-breakpoint
CREATE TABLE `merchant_sign_in_codes` (
	`id` text PRIMARY KEY NOT NULL,
	`merchant_user_id` text NOT NULL,
	`kind` text NOT NULL,
	`secret_hash` text NOT NULL,
	`sent_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`used_at` integer,
	FOREIGN KEY (`merchant_user_id`) REFERENCES `merchant_users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `merchant_sign_in_codes_user_idx` ON `merchant_sign_in_codes` (`merchant_user_id`,`sent_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `merchant_sign_in_codes_secret_idx` ON `merchant_sign_in_codes` (`secret_hash`);--> statement-breakpoint
CREATE TABLE `merchant_sign_in_failures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer NOT NULL,
	`merchant_user_id` text,
	`ip` text
);
--> statement-breakpoint
CREATE INDEX `merchant_sign_in_failures_user_idx` ON `merchant_sign_in_failures` (`merchant_user_id`,`at`);--> statement-breakpoint
CREATE INDEX `merchant_sign_in_failures_ip_idx` ON `merchant_sign_in_failures` (`ip`,`at`);--> statement-breakpoint
CREATE TABLE `merchant_users` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`merchant_id` text NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`status` text NOT NULL,
	`invited_by` text,
	`last_sign_in_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`merchant_id`) REFERENCES `merchants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `merchant_users_email_idx` ON `merchant_users` (`email`);--> statement-breakpoint
CREATE INDEX `merchant_users_merchant_idx` ON `merchant_users` (`merchant_id`);--> statement-breakpoint
ALTER TABLE `message_outbox` ADD `merchant_id` text;--> statement-breakpoint
ALTER TABLE `message_outbox` ADD `reply_token` text;