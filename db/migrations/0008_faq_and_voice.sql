CREATE TABLE `faq_articles` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`slug` text NOT NULL,
	`topic` text NOT NULL,
	`scope` text NOT NULL,
	`pair_key` text,
	`live_version` integer,
	`latest_version` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `faq_articles_org_slug_idx` ON `faq_articles` (`org_id`,`slug`);--> statement-breakpoint
CREATE INDEX `faq_articles_org_updated_idx` ON `faq_articles` (`org_id`,`updated_at`);--> statement-breakpoint
CREATE TABLE `faq_live` (
	`article_id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`scope` text NOT NULL,
	`version` integer NOT NULL,
	`questions` text NOT NULL,
	`title` text NOT NULL,
	`answer` text NOT NULL,
	`words` text NOT NULL,
	`variants` text NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `faq_articles`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `faq_live_org_idx` ON `faq_live` (`org_id`);--> statement-breakpoint
CREATE TABLE `faq_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`article_id` text NOT NULL,
	`version` integer NOT NULL,
	`title` text NOT NULL,
	`questions` text NOT NULL,
	`answer` text NOT NULL,
	`template` text,
	`change_note` text NOT NULL,
	`author_id` text,
	`author_name` text NOT NULL,
	`created_at` integer NOT NULL,
	`state` text NOT NULL,
	`approved_by` text,
	`approver_name` text,
	`approved_at` integer,
	FOREIGN KEY (`article_id`) REFERENCES `faq_articles`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `faq_versions_article_version_idx` ON `faq_versions` (`article_id`,`version`);--> statement-breakpoint
CREATE TABLE `voice_calls` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`call_sid` text NOT NULL,
	`from_digits` text NOT NULL,
	`customer_id` text,
	`verified` integer DEFAULT false NOT NULL,
	`step` text NOT NULL,
	`turn` integer DEFAULT 1 NOT NULL,
	`retries` integer DEFAULT 0 NOT NULL,
	`question` text,
	`answer` text,
	`article_id` text,
	`article_version` integer,
	`confidence` real,
	`product` text,
	`questions_answered` integer DEFAULT 0 NOT NULL,
	`outcome` text,
	`transfer_reason` text,
	`started_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`transferred_at` integer,
	`taken_by` text,
	`taken_by_name` text,
	`ended_at` integer,
	`logged_at` integer,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `voice_calls_call_sid_unique` ON `voice_calls` (`call_sid`);--> statement-breakpoint
CREATE INDEX `voice_calls_org_transferred_idx` ON `voice_calls` (`org_id`,`transferred_at`);--> statement-breakpoint
CREATE INDEX `voice_calls_customer_idx` ON `voice_calls` (`customer_id`,`started_at`);--> statement-breakpoint
CREATE TABLE `voice_lockouts` (
	`org_id` text NOT NULL,
	`from_digits` text NOT NULL,
	`failures` integer NOT NULL,
	`first_failure_at` integer NOT NULL,
	`locked_until` integer,
	PRIMARY KEY(`org_id`, `from_digits`)
);
--> statement-breakpoint
CREATE TABLE `voice_requests_seen` (
	`signature_hash` text PRIMARY KEY NOT NULL,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `voice_turns` (
	`call_id` text NOT NULL,
	`seq` integer NOT NULL,
	`at` integer NOT NULL,
	`speaker` text NOT NULL,
	`text` text NOT NULL,
	PRIMARY KEY(`call_id`, `seq`),
	FOREIGN KEY (`call_id`) REFERENCES `voice_calls`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
-- hand-written below (keep on regeneration)
-- Full-text index of faq_live (the approved version of each article in the answer engine's terms:
-- synonyms folded, stemmed), kept in step by triggers like customers_fts. `words` holds the plain
-- words articles use; spelling correction reads them through faq_index_terms.
CREATE VIRTUAL TABLE `faq_index` USING fts5(
	`questions`,
	`title`,
	`answer`,
	`words`,
	content='faq_live',
	content_rowid='rowid',
	tokenize='unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `faq_index_insert` AFTER INSERT ON `faq_live` BEGIN
	INSERT INTO `faq_index`(rowid, `questions`, `title`, `answer`, `words`) VALUES (new.rowid, new.`questions`, new.`title`, new.`answer`, new.`words`);
END;
--> statement-breakpoint
CREATE TRIGGER `faq_index_delete` AFTER DELETE ON `faq_live` BEGIN
	INSERT INTO `faq_index`(`faq_index`, rowid, `questions`, `title`, `answer`, `words`) VALUES ('delete', old.rowid, old.`questions`, old.`title`, old.`answer`, old.`words`);
END;
--> statement-breakpoint
CREATE TRIGGER `faq_index_update` AFTER UPDATE ON `faq_live` BEGIN
	INSERT INTO `faq_index`(`faq_index`, rowid, `questions`, `title`, `answer`, `words`) VALUES ('delete', old.rowid, old.`questions`, old.`title`, old.`answer`, old.`words`);
	INSERT INTO `faq_index`(rowid, `questions`, `title`, `answer`, `words`) VALUES (new.rowid, new.`questions`, new.`title`, new.`answer`, new.`words`);
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `faq_index_terms` USING fts5vocab(`faq_index`, 'col');
--> statement-breakpoint
-- A version's words are what compliance approved: they never change, and versions are never deleted.
CREATE TRIGGER `faq_versions_text_fixed` BEFORE UPDATE OF `title`, `questions`, `answer`, `template`, `version`, `article_id` ON `faq_versions` BEGIN
	SELECT RAISE(ABORT, 'faq_versions text is fixed once written');
END;
--> statement-breakpoint
CREATE TRIGGER `faq_versions_no_delete` BEFORE DELETE ON `faq_versions` BEGIN
	SELECT RAISE(ABORT, 'faq_versions are never deleted');
END;
