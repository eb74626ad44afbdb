CREATE TABLE `person_certificates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`kind` text NOT NULL,
	`issuer` text NOT NULL,
	`issued_on` text NOT NULL,
	`valid_until` text,
	`number` text,
	`notes` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_by_user_id` integer NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "person_certificates_period" CHECK("person_certificates"."valid_until" IS NULL OR "person_certificates"."valid_until" >= "person_certificates"."issued_on")
);
--> statement-breakpoint
CREATE INDEX `person_certificates_person` ON `person_certificates` (`person_id`);--> statement-breakpoint
CREATE INDEX `person_certificates_valid_until` ON `person_certificates` (`valid_until`);