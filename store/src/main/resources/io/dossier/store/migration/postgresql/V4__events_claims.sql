-- SPDX-License-Identifier: GPL-3.0-or-later
-- Dossier knowledge base on PostgreSQL, schema version 4 (as sqlite/V4__events_claims.sql): event
-- and claim mentions stored with their document, and the merged events and linked claims derived
-- from them.

CREATE TABLE event_mentions (
  document_id TEXT    NOT NULL REFERENCES documents (id),
  ord         INTEGER NOT NULL,
  type        TEXT    NOT NULL,
  body        TEXT    NOT NULL CHECK (body::json IS NOT NULL),
  geocode     TEXT             CHECK (geocode IS NULL OR geocode::json IS NOT NULL),
  PRIMARY KEY (document_id, ord)
);

CREATE TABLE claim_mentions (
  document_id TEXT    NOT NULL REFERENCES documents (id),
  ord         INTEGER NOT NULL,
  body        TEXT    NOT NULL CHECK (body::json IS NOT NULL),
  PRIMARY KEY (document_id, ord)
);

DROP TABLE events;
CREATE TABLE events (
  seq        BIGINT  PRIMARY KEY,
  id         TEXT    NOT NULL UNIQUE,
  type       TEXT    NOT NULL,
  date_first TEXT    COLLATE "C",            -- first day of the date window, yyyy-MM-dd
  date_last  TEXT    COLLATE "C",            -- last day of the date window
  body       TEXT    NOT NULL CHECK (body::json IS NOT NULL)
);
CREATE INDEX events_date ON events (date_first, date_last);

CREATE TABLE event_entities (
  entity_id TEXT    NOT NULL,
  event_seq BIGINT  NOT NULL REFERENCES events (seq),
  PRIMARY KEY (entity_id, event_seq)
);

CREATE TABLE event_documents (
  document_id TEXT    NOT NULL,
  event_seq   BIGINT  NOT NULL REFERENCES events (seq),
  PRIMARY KEY (document_id, event_seq)
);

DROP TABLE claims;
CREATE TABLE claims (
  seq         BIGINT  PRIMARY KEY,
  id          TEXT    NOT NULL UNIQUE,
  document_id TEXT    NOT NULL,
  cluster     TEXT    NOT NULL,
  body        TEXT    NOT NULL CHECK (body::json IS NOT NULL)
);
CREATE INDEX claims_document ON claims (document_id);

CREATE TABLE claim_entities (
  entity_id TEXT    NOT NULL,
  claim_seq BIGINT  NOT NULL REFERENCES claims (seq),
  role      TEXT    NOT NULL CHECK (role IN ('speaker', 'about')),
  PRIMARY KEY (entity_id, claim_seq, role)
);

CREATE TABLE derived_state (
  name      TEXT    PRIMARY KEY,
  documents BIGINT  NOT NULL,
  curations BIGINT  NOT NULL
);
