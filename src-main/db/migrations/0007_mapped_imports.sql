CREATE TABLE `import_code_maps` (
	`source_id` text NOT NULL,
	`dimension` text NOT NULL,
	`external_code` text NOT NULL,
	`outlay_code` text NOT NULL,
	PRIMARY KEY(`source_id`, `dimension`, `external_code`),
	FOREIGN KEY (`source_id`) REFERENCES `import_sources`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `import_sources` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`mapping` text DEFAULT '{}' NOT NULL,
	`options` text DEFAULT '{}' NOT NULL,
	CONSTRAINT "import_sources_kind" CHECK("import_sources"."kind" IN ('actuals', 'purchase-orders', 'labour'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `import_sources_kind_name_unique` ON `import_sources` (`kind`,upper("name"));--> statement-breakpoint
CREATE TABLE `closed_periods` (
	`month` text PRIMARY KEY NOT NULL,
	`closed_at` text NOT NULL,
	`closed_by` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `import_batches` (
	`id` text PRIMARY KEY NOT NULL,
	`source_id` text,
	`kind` text NOT NULL,
	`file_name` text NOT NULL,
	`sha256` text NOT NULL,
	`mapping_key` text NOT NULL,
	`row_count` integer NOT NULL,
	`imported_count` integer NOT NULL,
	`left_out_count` integer NOT NULL,
	`duplicate_count` integer NOT NULL,
	`totals` text NOT NULL,
	`imported_at` text NOT NULL,
	`imported_by` text NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `import_sources`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `import_batches_sha_idx` ON `import_batches` (`sha256`);--> statement-breakpoint
CREATE TABLE `purchase_orders` (
	`id` text PRIMARY KEY NOT NULL,
	`batch_id` text NOT NULL,
	`source_key` text NOT NULL,
	`po_number` text NOT NULL,
	`po_line` text DEFAULT '' NOT NULL,
	`date` text NOT NULL,
	`month` text NOT NULL,
	`vendor_id` text,
	`cost_center_id` text NOT NULL,
	`service_id` text,
	`account_id` text,
	`description` text DEFAULT '' NOT NULL,
	`amount` text NOT NULL,
	`currency` text NOT NULL,
	FOREIGN KEY (`batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`vendor_id`) REFERENCES `vendors`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`cost_center_id`) REFERENCES `cost_centers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`currency`) REFERENCES `currencies`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `purchase_orders_batch_idx` ON `purchase_orders` (`batch_id`);--> statement-breakpoint
CREATE INDEX `purchase_orders_month_idx` ON `purchase_orders` (`month`);--> statement-breakpoint
CREATE TABLE `labour_entries` (
	`id` text PRIMARY KEY NOT NULL,
	`batch_id` text NOT NULL,
	`source_key` text NOT NULL,
	`date` text DEFAULT '' NOT NULL,
	`month` text NOT NULL,
	`person_id` text NOT NULL,
	`person_kind` text NOT NULL,
	`hours` text DEFAULT '' NOT NULL,
	`rate` text DEFAULT '' NOT NULL,
	`amount` text NOT NULL,
	`currency` text NOT NULL,
	`cost_center_id` text NOT NULL,
	`service_id` text,
	`account_id` text,
	`vendor_id` text,
	FOREIGN KEY (`batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`currency`) REFERENCES `currencies`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`cost_center_id`) REFERENCES `cost_centers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`vendor_id`) REFERENCES `vendors`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "labour_entries_person_kind" CHECK("labour_entries"."person_kind" IN ('employee', 'contractor'))
);
--> statement-breakpoint
CREATE INDEX `labour_entries_batch_idx` ON `labour_entries` (`batch_id`);--> statement-breakpoint
CREATE INDEX `labour_entries_month_idx` ON `labour_entries` (`month`);--> statement-breakpoint
ALTER TABLE `actuals` ADD `batch_id` text;--> statement-breakpoint
ALTER TABLE `actuals` ADD `source_key` text;