CREATE TABLE `forecast_profiles` (
	`scope_kind` text NOT NULL,
	`scope_id` text NOT NULL,
	`method` text DEFAULT 'auto' NOT NULL,
	`baseline_start` text,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`scope_kind`, `scope_id`),
	CONSTRAINT "forecast_profiles_scope_kind" CHECK("forecast_profiles"."scope_kind" IN ('line', 'cost-center', 'service', 'tower', 'account', 'total'))
);
--> statement-breakpoint
CREATE TABLE `forecast_adjustments` (
	`scope_kind` text NOT NULL,
	`scope_id` text NOT NULL,
	`month` text NOT NULL,
	`kind` text NOT NULL,
	`decision` text,
	`value` text,
	`reason` text DEFAULT '' NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`scope_kind`, `scope_id`, `month`, `kind`),
	CONSTRAINT "forecast_adjustments_kind" CHECK("forecast_adjustments"."kind" IN ('cleaning', 'one-off', 'level-shift')),
	CONSTRAINT "forecast_adjustments_decision" CHECK(("forecast_adjustments"."kind" = 'cleaning') = ("forecast_adjustments"."decision" IS NOT NULL) AND ("forecast_adjustments"."decision" IS NULL OR "forecast_adjustments"."decision" IN ('accepted', 'rejected')))
);
--> statement-breakpoint
CREATE TABLE `forecast_overrides` (
	`scope_kind` text NOT NULL,
	`scope_id` text NOT NULL,
	`month` text NOT NULL,
	`amount` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`scope_kind`, `scope_id`, `month`)
);
--> statement-breakpoint
CREATE TABLE `drivers` (
	`id` text PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`unit` text DEFAULT '' NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`forecast_method` text DEFAULT 'auto' NOT NULL,
	`created_at` text NOT NULL,
	CONSTRAINT "drivers_code_not_blank" CHECK(trim("drivers"."code") <> '')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `drivers_code_unique` ON `drivers` (upper("code"));--> statement-breakpoint
CREATE TABLE `driver_values` (
	`driver_id` text NOT NULL,
	`month` text NOT NULL,
	`kind` text NOT NULL,
	`value` text NOT NULL,
	PRIMARY KEY(`driver_id`, `month`),
	FOREIGN KEY (`driver_id`) REFERENCES `drivers`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "driver_values_kind" CHECK("driver_values"."kind" IN ('actual', 'plan'))
);
--> statement-breakpoint
CREATE TABLE `driver_assumptions` (
	`id` text PRIMARY KEY NOT NULL,
	`scenario_id` text NOT NULL,
	`driver_id` text NOT NULL,
	`from_month` text NOT NULL,
	`annual_growth` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`scenario_id`) REFERENCES `scenarios`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`driver_id`) REFERENCES `drivers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `driver_assumptions_scenario_idx` ON `driver_assumptions` (`scenario_id`,`driver_id`);--> statement-breakpoint
CREATE TABLE `driver_line_models` (
	`line_id` text PRIMARY KEY NOT NULL,
	`driver_id` text NOT NULL,
	`fixed_amount` text NOT NULL,
	`unit_rate` text NOT NULL,
	`escalation` text NOT NULL,
	`tier_size` text,
	`tier_amount` text,
	`start_month` text NOT NULL,
	`end_month` text,
	FOREIGN KEY (`line_id`) REFERENCES `budget_lines`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`driver_id`) REFERENCES `drivers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `driver_line_models_driver_idx` ON `driver_line_models` (`driver_id`);--> statement-breakpoint
CREATE TABLE `budget_line_sources` (
	`line_id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`ref` text NOT NULL,
	`detail` text DEFAULT '' NOT NULL,
	`posted_at` text NOT NULL,
	FOREIGN KEY (`line_id`) REFERENCES `budget_lines`(`id`) ON UPDATE no action ON DELETE no action
);
