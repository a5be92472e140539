CREATE TABLE `settings` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`base_currency` text NOT NULL,
	`fy_start_month` integer NOT NULL,
	`fiscal_calendar` text DEFAULT 'calendar-months' NOT NULL,
	`user_name` text NOT NULL,
	FOREIGN KEY (`base_currency`) REFERENCES `currencies`(`code`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "settings_single_row" CHECK("settings"."id" = 1),
	CONSTRAINT "settings_fy_start_month_range" CHECK("settings"."fy_start_month" BETWEEN 1 AND 12),
	CONSTRAINT "settings_fiscal_calendar_kind" CHECK("settings"."fiscal_calendar" IN ('calendar-months'))
);
--> statement-breakpoint
CREATE TABLE `currencies` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`minor_units` integer NOT NULL,
	CONSTRAINT "currencies_code_format" CHECK("currencies"."code" GLOB '[A-Z][A-Z][A-Z]'),
	CONSTRAINT "currencies_minor_units_range" CHECK("currencies"."minor_units" BETWEEN 0 AND 4)
);
--> statement-breakpoint
CREATE TABLE `fiscal_periods` (
	`fiscal_year` integer NOT NULL,
	`period` integer NOT NULL,
	`month` text NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text NOT NULL,
	PRIMARY KEY(`fiscal_year`, `period`)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `fiscal_periods_month_unique` ON `fiscal_periods` (`month`);--> statement-breakpoint
CREATE TABLE `departments` (
	`id` text PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`owner` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `departments_code_unique` ON `departments` (upper("code"));--> statement-breakpoint
CREATE TABLE `cost_centers` (
	`id` text PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`department_id` text NOT NULL,
	`parent_id` text,
	`owner` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`parent_id`) REFERENCES `cost_centers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cost_centers_code_unique` ON `cost_centers` (upper("code"));--> statement-breakpoint
CREATE INDEX `cost_centers_department_idx` ON `cost_centers` (`department_id`);--> statement-breakpoint
CREATE INDEX `cost_centers_parent_idx` ON `cost_centers` (`parent_id`);--> statement-breakpoint
CREATE TABLE `towers` (
	`id` text PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `towers_code_unique` ON `towers` (upper("code"));--> statement-breakpoint
CREATE TABLE `cost_pools` (
	`id` text PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cost_pools_code_unique` ON `cost_pools` (upper("code"));--> statement-breakpoint
CREATE TABLE `services` (
	`id` text PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`tower_id` text NOT NULL,
	`cost_pool_id` text NOT NULL,
	`owner` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`tower_id`) REFERENCES `towers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`cost_pool_id`) REFERENCES `cost_pools`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `services_code_unique` ON `services` (upper("code"));--> statement-breakpoint
CREATE INDEX `services_tower_idx` ON `services` (`tower_id`);--> statement-breakpoint
CREATE INDEX `services_cost_pool_idx` ON `services` (`cost_pool_id`);--> statement-breakpoint
CREATE TABLE `accounts` (
	`id` text PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`expense_type` text NOT NULL,
	CONSTRAINT "accounts_expense_type" CHECK("accounts"."expense_type" IN ('CapEx', 'OpEx'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_code_unique` ON `accounts` (upper("code"));--> statement-breakpoint
CREATE TABLE `vendors` (
	`id` text PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `vendors_code_unique` ON `vendors` (upper("code"));--> statement-breakpoint
CREATE TABLE `scenarios` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`copied_from_id` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`copied_from_id`) REFERENCES `scenarios`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "scenarios_kind" CHECK("scenarios"."kind" IN ('baseline', 'what-if'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `scenarios_name_unique` ON `scenarios` (upper("name"));--> statement-breakpoint
CREATE TABLE `budget_lines` (
	`id` text PRIMARY KEY NOT NULL,
	`scenario_id` text NOT NULL,
	`position` integer NOT NULL,
	`cost_center_id` text NOT NULL,
	`service_id` text NOT NULL,
	`account_id` text NOT NULL,
	`vendor_id` text,
	`currency` text NOT NULL,
	`expense_type` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`scenario_id`) REFERENCES `scenarios`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`cost_center_id`) REFERENCES `cost_centers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`vendor_id`) REFERENCES `vendors`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`currency`) REFERENCES `currencies`(`code`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "budget_lines_expense_type" CHECK("budget_lines"."expense_type" IN ('CapEx', 'OpEx'))
);
--> statement-breakpoint
CREATE INDEX `budget_lines_scenario_position_idx` ON `budget_lines` (`scenario_id`,`position`);--> statement-breakpoint
CREATE INDEX `budget_lines_cost_center_idx` ON `budget_lines` (`cost_center_id`);--> statement-breakpoint
CREATE INDEX `budget_lines_service_idx` ON `budget_lines` (`service_id`);--> statement-breakpoint
CREATE INDEX `budget_lines_account_idx` ON `budget_lines` (`account_id`);--> statement-breakpoint
CREATE INDEX `budget_lines_vendor_idx` ON `budget_lines` (`vendor_id`);--> statement-breakpoint
CREATE TABLE `budget_amounts` (
	`line_id` text NOT NULL,
	`month` text NOT NULL,
	`amount` text NOT NULL,
	PRIMARY KEY(`line_id`, `month`),
	FOREIGN KEY (`line_id`) REFERENCES `budget_lines`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "budget_amounts_not_zero" CHECK("budget_amounts"."amount" <> '0')
);
--> statement-breakpoint
CREATE TABLE `actuals` (
	`id` text PRIMARY KEY NOT NULL,
	`month` text NOT NULL,
	`cost_center_id` text NOT NULL,
	`service_id` text NOT NULL,
	`account_id` text NOT NULL,
	`vendor_id` text,
	`amount` text NOT NULL,
	`currency` text NOT NULL,
	`source` text DEFAULT '' NOT NULL,
	`reference` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`cost_center_id`) REFERENCES `cost_centers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`vendor_id`) REFERENCES `vendors`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`currency`) REFERENCES `currencies`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `actuals_month_idx` ON `actuals` (`month`);--> statement-breakpoint
CREATE INDEX `actuals_cost_center_idx` ON `actuals` (`cost_center_id`);--> statement-breakpoint
CREATE INDEX `actuals_service_idx` ON `actuals` (`service_id`);--> statement-breakpoint
CREATE INDEX `actuals_account_idx` ON `actuals` (`account_id`);--> statement-breakpoint
CREATE INDEX `actuals_vendor_idx` ON `actuals` (`vendor_id`);--> statement-breakpoint
CREATE TABLE `journal` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`actor` text NOT NULL,
	`at` text NOT NULL,
	`command` text NOT NULL,
	`label` text NOT NULL,
	`payload` text NOT NULL,
	`changes` text NOT NULL,
	`kind` text NOT NULL,
	`target_seq` integer,
	CONSTRAINT "journal_kind" CHECK("journal"."kind" IN ('do', 'undo', 'redo'))
);
