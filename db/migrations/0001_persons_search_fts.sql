-- Prefix search over persons.search_text (names without Polish letters, PESEL, document number).
-- The text is normalised by the program (shared/domain/search.ts), so the plain unicode61 tokenizer suffices.
CREATE VIRTUAL TABLE `persons_fts` USING fts5(search_text, content='persons', content_rowid='id', tokenize='unicode61', prefix='1 2 3');
--> statement-breakpoint
INSERT INTO `persons_fts`(rowid, search_text) SELECT id, search_text FROM `persons`;
--> statement-breakpoint
CREATE TRIGGER `persons_fts_after_insert` AFTER INSERT ON `persons` BEGIN
  INSERT INTO `persons_fts`(rowid, search_text) VALUES (new.id, new.search_text);
END;
--> statement-breakpoint
CREATE TRIGGER `persons_fts_after_delete` AFTER DELETE ON `persons` BEGIN
  INSERT INTO `persons_fts`(`persons_fts`, rowid, search_text) VALUES ('delete', old.id, old.search_text);
END;
--> statement-breakpoint
CREATE TRIGGER `persons_fts_after_update` AFTER UPDATE OF search_text ON `persons` BEGIN
  INSERT INTO `persons_fts`(`persons_fts`, rowid, search_text) VALUES ('delete', old.id, old.search_text);
  INSERT INTO `persons_fts`(rowid, search_text) VALUES (new.id, new.search_text);
END;
