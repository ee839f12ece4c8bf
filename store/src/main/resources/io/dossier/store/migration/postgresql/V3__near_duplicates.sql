-- SPDX-License-Identifier: GPL-3.0-or-later
-- Dossier knowledge base on PostgreSQL, schema version 3 (as sqlite/V3__near_duplicates.sql):
-- MinHash signatures and their lookup bands, written in the same transaction as the document.

CREATE TABLE document_bands (
  band        TEXT NOT NULL,
  document_id TEXT NOT NULL REFERENCES documents (id),
  PRIMARY KEY (band, document_id)
);

-- The MinHash signature of a document: its 32-bit hashes, big-endian, in order.
CREATE TABLE document_signatures (
  document_id TEXT  PRIMARY KEY REFERENCES documents (id),
  signature   BYTEA NOT NULL
);
