-- Test only: a migration that changes the schema and then fails, as a broken upgrade would.
ALTER TABLE import_batch ADD COLUMN upgrade_probe INT;
INSERT INTO no_such_table VALUES (1);
