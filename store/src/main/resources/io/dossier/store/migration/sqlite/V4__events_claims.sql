-- SPDX-License-Identifier: GPL-3.0-or-later
-- Dossier knowledge base, schema version 4: event and claim mentions, stored with the document that
-- reports them (part of its one-transaction commit), and the merged events and linked claims
-- derived from them.

-- Each event mention as extracted (the model's EventMention as JSON), with the coordinates the
-- user's gazetteer gave its place at ingest, if any.
CREATE TABLE event_mentions (
  document_id TEXT    NOT NULL REFERENCES documents (id),
  ord         INTEGER NOT NULL,
  type        TEXT    NOT NULL,
  body        TEXT    NOT NULL CHECK (json_valid(body)),
  geocode     TEXT             CHECK (geocode IS NULL OR json_valid(geocode)),
  PRIMARY KEY (document_id, ord)
) WITHOUT ROWID;

-- Each claim mention as extracted (the model's ClaimMention as JSON).
CREATE TABLE claim_mentions (
  document_id TEXT    NOT NULL REFERENCES documents (id),
  ord         INTEGER NOT NULL,
  body        TEXT    NOT NULL CHECK (json_valid(body)),
  PRIMARY KEY (document_id, ord)
) WITHOUT ROWID;

-- Derived tables: rebuilt from the mentions (never edited in place) after ingests and curation.
-- derived_state says which document and curation numbers they reflect, so a run killed before the
-- rebuild is detected and repaired by the next one.
DROP TABLE events;
CREATE TABLE events (
  seq        INTEGER PRIMARY KEY,
  id         TEXT    NOT NULL UNIQUE,
  type       TEXT    NOT NULL,
  date_first TEXT,                         -- first day of the date window, yyyy-MM-dd
  date_last  TEXT,                         -- last day of the date window
  body       TEXT    NOT NULL CHECK (json_valid(body))
);
CREATE INDEX events_date ON events (date_first, date_last);

CREATE TABLE event_entities (
  entity_id TEXT    NOT NULL,
  event_seq INTEGER NOT NULL REFERENCES events (seq),
  PRIMARY KEY (entity_id, event_seq)
) WITHOUT ROWID;

CREATE TABLE event_documents (
  document_id TEXT    NOT NULL,
  event_seq   INTEGER NOT NULL REFERENCES events (seq),
  PRIMARY KEY (document_id, event_seq)
) WITHOUT ROWID;

DROP TABLE claims;
CREATE TABLE claims (
  seq         INTEGER PRIMARY KEY,
  id          TEXT    NOT NULL UNIQUE,
  document_id TEXT    NOT NULL,
  cluster     TEXT    NOT NULL,
  body        TEXT    NOT NULL CHECK (json_valid(body))
);
CREATE INDEX claims_document ON claims (document_id);

CREATE TABLE claim_entities (
  entity_id TEXT    NOT NULL,
  claim_seq INTEGER NOT NULL REFERENCES claims (seq),
  role      TEXT    NOT NULL CHECK (role IN ('speaker', 'about')),
  PRIMARY KEY (entity_id, claim_seq, role)
) WITHOUT ROWID;

CREATE TABLE derived_state (
  name      TEXT    PRIMARY KEY,
  documents INTEGER NOT NULL,
  curations INTEGER NOT NULL
) WITHOUT ROWID;
