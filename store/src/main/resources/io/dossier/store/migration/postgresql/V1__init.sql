-- SPDX-License-Identifier: GPL-3.0-or-later
-- Dossier knowledge base on PostgreSQL, schema version 1: the same tables, columns and keys as
-- sqlite/V1__init.sql, written in PostgreSQL's dialect. The two files change together: a store is
-- the same data whichever database holds it (see docs/CLI.md, "Shared PostgreSQL store").
--
-- Translation rules: INTEGER PRIMARY KEY AUTOINCREMENT -> BIGINT identity (never reused);
-- WITHOUT ROWID -> nothing; json_valid(x) -> x::json IS NOT NULL (an invalid body fails the
-- cast); BLOB -> BYTEA. Text that queries sort or compare by range uses COLLATE "C", SQLite's
-- binary order, so that both stores list things in the same order whatever the database locale.

CREATE TABLE documents (
  seq             BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id              TEXT    NOT NULL UNIQUE,
  source          TEXT    NOT NULL,
  outlet          TEXT,
  title           TEXT,
  published       TEXT,                      -- ISO-8601 date, yyyy-MM-dd
  published_basis TEXT    NOT NULL CHECK (published_basis IN ('metadata', 'inferred', 'unknown')),
  language        TEXT    NOT NULL,
  text            TEXT    NOT NULL,
  url             TEXT,
  content_hash    TEXT    NOT NULL,
  duplicate_of    TEXT,
  CHECK ((published IS NULL) = (published_basis = 'unknown'))
);
CREATE INDEX documents_content_hash ON documents (content_hash);

CREATE TABLE document_removed (
  document_id TEXT    NOT NULL REFERENCES documents (id),
  ord         INTEGER NOT NULL,
  text        TEXT    NOT NULL,
  PRIMARY KEY (document_id, ord)
);

CREATE TABLE times (
  document_id TEXT    NOT NULL REFERENCES documents (id),
  ord         INTEGER NOT NULL,
  span_start  INTEGER NOT NULL,
  span_end    INTEGER NOT NULL,
  text        TEXT    NOT NULL,
  type        TEXT    NOT NULL,
  value       TEXT,
  PRIMARY KEY (document_id, ord),
  CHECK (span_start >= 0 AND span_end >= span_start)
);

CREATE TABLE entities (
  seq        BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id         TEXT    NOT NULL UNIQUE,
  type       TEXT    NOT NULL,
  name       TEXT    NOT NULL,
  created_in TEXT    NOT NULL REFERENCES documents (id)
);
CREATE INDEX entities_created_in ON entities (created_in);

-- rowid: SQLite gives every row of this table an implicit rowid that queries order mentions by
-- (insertion order); here it is an explicit column of the same name, so the queries are the same.
CREATE TABLE mentions (
  rowid       BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  document_id TEXT    NOT NULL REFERENCES documents (id),
  entity_id   TEXT    NOT NULL REFERENCES entities (id),
  span_start  INTEGER NOT NULL,
  span_end    INTEGER NOT NULL,
  text        TEXT    NOT NULL,
  title       TEXT,
  rule        TEXT    NOT NULL,
  CHECK (span_start >= 0 AND span_end >= span_start)
);
CREATE INDEX mentions_document ON mentions (document_id, span_start, span_end);
CREATE INDEX mentions_entity ON mentions (entity_id);

CREATE TABLE entity_keys (
  type      TEXT NOT NULL,
  key       TEXT NOT NULL,
  entity_id TEXT NOT NULL REFERENCES entities (id),
  PRIMARY KEY (type, key, entity_id)
);
CREATE INDEX entity_keys_entity ON entity_keys (entity_id);

CREATE TABLE events (
  id   TEXT PRIMARY KEY,
  body TEXT NOT NULL CHECK (body::json IS NOT NULL)
);
CREATE TABLE claims (
  id   TEXT PRIMARY KEY,
  body TEXT NOT NULL CHECK (body::json IS NOT NULL)
);
CREATE TABLE relations (
  id   TEXT PRIMARY KEY,
  body TEXT NOT NULL CHECK (body::json IS NOT NULL)
);
