ALTER TABLE `users` ADD `deputy_until` text;--> statement-breakpoint
ALTER TABLE `users` ADD `deputy_granted_by` integer;