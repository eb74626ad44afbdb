-- The audit log is append-only: the program never changes or removes an entry. These triggers make an
-- accidental UPDATE or DELETE fail; a deliberate change by hand is caught by the hash chain (audit.verify).
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log` BEGIN
  SELECT RAISE(ABORT, 'Dziennik zdarzeń można tylko uzupełniać.');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log` BEGIN
  SELECT RAISE(ABORT, 'Dziennik zdarzeń można tylko uzupełniać.');
END;
