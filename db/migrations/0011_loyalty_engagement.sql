CREATE TABLE `customer_devices` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`customer_id` text NOT NULL,
	`device_id` text NOT NULL,
	`platform` text NOT NULL,
	`model` text NOT NULL,
	`os_version` text NOT NULL,
	`app_version` text,
	`screen` text NOT NULL,
	`notifications` integer NOT NULL,
	`first_seen_at` integer NOT NULL,
	`last_seen_at` integer NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `customer_devices_customer_idx` ON `customer_devices` (`customer_id`,`last_seen_at`);--> statement-breakpoint
CREATE TABLE `customer_tags` (
	`customer_id` text NOT NULL,
	`org_id` text NOT NULL,
	`tag` text NOT NULL,
	`label` text NOT NULL,
	`source` text NOT NULL,
	`rule` text,
	`applied_at` integer NOT NULL,
	PRIMARY KEY(`customer_id`, `source`, `tag`),
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `customer_tags_org_tag_idx` ON `customer_tags` (`org_id`,`tag`,`customer_id`);--> statement-breakpoint
CREATE TABLE `engagement_events` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`customer_id` text NOT NULL,
	`kind` text NOT NULL,
	`store_id` text,
	`name` text NOT NULL,
	`points` integer DEFAULT 0 NOT NULL,
	`at` integer NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`store_id`) REFERENCES `stores`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `engagement_events_customer_idx` ON `engagement_events` (`customer_id`,`at`);--> statement-breakpoint
CREATE TABLE `loyalty_transactions` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`customer_id` text NOT NULL,
	`store_id` text,
	`at` integer NOT NULL,
	`channel` text NOT NULL,
	`items` integer NOT NULL,
	`subtotal_cents` integer NOT NULL,
	`discount_cents` integer DEFAULT 0 NOT NULL,
	`tax_cents` integer DEFAULT 0 NOT NULL,
	`total_cents` integer NOT NULL,
	`points_earned` integer DEFAULT 0 NOT NULL,
	`tier_key` text NOT NULL,
	`promo_code` text,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`store_id`) REFERENCES `stores`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `loyalty_transactions_customer_idx` ON `loyalty_transactions` (`customer_id`,`at`);--> statement-breakpoint
