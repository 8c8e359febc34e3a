CREATE TABLE `funding_events` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`merchant_id` text NOT NULL,
	`order_id` text NOT NULL,
	`step` text NOT NULL,
	`at` integer NOT NULL,
	`actor` text NOT NULL,
	`outcome` text,
	`amount_cents` integer,
	`reference` text,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`merchant_id`) REFERENCES `merchants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `funding_events_order_idx` ON `funding_events` (`order_id`,`at`);--> statement-breakpoint
CREATE INDEX `funding_events_merchant_idx` ON `funding_events` (`merchant_id`,`at`);--> statement-breakpoint
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
CREATE TABLE `inbound_emails` (
	`signature` text PRIMARY KEY NOT NULL,
	`ticket_id` text,
	`received_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `ticket_activity` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`ticket_id` text NOT NULL,
	`kind` text NOT NULL,
	`summary` text NOT NULL,
	`data` text DEFAULT '{}' NOT NULL,
	`actor_id` text,
	`actor_name` text,
	`at` integer NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`ticket_id`) REFERENCES `tickets`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ticket_activity_ticket_at_idx` ON `ticket_activity` (`ticket_id`,`at`);--> statement-breakpoint
CREATE TABLE `ticket_messages` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`ticket_id` text NOT NULL,
	`visibility` text NOT NULL,
	`author_id` text,
	`author_name` text NOT NULL,
	`kind` text NOT NULL,
	`category` text DEFAULT 'general' NOT NULL,
	`action` text NOT NULL,
	`text` text NOT NULL,
	`immutable` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`ticket_id`) REFERENCES `tickets`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ticket_messages_ticket_created_idx` ON `ticket_messages` (`ticket_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `ticket_messages_author_idx` ON `ticket_messages` (`author_id`,`ticket_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `ticket_ownerships` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`ticket_id` text NOT NULL,
	`staff_id` text NOT NULL,
	`team_id` text,
	`token` integer NOT NULL,
	`started_at` integer NOT NULL,
	`ended_at` integer,
	`started_by` text NOT NULL,
	`end_reason` text,
	`waited_ms` integer,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`ticket_id`) REFERENCES `tickets`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ticket_ownerships_ticket_open_idx` ON `ticket_ownerships` (`ticket_id`,`ended_at`);--> statement-breakpoint
CREATE TABLE `ticket_presence` (
	`ticket_id` text NOT NULL,
	`staff_id` text NOT NULL,
	`staff_name` text NOT NULL,
	`state` text NOT NULL,
	`device` text NOT NULL,
	`is_owner` integer DEFAULT false NOT NULL,
	`since` integer NOT NULL,
	PRIMARY KEY(`ticket_id`, `staff_id`),
	FOREIGN KEY (`ticket_id`) REFERENCES `tickets`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ticket_presence_staff_idx` ON `ticket_presence` (`staff_id`);--> statement-breakpoint
CREATE TABLE `tickets` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`merchant_id` text,
	`customer_id` text,
	`subject` text NOT NULL,
	`priority` text NOT NULL,
	`status` text NOT NULL,
	`team` text NOT NULL,
	`assignee_id` text,
	`sla_due_at` integer NOT NULL,
	`sla_paused_at` integer,
	`escalated` integer DEFAULT false NOT NULL,
	`escalated_at` integer,
	`reply_token` text NOT NULL,
	`contact_email` text NOT NULL,
	`contact_name` text NOT NULL,
	`channel` text NOT NULL,
	`rating` integer,
	`rated_at` integer,
	`lock_epoch` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`resolved_at` integer,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`merchant_id`) REFERENCES `merchants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assignee_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `tickets_queue_idx` ON `tickets` (`org_id`,`team`,`sla_due_at`,`id`) WHERE status IN ('new', 'open', 'waiting_on_client');--> statement-breakpoint
CREATE INDEX `tickets_org_due_idx` ON `tickets` (`org_id`,`sla_due_at`,`id`);--> statement-breakpoint
CREATE INDEX `tickets_lapse_idx` ON `tickets` (`sla_due_at`) WHERE status IN ('new', 'open') AND escalated = 0 AND sla_paused_at IS NULL;--> statement-breakpoint
CREATE INDEX `tickets_merchant_idx` ON `tickets` (`merchant_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `tickets_customer_idx` ON `tickets` (`customer_id`,`created_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `tickets_reply_token_idx` ON `tickets` (`reply_token`);--> statement-breakpoint
ALTER TABLE `message_outbox` ADD `merchant_id` text;--> statement-breakpoint
ALTER TABLE `message_outbox` ADD `reply_token` text;--> statement-breakpoint
ALTER TABLE `orders` ADD `merchant_id` text;--> statement-breakpoint
CREATE INDEX `orders_merchant_created_idx` ON `orders` (`merchant_id`,`created_at`);--> statement-breakpoint
ALTER TABLE `plan_change_requests` ADD `requested_by_user_id` text;--> statement-breakpoint
ALTER TABLE `plan_change_requests` ADD `requested_by_name` text;--> statement-breakpoint
-- hand-written below (keep on regeneration)
-- A transaction's funding steps are history: what happened, and who did it.
CREATE TRIGGER `funding_events_no_update` BEFORE UPDATE ON `funding_events`
BEGIN SELECT RAISE(ABORT, 'funding events are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `funding_events_no_delete` BEFORE DELETE ON `funding_events`
BEGIN SELECT RAISE(ABORT, 'funding events are append-only'); END;
--> statement-breakpoint
-- A ticket's messages (public replies, internal notes, the client's words) and its history are append-only.
CREATE TRIGGER `ticket_messages_no_update` BEFORE UPDATE ON `ticket_messages` BEGIN
	SELECT RAISE(ABORT, 'ticket messages are append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `ticket_messages_no_delete` BEFORE DELETE ON `ticket_messages` BEGIN
	SELECT RAISE(ABORT, 'ticket messages are append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `ticket_activity_no_update` BEFORE UPDATE ON `ticket_activity` BEGIN
	SELECT RAISE(ABORT, 'ticket history is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `ticket_activity_no_delete` BEFORE DELETE ON `ticket_activity` BEGIN
	SELECT RAISE(ABORT, 'ticket history is append-only');
END;
