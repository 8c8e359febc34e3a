CREATE TABLE `agreement_codes` (
	`id` text PRIMARY KEY NOT NULL,
	`agreement_id` text NOT NULL,
	`code_hash` text NOT NULL,
	`channel` text NOT NULL,
	`sent_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`verified_at` integer,
	`used_at` integer,
	FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `agreement_codes_agreement_idx` ON `agreement_codes` (`agreement_id`,`sent_at`);--> statement-breakpoint
CREATE TABLE `message_outbox` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`customer_id` text,
	`channel` text NOT NULL,
	`to_address` text NOT NULL,
	`subject` text NOT NULL,
	`body` text NOT NULL,
	`purpose` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `message_outbox_to_idx` ON `message_outbox` (`to_address`,`created_at`);