CREATE TABLE `integration_endpoints` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`connector` text NOT NULL,
	`outbound_url` text,
	`secret_ref` text NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `integration_endpoints_org_idx` ON `integration_endpoints` (`org_id`);--> statement-breakpoint
CREATE TABLE `integration_entities` (
	`org_id` text NOT NULL,
	`entity_type` text NOT NULL,
	`external_id` text NOT NULL,
	`local_id` text NOT NULL,
	`customer_id` text NOT NULL,
	`version` integer NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`org_id`, `entity_type`, `external_id`)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `integration_entities_local_idx` ON `integration_entities` (`entity_type`,`local_id`);--> statement-breakpoint
CREATE TABLE `integration_events` (
	`endpoint_id` text NOT NULL,
	`event_id` text NOT NULL,
	`org_id` text NOT NULL,
	`type` text NOT NULL,
	`entity_id` text,
	`entity_version` integer,
	`customer_id` text,
	`payload` text NOT NULL,
	`status` text NOT NULL,
	`detail` text,
	`attempts` integer DEFAULT 0 NOT NULL,
	`received_at` integer NOT NULL,
	`applied_at` integer,
	PRIMARY KEY(`endpoint_id`, `event_id`)
);
--> statement-breakpoint
CREATE INDEX `integration_events_endpoint_received_idx` ON `integration_events` (`endpoint_id`,`received_at`);--> statement-breakpoint
CREATE INDEX `integration_events_status_idx` ON `integration_events` (`endpoint_id`,`status`,`received_at`);--> statement-breakpoint
CREATE INDEX `integration_events_waiting_idx` ON `integration_events` (`status`,`received_at`);--> statement-breakpoint
CREATE TABLE `integration_outbox` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`customer_id` text NOT NULL,
	`endpoint_id` text NOT NULL,
	`topic` text NOT NULL,
	`record_type` text NOT NULL,
	`record_id` text NOT NULL,
	`payload` text NOT NULL,
	`status` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`enqueued_at` integer,
	`claimed_until` integer,
	`last_error` text,
	`created_at` integer NOT NULL,
	`sent_at` integer
);
--> statement-breakpoint
CREATE INDEX `integration_outbox_customer_idx` ON `integration_outbox` (`customer_id`,`status`);--> statement-breakpoint
CREATE INDEX `integration_outbox_status_idx` ON `integration_outbox` (`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `integration_outbox_endpoint_idx` ON `integration_outbox` (`endpoint_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `integration_refusals` (
	`endpoint_id` text NOT NULL,
	`reason` text NOT NULL,
	`minute` integer NOT NULL,
	`count` integer NOT NULL,
	`last_at` integer NOT NULL,
	`last_message` text NOT NULL,
	PRIMARY KEY(`endpoint_id`, `reason`, `minute`)
);
--> statement-breakpoint
CREATE INDEX `integration_refusals_minute_idx` ON `integration_refusals` (`minute`);