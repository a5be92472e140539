CREATE TABLE `tco_models` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`model` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "tco_models_name_not_blank" CHECK(trim("tco_models"."name") <> ''),
	CONSTRAINT "tco_models_model_json" CHECK(json_valid("tco_models"."model"))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tco_models_name_unique` ON `tco_models` (upper("name"));