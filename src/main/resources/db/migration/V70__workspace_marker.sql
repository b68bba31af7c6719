-- What kind of workspace this database is: the bundled fictional sample ('SAMPLE') or the user's own data ('OWN').
-- One row at most; a database without a row predates workspaces (see docs/decisions/0007-workspaces.md).
CREATE TABLE workspace (
    id         INT PRIMARY KEY CHECK (id = 1),
    kind       VARCHAR(10) NOT NULL CHECK (kind IN ('SAMPLE', 'OWN')),
    name       VARCHAR(200),
    created_at TIMESTAMP NOT NULL
);
