CREATE TABLE `audit_checkpoints` (
	`org_id` text NOT NULL,
	`seq` integer NOT NULL,
	`at` integer NOT NULL,
	`through_seq` integer NOT NULL,
	`heads` text NOT NULL,
	`prev_hash` text NOT NULL,
	`key_id` text NOT NULL,
	`hash` text NOT NULL,
	PRIMARY KEY(`org_id`, `seq`)
);
--> statement-breakpoint
CREATE TABLE `pii_reveals` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`staff_id` text NOT NULL,
	`customer_id` text NOT NULL,
	`field` text NOT NULL,
	`at` integer NOT NULL,
	`within_quota` integer NOT NULL,
	CONSTRAINT "pii_reveals_quota_check" CHECK("pii_reveals"."within_quota" = 1)
);
--> statement-breakpoint
CREATE INDEX `pii_reveals_staff_at_idx` ON `pii_reveals` (`staff_id`,`at`);--> statement-breakpoint
CREATE TABLE `security_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer NOT NULL,
	`kind` text NOT NULL,
	`ip` text,
	`user_agent` text,
	`details` text DEFAULT '{}' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `security_events_ip_at_idx` ON `security_events` (`ip`,`at`);--> statement-breakpoint
CREATE INDEX `security_events_at_idx` ON `security_events` (`at`);--> statement-breakpoint
ALTER TABLE `audit_log` ADD `stream` text DEFAULT 'legacy' NOT NULL;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `stream_seq` integer NOT NULL DEFAULT 0;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `key_id` text;--> statement-breakpoint
-- Rows written before streams keep their place: one `legacy` stream in the old global order, verified
-- by the old (unkeyed) rule. The append-only trigger steps aside for this one rewrite only.
DROP TRIGGER `audit_log_no_update`;--> statement-breakpoint
UPDATE `audit_log` SET `stream_seq` = `seq`;--> statement-breakpoint
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log` BEGIN
	SELECT RAISE(ABORT, 'audit_log is append-only');
END;--> statement-breakpoint
CREATE UNIQUE INDEX `audit_stream_seq_idx` ON `audit_log` (`stream`,`stream_seq`);--> statement-breakpoint
-- Checkpoints and reveals are append-only too.
CREATE TRIGGER `audit_checkpoints_no_update` BEFORE UPDATE ON `audit_checkpoints` BEGIN
	SELECT RAISE(ABORT, 'audit_checkpoints is append-only');
END;--> statement-breakpoint
CREATE TRIGGER `audit_checkpoints_no_delete` BEFORE DELETE ON `audit_checkpoints` BEGIN
	SELECT RAISE(ABORT, 'audit_checkpoints is append-only');
END;--> statement-breakpoint
CREATE TRIGGER `pii_reveals_no_update` BEFORE UPDATE ON `pii_reveals` BEGIN
	SELECT RAISE(ABORT, 'pii_reveals is append-only');
END;
