ALTER TABLE `journal` ADD `format` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `journal` ADD `change_count` integer;--> statement-breakpoint
ALTER TABLE `journal` ADD `tables` text;--> statement-breakpoint
ALTER TABLE `journal` ADD `changes_blob` blob;--> statement-breakpoint
ALTER TABLE `journal` ADD `payload_blob` blob;