-- The journal is the audit trail: rows are appended, never changed or removed.
CREATE TRIGGER `journal_no_update` BEFORE UPDATE ON `journal`
BEGIN
	SELECT RAISE(ABORT, 'the journal is append-only: rows cannot be changed');
END;
--> statement-breakpoint
CREATE TRIGGER `journal_no_delete` BEFORE DELETE ON `journal`
BEGIN
	SELECT RAISE(ABORT, 'the journal is append-only: rows cannot be deleted');
END;
