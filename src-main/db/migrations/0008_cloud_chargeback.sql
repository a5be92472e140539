CREATE TABLE `billing_imports` (
	`id` text PRIMARY KEY NOT NULL,
	`file_name` text NOT NULL,
	`sha256` text NOT NULL,
	`format` text NOT NULL,
	`grain` text NOT NULL,
	`tag_keys` text NOT NULL,
	`row_count` integer NOT NULL,
	`aggregate_count` integer NOT NULL,
	`totals` text NOT NULL,
	`periods` text NOT NULL,
	`imported_at` text NOT NULL,
	`imported_by` text NOT NULL,
	`replaced_by` text
);
--> statement-breakpoint
CREATE INDEX `billing_imports_sha_idx` ON `billing_imports` (`sha256`);--> statement-breakpoint
CREATE TABLE `billing_aggregates` (
	`id` text PRIMARY KEY NOT NULL,
	`import_id` text NOT NULL,
	`billing_period` text NOT NULL,
	`charge_period` text NOT NULL,
	`provider` text NOT NULL,
	`billing_account` text NOT NULL,
	`sub_account` text,
	`service` text,
	`region` text,
	`resource_type` text,
	`charge_category` text,
	`commitment_discount` text,
	`tags` text NOT NULL,
	`currency` text NOT NULL,
	`billed_cost` text NOT NULL,
	`effective_cost` text NOT NULL,
	`list_cost` text,
	`contracted_cost` text,
	`row_count` integer NOT NULL,
	FOREIGN KEY (`import_id`) REFERENCES `billing_imports`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `billing_aggregates_period_idx` ON `billing_aggregates` (`billing_period`,`provider`,`billing_account`);--> statement-breakpoint
CREATE INDEX `billing_aggregates_charge_idx` ON `billing_aggregates` (`charge_period`);--> statement-breakpoint
CREATE INDEX `billing_aggregates_import_idx` ON `billing_aggregates` (`import_id`);--> statement-breakpoint
CREATE TABLE `billing_commitments` (
	`id` text PRIMARY KEY NOT NULL,
	`import_id` text NOT NULL,
	`billing_period` text NOT NULL,
	`charge_month` text NOT NULL,
	`provider` text NOT NULL,
	`billing_account` text NOT NULL,
	`commitment_discount_id` text,
	`commitment_discount_type` text,
	`commitment_discount_status` text,
	`charge_category` text NOT NULL,
	`pricing_category` text,
	`currency` text NOT NULL,
	`billed_cost` text NOT NULL,
	`effective_cost` text NOT NULL,
	`list_cost` text NOT NULL,
	`contracted_cost` text,
	`row_count` integer NOT NULL,
	FOREIGN KEY (`import_id`) REFERENCES `billing_imports`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `billing_commitments_period_idx` ON `billing_commitments` (`billing_period`,`provider`,`billing_account`);--> statement-breakpoint
CREATE INDEX `billing_commitments_import_idx` ON `billing_commitments` (`import_id`);--> statement-breakpoint
CREATE TABLE `commitment_terms` (
	`commitment_discount_id` text PRIMARY KEY NOT NULL,
	`start` text NOT NULL,
	`end` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `billing_tag_aliases` (
	`alias` text PRIMARY KEY NOT NULL,
	`canonical_key` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `billing_tag_keys` (
	`canonical_key` text PRIMARY KEY NOT NULL,
	`position` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `billing_tag_values` (
	`canonical_key` text NOT NULL,
	`from_value` text NOT NULL,
	`to_value` text NOT NULL,
	PRIMARY KEY(`canonical_key`, `from_value`)
);
--> statement-breakpoint
CREATE TABLE `allocation_driver_values` (
	`driver_id` text NOT NULL,
	`period` text NOT NULL,
	`target` text NOT NULL,
	`quantity` text NOT NULL,
	PRIMARY KEY(`driver_id`, `period`, `target`),
	FOREIGN KEY (`driver_id`) REFERENCES `allocation_drivers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `allocation_drivers` (
	`id` text PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`unit` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `allocation_drivers_code_unique` ON `allocation_drivers` (upper("code"));--> statement-breakpoint
CREATE TABLE `allocation_rules` (
	`id` text PRIMARY KEY NOT NULL,
	`position` integer NOT NULL,
	`name` text NOT NULL,
	`source` text NOT NULL,
	`method` text NOT NULL,
	`enabled` integer DEFAULT true NOT NULL,
	`note` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `allocation_rules_position_idx` ON `allocation_rules` (`position`);--> statement-breakpoint
CREATE TABLE `allocation_balances` (
	`run_id` text NOT NULL,
	`target` text NOT NULL,
	`currency` text NOT NULL,
	`amount` text NOT NULL,
	PRIMARY KEY(`run_id`, `target`, `currency`),
	FOREIGN KEY (`run_id`) REFERENCES `allocation_runs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `allocation_postings` (
	`run_id` text NOT NULL,
	`seq` integer NOT NULL,
	`rule` text NOT NULL,
	`step` integer NOT NULL,
	`method` text NOT NULL,
	`source_group` integer,
	`from_node` text,
	`source_amount` text NOT NULL,
	`target` text NOT NULL,
	`currency` text NOT NULL,
	`amount` text NOT NULL,
	`driver` text,
	`quantity` text,
	`driver_total` text,
	`percent` text,
	PRIMARY KEY(`run_id`, `seq`),
	FOREIGN KEY (`run_id`) REFERENCES `allocation_runs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `allocation_postings_target_idx` ON `allocation_postings` (`run_id`,`target`);--> statement-breakpoint
CREATE TABLE `allocation_runs` (
	`id` text PRIMARY KEY NOT NULL,
	`period` text NOT NULL,
	`basis` text NOT NULL,
	`status` text NOT NULL,
	`inputs` text NOT NULL,
	`ran_at` text NOT NULL,
	`ran_by` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `allocation_runs_period_idx` ON `allocation_runs` (`period`,`status`);--> statement-breakpoint
CREATE TABLE `allocation_sources` (
	`run_id` text NOT NULL,
	`seq` integer NOT NULL,
	`rule` text NOT NULL,
	`currency` text NOT NULL,
	`aggregate_ids` text NOT NULL,
	`amount` text NOT NULL,
	PRIMARY KEY(`run_id`, `seq`),
	FOREIGN KEY (`run_id`) REFERENCES `allocation_runs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `allocation_unallocated` (
	`run_id` text NOT NULL,
	`seq` integer NOT NULL,
	`reason` text NOT NULL,
	`rule` text,
	`detail` text NOT NULL,
	`currency` text NOT NULL,
	`amount` text NOT NULL,
	`source_group` integer,
	`from_node` text,
	PRIMARY KEY(`run_id`, `seq`),
	FOREIGN KEY (`run_id`) REFERENCES `allocation_runs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `chargeback_services` (
	`id` text PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`unit` text NOT NULL,
	`node` text NOT NULL,
	`active` integer DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `chargeback_services_code_unique` ON `chargeback_services` (upper("code"));--> statement-breakpoint
CREATE TABLE `chargeback_units` (
	`department_id` text PRIMARY KEY NOT NULL,
	`mode` text NOT NULL,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `service_capacity` (
	`service_id` text NOT NULL,
	`month` text NOT NULL,
	`capacity` text NOT NULL,
	PRIMARY KEY(`service_id`, `month`),
	FOREIGN KEY (`service_id`) REFERENCES `chargeback_services`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `service_usage` (
	`month` text NOT NULL,
	`department_id` text NOT NULL,
	`service_id` text NOT NULL,
	`quantity` text NOT NULL,
	PRIMARY KEY(`month`, `department_id`, `service_id`),
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`service_id`) REFERENCES `chargeback_services`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `rate_card_entries` (
	`card_id` text NOT NULL,
	`service_id` text NOT NULL,
	`rate` text NOT NULL,
	`pool_cost` text,
	`volume` text,
	PRIMARY KEY(`card_id`, `service_id`),
	FOREIGN KEY (`card_id`) REFERENCES `rate_cards`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`service_id`) REFERENCES `chargeback_services`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `rate_cards` (
	`id` text PRIMARY KEY NOT NULL,
	`fiscal_year` integer NOT NULL,
	`version` integer NOT NULL,
	`status` text NOT NULL,
	`basis` text NOT NULL,
	`markup_pct` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`published_at` text,
	`published_by` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rate_cards_fy_version_unique` ON `rate_cards` (`fiscal_year`,`version`);--> statement-breakpoint
CREATE INDEX `rate_cards_status_idx` ON `rate_cards` (`fiscal_year`,`status`);--> statement-breakpoint
CREATE TABLE `chargeback_adjustments` (
	`id` text PRIMARY KEY NOT NULL,
	`month` text NOT NULL,
	`department_id` text NOT NULL,
	`kind` text NOT NULL,
	`payload` text NOT NULL,
	`dispute_id` text,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`dispute_id`) REFERENCES `invoice_disputes`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `chargeback_adjustments_month_idx` ON `chargeback_adjustments` (`month`);--> statement-breakpoint
CREATE TABLE `invoice_disputes` (
	`id` text PRIMARY KEY NOT NULL,
	`invoice_id` text NOT NULL,
	`line_key` text NOT NULL,
	`reason` text NOT NULL,
	`raised_by` text NOT NULL,
	`raised_at` text NOT NULL,
	`status` text NOT NULL,
	`resolution` text,
	`resolved_by` text,
	`resolved_at` text,
	`resolved_invoice_id` text,
	FOREIGN KEY (`invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `invoice_disputes_invoice_idx` ON `invoice_disputes` (`invoice_id`);--> statement-breakpoint
CREATE TABLE `invoices` (
	`id` text PRIMARY KEY NOT NULL,
	`department_id` text NOT NULL,
	`month` text NOT NULL,
	`revision` integer NOT NULL,
	`mode` text NOT NULL,
	`status` text NOT NULL,
	`currency` text NOT NULL,
	`total` text NOT NULL,
	`content` text NOT NULL,
	`allocation_run_id` text,
	`rate_card_id` text,
	`reason` text DEFAULT '' NOT NULL,
	`issued_at` text NOT NULL,
	`issued_by` text NOT NULL,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `invoices_unit_month_revision_unique` ON `invoices` (`department_id`,`month`,`revision`);--> statement-breakpoint
CREATE INDEX `invoices_month_idx` ON `invoices` (`month`,`status`);