CREATE INDEX `loyalty_transactions_org_at_idx` ON `loyalty_transactions` (`org_id`,`at`);--> statement-breakpoint
CREATE TABLE `rfm_cutoffs` (
	`org_id` text PRIMARY KEY NOT NULL,
	`computed_at` integer NOT NULL,
	`population` integer NOT NULL,
	`recency_days` text NOT NULL,
	`frequency` text NOT NULL,
	`monetary_cents` text NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `campaign_members` (
	`campaign_id` text NOT NULL,
	`customer_id` text NOT NULL,
	`enrolled_at` integer NOT NULL,
	`status` text NOT NULL,
	`touches` integer DEFAULT 0 NOT NULL,
	`last_touch_at` integer,
	PRIMARY KEY(`customer_id`, `campaign_id`),
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `campaign_members_campaign_idx` ON `campaign_members` (`campaign_id`);--> statement-breakpoint
CREATE TABLE `campaigns` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`name` text NOT NULL,
	`channel` text NOT NULL,
	`starts_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	`audience` text NOT NULL,
	`goal` text NOT NULL,
	`summary` text NOT NULL,
	`owner_name` text NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `campaigns_org_idx` ON `campaigns` (`org_id`,`starts_at`);--> statement-breakpoint
CREATE TABLE `customer_incentives` (
	`id` text PRIMARY KEY NOT NULL,
	`customer_id` text NOT NULL,
	`incentive_id` text NOT NULL,
	`offered_at` integer NOT NULL,
	`status` text NOT NULL,
	`progress` integer DEFAULT 0 NOT NULL,
	`target` integer NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`incentive_id`) REFERENCES `incentives`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `customer_incentives_customer_idx` ON `customer_incentives` (`customer_id`,`offered_at`);--> statement-breakpoint
CREATE TABLE `incentives` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`campaign_id` text,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`value` text NOT NULL,
	`requirement` text NOT NULL,
	`starts_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `loyalty_memberships` (
	`customer_id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`system_id` text NOT NULL,
	`member_since` integer NOT NULL,
	`qualifying_points` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`system_id`) REFERENCES `tier_systems`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `rewards` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`customer_id` text NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`value_cents` integer,
	`points_cost` integer DEFAULT 0 NOT NULL,
	`status` text NOT NULL,
	`earned_at` integer NOT NULL,
	`redeemed_at` integer,
	`expires_at` integer NOT NULL,
	`campaign_id` text,
	`store_id` text,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`store_id`) REFERENCES `stores`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `rewards_customer_idx` ON `rewards` (`customer_id`,`earned_at`);--> statement-breakpoint
CREATE TABLE `tier_history` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`customer_id` text NOT NULL,
	`system_id` text NOT NULL,
	`tier_id` text NOT NULL,
	`entered_at` integer NOT NULL,
	`expires_at` integer,
	`left_at` integer,
	`reason` text NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`system_id`) REFERENCES `tier_systems`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`tier_id`) REFERENCES `tiers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `tier_history_customer_idx` ON `tier_history` (`customer_id`,`entered_at`);--> statement-breakpoint
CREATE TABLE `tier_systems` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`provider` text,
	`currency` text DEFAULT 'points' NOT NULL,
	`term_months` integer NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `tiers` (
	`id` text PRIMARY KEY NOT NULL,
	`system_id` text NOT NULL,
	`key` text NOT NULL,
	`name` text NOT NULL,
	`rank` integer NOT NULL,
	`threshold` integer NOT NULL,
	`benefit` text NOT NULL,
	FOREIGN KEY (`system_id`) REFERENCES `tier_systems`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `tiers_system_rank_idx` ON `tiers` (`system_id`,`rank`);--> statement-breakpoint
CREATE TABLE `promo_claim_errors` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`customer_id` text NOT NULL,
	`code_typed` text NOT NULL,
	`promo_code_id` text,
	`reason` text NOT NULL,
	`limiter` text,
	`at` integer NOT NULL,
	`channel` text NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`promo_code_id`) REFERENCES `promo_codes`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `promo_claim_errors_customer_idx` ON `promo_claim_errors` (`customer_id`,`at`);--> statement-breakpoint
CREATE TABLE `promo_claims` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`customer_id` text NOT NULL,
	`promo_code_id` text NOT NULL,
	`code` text NOT NULL,
	`claimed_at` integer NOT NULL,
	`channel` text NOT NULL,
	`store_id` text,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`promo_code_id`) REFERENCES `promo_codes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`store_id`) REFERENCES `stores`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `promo_claims_org_code_idx` ON `promo_claims` (`org_id`,`code`,`customer_id`);--> statement-breakpoint
CREATE INDEX `promo_claims_customer_idx` ON `promo_claims` (`customer_id`,`claimed_at`);--> statement-breakpoint
CREATE TABLE `promo_codes` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`code` text NOT NULL,
	`description` text NOT NULL,
	`campaign_id` text,
	`starts_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	`eligible_tiers` text,
	`limiters` text DEFAULT '[]' NOT NULL,
	`time_zone` text DEFAULT 'America/New_York' NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `promo_codes_org_code_idx` ON `promo_codes` (`org_id`,`code`);--> statement-breakpoint
CREATE TABLE `promo_lockouts` (
	`customer_id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`failures` text DEFAULT '[]' NOT NULL,
	`locked_at` integer,
	`locked_until` integer,
	`reset_at` integer,
	`reset_by_id` text,
	`reset_by_name` text,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `customer_geo` (
	`customer_id` text PRIMARY KEY NOT NULL,
	`lat` real NOT NULL,
	`lon` real NOT NULL,
	`geocoded_at` integer NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `customer_stores` (
	`customer_id` text NOT NULL,
	`store_id` text NOT NULL,
	`relation` text NOT NULL,
	`visits` integer DEFAULT 0 NOT NULL,
	`last_visit_at` integer,
	PRIMARY KEY(`customer_id`, `store_id`),
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`store_id`) REFERENCES `stores`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `stores` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`store_number` text NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`address_line1` text NOT NULL,
	`city` text NOT NULL,
	`state` text NOT NULL,
	`postal_code` text NOT NULL,
	`phone` text,
	`hours` text NOT NULL,
	`franchised` integer DEFAULT false NOT NULL,
	`open_24h` integer DEFAULT false NOT NULL,
	`promotion` text,
	`lat` real,
	`lon` real,
	`geofence_radius_m` integer,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `stores_org_lat_lon_idx` ON `stores` (`org_id`,`lat`,`lon`);--> statement-breakpoint
CREATE INDEX `stores_org_number_idx` ON `stores` (`org_id`,`store_number`);--> statement-breakpoint
-- hand-written below (keep on regeneration)
-- Manual tags written before customer_tags existed (the customers.tags JSON the profile edits)
-- become rows that search by tag can find. Lower case, spaces as hyphens: normalizeTag for the
-- tags people write (core/domain/tag-rules.ts); profile edits keep both in step from now on.
INSERT OR IGNORE INTO `customer_tags` (`customer_id`, `org_id`, `tag`, `label`, `source`, `rule`, `applied_at`)
SELECT c.`id`, c.`org_id`, lower(replace(trim(j.`value`), ' ', '-')), trim(j.`value`), 'manual', NULL, c.`updated_at`
FROM `customers` c, json_each(c.`tags`) j
WHERE json_valid(c.`tags`) AND j.`type` = 'text' AND trim(j.`value`) <> '';
