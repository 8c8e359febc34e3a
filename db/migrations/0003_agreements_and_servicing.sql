CREATE TABLE `agreement_signatures` (
	`id` text PRIMARY KEY NOT NULL,
	`agreement_id` text NOT NULL,
	`org_id` text NOT NULL,
	`customer_id` text NOT NULL,
	`signed_name` text NOT NULL,
	`consent_text` text NOT NULL,
	`ip` text,
	`user_agent` text,
	`document_sha256` text NOT NULL,
	`signed_at` integer NOT NULL,
	FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `agreement_signatures_agreement_idx` ON `agreement_signatures` (`agreement_id`);--> statement-breakpoint
CREATE TABLE `agreements` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`customer_id` text NOT NULL,
	`order_id` text NOT NULL,
	`token_hash` text NOT NULL,
	`product` text NOT NULL,
	`document` text NOT NULL,
	`document_sha256` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`expires_at` integer NOT NULL,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `agreements_token_hash_idx` ON `agreements` (`token_hash`);--> statement-breakpoint
CREATE INDEX `agreements_order_idx` ON `agreements` (`order_id`,`created_at`);--> statement-breakpoint
ALTER TABLE `leases` ADD `credit_cents` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `loan_schedule` ADD `paid_cents` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- A signature record is evidence: the database refuses to change or remove it.
CREATE TRIGGER `agreement_signatures_no_update` BEFORE UPDATE ON `agreement_signatures` BEGIN
	SELECT RAISE(ABORT, 'agreement_signatures is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `agreement_signatures_no_delete` BEFORE DELETE ON `agreement_signatures` BEGIN
	SELECT RAISE(ABORT, 'agreement_signatures is append-only');
END;
