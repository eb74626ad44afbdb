CREATE TABLE `person_bank_accounts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`nrb` text NOT NULL,
	`holder` text,
	`created_by_user_id` integer NOT NULL,
	`created_at` text NOT NULL,
	`removed_at` text,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `person_bank_accounts_person` ON `person_bank_accounts` (`person_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `person_bank_accounts_current` ON `person_bank_accounts` (`person_id`,`nrb`) WHERE `removed_at` IS NULL;--> statement-breakpoint
-- The accounts already named by signed decisions become the persons' accounts.
INSERT INTO `person_bank_accounts` (`person_id`, `nrb`, `created_by_user_id`, `created_at`)
SELECT c.`applicant_person_id`, json_extract(d.`fields`, '$.bankAccount'), min(d.`prepared_by_user_id`), min(d.`signed_at`)
FROM `decisions` d JOIN `cases` c ON c.`id` = d.`case_id`
WHERE d.`status` = 'signed' AND json_extract(d.`fields`, '$.bankAccount') IS NOT NULL
GROUP BY c.`applicant_person_id`, json_extract(d.`fields`, '$.bankAccount');
