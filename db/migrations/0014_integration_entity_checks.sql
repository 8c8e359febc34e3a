CREATE TABLE `integration_entity_checks` (
	`customer_id` text PRIMARY KEY NOT NULL,
	`matches` integer NOT NULL,
	CONSTRAINT "integration_entity_checks_matches_check" CHECK("integration_entity_checks"."matches" = 1)
);
