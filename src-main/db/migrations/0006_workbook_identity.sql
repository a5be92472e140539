CREATE TABLE `workbook_identity` (
	`id` integer PRIMARY KEY NOT NULL,
	`workbook_id` text NOT NULL,
	CONSTRAINT "workbook_identity_single_row" CHECK("workbook_identity"."id" = 1)
);
--> statement-breakpoint
INSERT INTO `workbook_identity` (`id`, `workbook_id`) VALUES (1, lower(hex(randomblob(16))));
