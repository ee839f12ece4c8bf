-- SPDX-License-Identifier: GPL-3.0-or-later
-- Dossier knowledge base, schema version 3: MinHash signatures and their lookup bands, so that a
-- new article finds the stored documents it may be a near-duplicate (syndicated copy) of. Written
-- in the same transaction as the document. Documents stored before this version have none and are
-- never found as originals.

-- One key per band of a document's signature; documents sharing a key are near-duplicate
-- candidates.
CREATE TABLE document_bands (
  band        TEXT NOT NULL,
  document_id TEXT NOT NULL REFERENCES documents (id),
  PRIMARY KEY (band, document_id)
) WITHOUT ROWID;

-- The MinHash signature of a document: its 32-bit hashes, big-endian, in order.
CREATE TABLE document_signatures (
  document_id TEXT PRIMARY KEY REFERENCES documents (id),
  signature   BLOB NOT NULL
) WITHOUT ROWID;
