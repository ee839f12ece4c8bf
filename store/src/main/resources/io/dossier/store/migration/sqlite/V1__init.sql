-- SPDX-License-Identifier: GPL-3.0-or-later
-- Dossier knowledge base, schema version 1. SQLite is the source of truth; the Lucene index in
-- index/ is derived from these tables and rebuilt from them when it lags.

-- One row per article. seq is the ingest sequence: assigned on commit, monotonically increasing and
-- never reused (AUTOINCREMENT), so "ingest order" is "ORDER BY seq".
CREATE TABLE documents (
  seq             INTEGER PRIMARY KEY AUTOINCREMENT,
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
  duplicate_of    TEXT,                      -- no foreign key: the original may live in another store
  CHECK ((published IS NULL) = (published_basis = 'unknown'))
);
CREATE INDEX documents_content_hash ON documents (content_hash);

-- Boilerplate blocks removed from a document's body, in order.
CREATE TABLE document_removed (
  document_id TEXT    NOT NULL REFERENCES documents (id),
  ord         INTEGER NOT NULL,
  text        TEXT    NOT NULL,
  PRIMARY KEY (document_id, ord)
) WITHOUT ROWID;

-- Normalized time expressions of a document, in the order the analysis gave them.
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
) WITHOUT ROWID;

-- Resolved entities. seq orders them by creation; created_in is the document that created them.
-- Aliases, counts and documents are computed from mentions, never stored twice.
CREATE TABLE entities (
  seq        INTEGER PRIMARY KEY AUTOINCREMENT,
  id         TEXT    NOT NULL UNIQUE,
  type       TEXT    NOT NULL,
  name       TEXT    NOT NULL,
  created_in TEXT    NOT NULL REFERENCES documents (id)
);
CREATE INDEX entities_created_in ON entities (created_in);

-- Every resolved mention: the link from an entity back to a span of a document's text.
CREATE TABLE mentions (
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

-- Blocking keys under which resolution finds existing entities.
CREATE TABLE entity_keys (
  type      TEXT NOT NULL,
  key       TEXT NOT NULL,
  entity_id TEXT NOT NULL REFERENCES entities (id),
  PRIMARY KEY (type, key, entity_id)
) WITHOUT ROWID;
CREATE INDEX entity_keys_entity ON entity_keys (entity_id);

-- Placeholders for later stages: one JSON record per row until their shape settles.
CREATE TABLE events (
  id   TEXT PRIMARY KEY,
  body TEXT NOT NULL CHECK (json_valid(body))
);
CREATE TABLE claims (
  id   TEXT PRIMARY KEY,
  body TEXT NOT NULL CHECK (json_valid(body))
);
CREATE TABLE relations (
  id   TEXT PRIMARY KEY,
  body TEXT NOT NULL CHECK (json_valid(body))
);
