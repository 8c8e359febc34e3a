CREATE TABLE `audit_log` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text NOT NULL,
	`org_id` text,
	`at` integer NOT NULL,
	`actor_id` text,
	`actor_role` text,
	`action` text NOT NULL,
	`target_type` text NOT NULL,
	`target_id` text,
	`customer_id` text,
	`outcome` text NOT NULL,
	`ip` text,
	`user_agent` text,
	`details` text DEFAULT '{}' NOT NULL,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `audit_log_id_unique` ON `audit_log` (`id`);--> statement-breakpoint
CREATE INDEX `audit_org_at_idx` ON `audit_log` (`org_id`,`at`);--> statement-breakpoint
CREATE INDEX `audit_customer_at_idx` ON `audit_log` (`customer_id`,`at`);--> statement-breakpoint
CREATE INDEX `audit_actor_action_at_idx` ON `audit_log` (`actor_id`,`action`,`at`);--> statement-breakpoint
CREATE TABLE `write_fences` (
	`customer_id` text PRIMARY KEY NOT NULL,
	`epoch_matches` integer NOT NULL,
	CONSTRAINT "write_fences_epoch_check" CHECK("write_fences"."epoch_matches" = 1)
);
--> statement-breakpoint
CREATE TABLE `callbacks` (
	`id` text PRIMARY KEY NOT NULL,
	`customer_id` text NOT NULL,
	`assigned_to` text,
	`due_at` integer NOT NULL,
	`reason` text NOT NULL,
	`done_at` integer,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assigned_to`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `callbacks_assignee_due_idx` ON `callbacks` (`assigned_to`,`due_at`);--> statement-breakpoint
CREATE INDEX `callbacks_customer_idx` ON `callbacks` (`customer_id`);--> statement-breakpoint
CREATE TABLE `customers` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`team_id` text,
	`first_name` text NOT NULL,
	`last_name` text NOT NULL,
	`full_name` text NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`phone` text NOT NULL,
	`phone_digits` text NOT NULL,
	`email` text,
	`email_lower` text,
	`address_line1` text,
	`city` text,
	`state` text,
	`postal_code` text,
	`date_of_birth` text,
	`ssn` text,
	`identity_verified` integer DEFAULT false NOT NULL,
	`bank_name` text,
	`bank_account_number` text,
	`bank_routing_number` text,
	`monthly_income_cents` integer,
	`card_on_file_number` text,
	`loyalty_number` text,
	`external_id` text,
	`preferred_contact_time` text,
	`preferred_channel` text,
	`language` text DEFAULT 'en' NOT NULL,
	`sms_opt_in` integer DEFAULT false NOT NULL,
	`email_opt_in` integer DEFAULT false NOT NULL,
	`tier` text DEFAULT 'bronze' NOT NULL,
	`loyalty_points` integer DEFAULT 0 NOT NULL,
	`tags` text DEFAULT '[]' NOT NULL,
	`lock_epoch` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `customers_org_phone_idx` ON `customers` (`org_id`,`phone_digits`);--> statement-breakpoint
CREATE INDEX `customers_org_email_idx` ON `customers` (`org_id`,`email_lower`);--> statement-breakpoint
CREATE INDEX `customers_org_loyalty_idx` ON `customers` (`org_id`,`loyalty_number`);--> statement-breakpoint
CREATE INDEX `customers_org_external_idx` ON `customers` (`org_id`,`external_id`);--> statement-breakpoint
CREATE INDEX `customers_team_status_idx` ON `customers` (`team_id`,`status`);--> statement-breakpoint
CREATE TABLE `room_presence` (
	`customer_id` text NOT NULL,
	`staff_id` text NOT NULL,
	`staff_name` text NOT NULL,
	`state` text NOT NULL,
	`device` text NOT NULL,
	`is_owner` integer DEFAULT false NOT NULL,
	`since` integer NOT NULL,
	PRIMARY KEY(`customer_id`, `staff_id`),
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `room_presence_staff_idx` ON `room_presence` (`staff_id`);--> statement-breakpoint
CREATE TABLE `activity_events` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`customer_id` text NOT NULL,
	`kind` text NOT NULL,
	`summary` text NOT NULL,
	`data` text DEFAULT '{}' NOT NULL,
	`actor_id` text,
	`actor_name` text,
	`at` integer NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `activity_customer_at_idx` ON `activity_events` (`customer_id`,`at`);--> statement-breakpoint
CREATE INDEX `activity_customer_kind_at_idx` ON `activity_events` (`customer_id`,`kind`,`at`);--> statement-breakpoint
CREATE TABLE `note_revisions` (
	`id` text PRIMARY KEY NOT NULL,
	`note_id` text NOT NULL,
	`text` text NOT NULL,
	`replaced_at` integer NOT NULL,
	FOREIGN KEY (`note_id`) REFERENCES `notes`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `note_revisions_note_idx` ON `note_revisions` (`note_id`);--> statement-breakpoint
CREATE TABLE `notes` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`customer_id` text NOT NULL,
	`author_id` text,
	`author_name` text NOT NULL,
	`kind` text NOT NULL,
	`category` text DEFAULT 'general' NOT NULL,
	`action` text NOT NULL,
	`text` text NOT NULL,
	`immutable` integer NOT NULL,
	`created_at` integer NOT NULL,
	`edited_at` integer,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `notes_customer_created_idx` ON `notes` (`customer_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `notes_org_created_idx` ON `notes` (`org_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `notes_author_customer_idx` ON `notes` (`author_id`,`customer_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `order_items` (
	`id` text PRIMARY KEY NOT NULL,
	`order_id` text NOT NULL,
	`title` text NOT NULL,
	`category` text NOT NULL,
	`price_cents` integer NOT NULL,
	`quantity` integer NOT NULL,
	`vendor_name` text,
	`vendor_url` text,
	`eligibility` text NOT NULL,
	`review_status` text DEFAULT 'pending' NOT NULL,
	`reviewed_by` text,
	`reviewed_at` integer,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `order_items_order_idx` ON `order_items` (`order_id`);--> statement-breakpoint
CREATE TABLE `orders` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`customer_id` text NOT NULL,
	`number` text NOT NULL,
	`channel` text NOT NULL,
	`merchant` text NOT NULL,
	`status` text NOT NULL,
	`financing` text,
	`total_cents` integer NOT NULL,
	`needs_attention` integer DEFAULT false NOT NULL,
	`attention_reason` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `orders_org_number_idx` ON `orders` (`org_id`,`number`);--> statement-breakpoint
CREATE INDEX `orders_customer_created_idx` ON `orders` (`customer_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `orders_org_attention_idx` ON `orders` (`org_id`,`needs_attention`,`updated_at`);--> statement-breakpoint
CREATE INDEX `orders_org_status_idx` ON `orders` (`org_id`,`status`,`updated_at`);--> statement-breakpoint
CREATE TABLE `virtual_cards` (
	`id` text PRIMARY KEY NOT NULL,
	`order_id` text NOT NULL,
	`customer_id` text NOT NULL,
	`issuer_token` text NOT NULL,
	`last4` text NOT NULL,
	`limit_cents` integer NOT NULL,
	`merchant` text NOT NULL,
	`status` text NOT NULL,
	`expires_at` integer NOT NULL,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `virtual_cards_order_idx` ON `virtual_cards` (`order_id`);--> statement-breakpoint
CREATE INDEX `virtual_cards_customer_idx` ON `virtual_cards` (`customer_id`);--> statement-breakpoint
CREATE TABLE `orgs` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`slug` text NOT NULL,
	`sso_domain` text,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `orgs_slug_unique` ON `orgs` (`slug`);--> statement-breakpoint
CREATE TABLE `regions` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`name` text NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `regions_org_idx` ON `regions` (`org_id`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`staff_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`last_seen_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`revoked_at` integer,
	`ip` text,
	`user_agent` text,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sessions_staff_idx` ON `sessions` (`staff_id`);--> statement-breakpoint
CREATE TABLE `staff` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`team_id` text,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`oidc_subject` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `staff_email_idx` ON `staff` (`email`);--> statement-breakpoint
CREATE INDEX `staff_org_idx` ON `staff` (`org_id`);--> statement-breakpoint
CREATE INDEX `staff_team_idx` ON `staff` (`team_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `staff_oidc_subject_idx` ON `staff` (`oidc_subject`);--> statement-breakpoint
CREATE TABLE `teams` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`region_id` text NOT NULL,
	`name` text NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`region_id`) REFERENCES `regions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `teams_org_idx` ON `teams` (`org_id`);--> statement-breakpoint
CREATE INDEX `teams_region_idx` ON `teams` (`region_id`);--> statement-breakpoint
CREATE TABLE `leases` (
	`id` text PRIMARY KEY NOT NULL,
	`customer_id` text NOT NULL,
	`order_id` text,
	`status` text DEFAULT 'active' NOT NULL,
	`item_description` text NOT NULL,
	`cash_price_cents` integer NOT NULL,
	`total_cost_cents` integer NOT NULL,
	`payment_cents` integer NOT NULL,
	`frequency` text NOT NULL,
	`term_payments` integer NOT NULL,
	`payments_made` integer DEFAULT 0 NOT NULL,
	`next_due_date` text,
	`days_past_due` integer DEFAULT 0 NOT NULL,
	`early_purchase_cents` integer NOT NULL,
	`started_on` text NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `leases_customer_idx` ON `leases` (`customer_id`);--> statement-breakpoint
CREATE TABLE `loan_schedule` (
	`loan_id` text NOT NULL,
	`seq` integer NOT NULL,
	`due_date` text NOT NULL,
	`principal_cents` integer NOT NULL,
	`interest_cents` integer NOT NULL,
	`paid_on` text,
	FOREIGN KEY (`loan_id`) REFERENCES `loans`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `loan_schedule_loan_seq_idx` ON `loan_schedule` (`loan_id`,`seq`);--> statement-breakpoint
CREATE TABLE `loans` (
	`id` text PRIMARY KEY NOT NULL,
	`customer_id` text NOT NULL,
	`order_id` text,
	`kind` text NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`principal_cents` integer NOT NULL,
	`apr_bps` integer NOT NULL,
	`term_months` integer NOT NULL,
	`payment_cents` integer NOT NULL,
	`balance_cents` integer NOT NULL,
	`next_due_date` text,
	`days_past_due` integer DEFAULT 0 NOT NULL,
	`disbursement_account` text,
	`collateral_description` text,
	`originated_on` text NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `loans_customer_idx` ON `loans` (`customer_id`);--> statement-breakpoint
CREATE TABLE `payments` (
	`id` text PRIMARY KEY NOT NULL,
	`customer_id` text NOT NULL,
	`product` text NOT NULL,
	`product_id` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`method` text NOT NULL,
	`status` text NOT NULL,
	`paid_at` integer NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `payments_customer_paid_idx` ON `payments` (`customer_id`,`paid_at`);--> statement-breakpoint
CREATE INDEX `payments_product_idx` ON `payments` (`product_id`);--> statement-breakpoint
CREATE TABLE `promises_to_pay` (
	`id` text PRIMARY KEY NOT NULL,
	`customer_id` text NOT NULL,
	`product` text NOT NULL,
	`product_id` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`due_date` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`created_by` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `promises_customer_idx` ON `promises_to_pay` (`customer_id`);--> statement-breakpoint
CREATE INDEX `promises_due_idx` ON `promises_to_pay` (`status`,`due_date`);