-- Full-text name search over customers (external-content FTS5 kept in sync by triggers).
CREATE VIRTUAL TABLE `customers_fts` USING fts5(
	`full_name`,
	content='customers',
	content_rowid='rowid',
	tokenize='unicode61 remove_diacritics 2',
	prefix='2 3'
);
--> statement-breakpoint
CREATE TRIGGER `customers_fts_insert` AFTER INSERT ON `customers` BEGIN
	INSERT INTO `customers_fts`(rowid, `full_name`) VALUES (new.rowid, new.`full_name`);
END;
--> statement-breakpoint
CREATE TRIGGER `customers_fts_delete` AFTER DELETE ON `customers` BEGIN
	INSERT INTO `customers_fts`(`customers_fts`, rowid, `full_name`) VALUES ('delete', old.rowid, old.`full_name`);
END;
--> statement-breakpoint
CREATE TRIGGER `customers_fts_update` AFTER UPDATE OF `full_name` ON `customers` BEGIN
	INSERT INTO `customers_fts`(`customers_fts`, rowid, `full_name`) VALUES ('delete', old.rowid, old.`full_name`);
	INSERT INTO `customers_fts`(rowid, `full_name`) VALUES (new.rowid, new.`full_name`);
END;
--> statement-breakpoint
-- The audit trail and revision history are append-only: the database itself refuses rewrites.
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log` BEGIN
	SELECT RAISE(ABORT, 'audit_log is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log` BEGIN
	SELECT RAISE(ABORT, 'audit_log is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `note_revisions_no_update` BEFORE UPDATE ON `note_revisions` BEGIN
	SELECT RAISE(ABORT, 'note_revisions is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `note_revisions_no_delete` BEFORE DELETE ON `note_revisions` BEGIN
	SELECT RAISE(ABORT, 'note_revisions is append-only');
END;
--> statement-breakpoint
-- Automatic and system notes never change; manual notes change only through an edit (with a revision).
CREATE TRIGGER `notes_immutable_no_update` BEFORE UPDATE ON `notes` WHEN old.`immutable` = 1 BEGIN
	SELECT RAISE(ABORT, 'note is immutable');
END;
--> statement-breakpoint
CREATE TRIGGER `notes_no_delete` BEFORE DELETE ON `notes` BEGIN
	SELECT RAISE(ABORT, 'notes are never deleted');
END;
--> statement-breakpoint
CREATE TRIGGER `activity_events_no_update` BEFORE UPDATE ON `activity_events` BEGIN
	SELECT RAISE(ABORT, 'activity_events is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `activity_events_no_delete` BEFORE DELETE ON `activity_events` BEGIN
	SELECT RAISE(ABORT, 'activity_events is append-only');
END;
