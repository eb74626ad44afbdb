CREATE TABLE `household_members` (
	`household_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`relation` text NOT NULL,
	`joined_at` text NOT NULL,
	PRIMARY KEY(`household_id`, `person_id`),
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `household_members_person_unique` ON `household_members` (`person_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `household_members_one_head` ON `household_members` (`household_id`) WHERE "household_members"."relation" = 'head';--> statement-breakpoint
CREATE TABLE `households` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `office_settings` (
	`id` integer PRIMARY KEY NOT NULL,
	`gmina_name` text NOT NULL,
	`office_name` text NOT NULL,
	`street` text,
	`house_number` text NOT NULL,
	`postal_code` text NOT NULL,
	`town` text NOT NULL,
	`phone` text,
	`email` text,
	`director_name` text NOT NULL,
	`director_title` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "office_settings_single_row" CHECK("office_settings"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE `persons` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`first_name` text NOT NULL,
	`last_name` text NOT NULL,
	`pesel` text,
	`id_document` text,
	`birth_date` text NOT NULL,
	`sex` text NOT NULL,
	`locality` text NOT NULL,
	`street` text,
	`house_number` text NOT NULL,
	`flat_number` text,
	`postal_code` text NOT NULL,
	`post_town` text NOT NULL,
	`phone` text,
	`pesel_checksum_accepted` integer DEFAULT false NOT NULL,
	`search_text` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "persons_identified" CHECK("persons"."pesel" IS NOT NULL OR "persons"."id_document" IS NOT NULL)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `persons_pesel_unique` ON `persons` (`pesel`);--> statement-breakpoint
CREATE INDEX `persons_search_text` ON `persons` (`search_text`);--> statement-breakpoint
CREATE INDEX `persons_updated_at` ON `persons` (`updated_at`);