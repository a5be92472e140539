CREATE TABLE `accounting_settings` (
	`id` integer PRIMARY KEY NOT NULL,
	`calendar_kind` text NOT NULL,
	`retail_pattern` text,
	`retail_end_weekday` integer,
	`retail_rule` text,
	`retail_end_month` integer,
	`rounding_mode` text NOT NULL,
	`accrual_policy` text NOT NULL,
	CONSTRAINT "accounting_settings_single_row" CHECK("accounting_settings"."id" = 1),
	CONSTRAINT "accounting_settings_calendar_kind" CHECK("accounting_settings"."calendar_kind" IN ('calendar-months', 'retail')),
	CONSTRAINT "accounting_settings_retail_complete" CHECK("accounting_settings"."calendar_kind" <> 'retail' OR ("accounting_settings"."retail_pattern" IN ('4-4-5', '4-5-4', '5-4-4') AND "accounting_settings"."retail_end_weekday" BETWEEN 0 AND 6 AND "accounting_settings"."retail_rule" IN ('last', 'nearest') AND "accounting_settings"."retail_end_month" BETWEEN 1 AND 12)),
	CONSTRAINT "accounting_settings_rounding_mode" CHECK("accounting_settings"."rounding_mode" IN ('HALF_UP', 'HALF_EVEN')),
	CONSTRAINT "accounting_settings_accrual_policy" CHECK("accounting_settings"."accrual_policy" IN ('by-days', 'even-by-period'))
);
--> statement-breakpoint
CREATE TABLE `capitalization_policies` (
	`asset_class` text PRIMARY KEY NOT NULL,
	`label` text NOT NULL,
	`treatment` text NOT NULL,
	`threshold` text NOT NULL,
	`threshold_basis` text NOT NULL,
	`useful_life_months` integer NOT NULL,
	`method` text NOT NULL,
	`convention` text NOT NULL,
	`declining_balance_percent` real,
	CONSTRAINT "capitalization_policies_treatment" CHECK("capitalization_policies"."treatment" IN ('threshold', 'always-opex')),
	CONSTRAINT "capitalization_policies_basis" CHECK("capitalization_policies"."threshold_basis" IN ('per-item', 'per-bundle')),
	CONSTRAINT "capitalization_policies_life" CHECK("capitalization_policies"."useful_life_months" BETWEEN 1 AND 1200)
);
--> statement-breakpoint
CREATE TABLE `assets` (
	`id` text PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`asset_class` text NOT NULL,
	`expense_type` text NOT NULL,
	`classification_rule` text NOT NULL,
	`cost` text NOT NULL,
	`salvage` text NOT NULL,
	`currency` text NOT NULL,
	`quantity` integer DEFAULT 1 NOT NULL,
	`bundle_total` text,
	`in_service_date` text NOT NULL,
	`useful_life_months` integer NOT NULL,
	`method` text NOT NULL,
	`convention` text NOT NULL,
	`declining_balance_percent` real,
	`total_units` real,
	`units_by_period` text DEFAULT '{}' NOT NULL,
	`units_label` text DEFAULT '' NOT NULL,
	`cost_center_id` text,
	`service_id` text,
	`account_id` text,
	`vendor_id` text,
	FOREIGN KEY (`currency`) REFERENCES `currencies`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`cost_center_id`) REFERENCES `cost_centers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`vendor_id`) REFERENCES `vendors`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "assets_expense_type" CHECK("assets"."expense_type" IN ('CapEx', 'OpEx')),
	CONSTRAINT "assets_life" CHECK("assets"."useful_life_months" BETWEEN 1 AND 1200),
	CONSTRAINT "assets_quantity" CHECK("assets"."quantity" >= 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `assets_code_unique` ON `assets` (upper("code"));--> statement-breakpoint
CREATE INDEX `assets_cost_center_idx` ON `assets` (`cost_center_id`);--> statement-breakpoint
CREATE INDEX `assets_service_idx` ON `assets` (`service_id`);--> statement-breakpoint
CREATE TABLE `asset_events` (
	`id` text PRIMARY KEY NOT NULL,
	`asset_id` text NOT NULL,
	`kind` text NOT NULL,
	`event_date` text NOT NULL,
	`amount` text,
	`useful_life_months` integer,
	`remaining_life_months` integer,
	`salvage` text,
	`note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`asset_id`) REFERENCES `assets`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "asset_events_kind" CHECK("asset_events"."kind" IN ('disposal', 'impairment', 'life-change'))
);
--> statement-breakpoint
CREATE INDEX `asset_events_asset_idx` ON `asset_events` (`asset_id`);--> statement-breakpoint
CREATE TABLE `contracts` (
	`id` text PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`vendor_id` text,
	`cost_center_id` text,
	`service_id` text,
	`account_id` text,
	`currency` text NOT NULL,
	`expense_type` text NOT NULL,
	`base_amount` text NOT NULL,
	`billing_frequency` text NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text NOT NULL,
	`escalation` text NOT NULL,
	`renewal_date` text,
	`notice_days` integer,
	`notice_months` integer,
	`auto_renew` integer,
	`renewal_term_months` integer,
	`payment_terms` text NOT NULL,
	`invoice_timing` text DEFAULT 'advance' NOT NULL,
	`prepaid` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`vendor_id`) REFERENCES `vendors`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`cost_center_id`) REFERENCES `cost_centers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`currency`) REFERENCES `currencies`(`code`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "contracts_expense_type" CHECK("contracts"."expense_type" IN ('CapEx', 'OpEx')),
	CONSTRAINT "contracts_billing" CHECK("contracts"."billing_frequency" IN ('monthly', 'quarterly', 'annual')),
	CONSTRAINT "contracts_dates" CHECK("contracts"."end_date" >= "contracts"."start_date"),
	CONSTRAINT "contracts_prepaid" CHECK("contracts"."prepaid" IN (0, 1)),
	CONSTRAINT "contracts_invoice_timing" CHECK("contracts"."invoice_timing" IN ('advance', 'arrears'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `contracts_code_unique` ON `contracts` (upper("code"));--> statement-breakpoint
CREATE INDEX `contracts_vendor_idx` ON `contracts` (`vendor_id`);--> statement-breakpoint
CREATE INDEX `contracts_cost_center_idx` ON `contracts` (`cost_center_id`);--> statement-breakpoint
CREATE TABLE `cost_items` (
	`id` text PRIMARY KEY NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`reference` text DEFAULT '' NOT NULL,
	`amount` text NOT NULL,
	`currency` text NOT NULL,
	`expense_type` text NOT NULL,
	`invoice_date` text NOT NULL,
	`payment_date` text,
	`payment_terms` text,
	`service_start` text NOT NULL,
	`service_end` text NOT NULL,
	`cost_center_id` text,
	`service_id` text,
	`account_id` text,
	`vendor_id` text,
	`contract_id` text,
	FOREIGN KEY (`currency`) REFERENCES `currencies`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`cost_center_id`) REFERENCES `cost_centers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`vendor_id`) REFERENCES `vendors`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`contract_id`) REFERENCES `contracts`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "cost_items_expense_type" CHECK("cost_items"."expense_type" IN ('CapEx', 'OpEx')),
	CONSTRAINT "cost_items_service_period" CHECK("cost_items"."service_end" >= "cost_items"."service_start")
);
--> statement-breakpoint
CREATE INDEX `cost_items_cost_center_idx` ON `cost_items` (`cost_center_id`);--> statement-breakpoint
CREATE INDEX `cost_items_service_idx` ON `cost_items` (`service_id`);--> statement-breakpoint
CREATE INDEX `cost_items_contract_idx` ON `cost_items` (`contract_id`);--> statement-breakpoint
CREATE TABLE `fx_rates` (
	`from_currency` text NOT NULL,
	`to_currency` text NOT NULL,
	`period` text NOT NULL,
	`budget_rate` text NOT NULL,
	`actual_rate` text,
	PRIMARY KEY(`from_currency`, `to_currency`, `period`),
	FOREIGN KEY (`from_currency`) REFERENCES `currencies`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`to_currency`) REFERENCES `currencies`(`code`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "fx_rates_pair" CHECK("fx_rates"."from_currency" <> "fx_rates"."to_currency"),
	CONSTRAINT "fx_rates_period" CHECK("fx_rates"."period" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]')
);
