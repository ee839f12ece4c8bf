-- SPDX-License-Identifier: GPL-3.0-or-later
-- Dossier knowledge base, schema version 2: entity aliases kept at commit time, and curation
-- decisions (merge, split, rename) stored as data that later ingests respect.

-- The surface names of each entity: one row per (entity, name as written), with the number of
-- mentions written that way and the link rule of the first of them (what follows the first ';'
-- of the mention's rule). Maintained by every commit and curation, so that the names of an entity
-- are an indexed lookup rather than an aggregation over its mentions. id orders the rows by first
-- appearance: ingest order of the document, then position in its text.
CREATE TABLE entity_aliases (
  id        INTEGER PRIMARY KEY,
  entity_id TEXT    NOT NULL REFERENCES entities (id),
  name      TEXT    NOT NULL,
  mentions  INTEGER NOT NULL CHECK (mentions > 0),
  rule      TEXT    NOT NULL,
  UNIQUE (entity_id, name)
);

-- Existing stores: computed once from their mentions, in order of first appearance.
INSERT INTO entity_aliases (entity_id, name, mentions, rule)
SELECT entity_id, text, n, link FROM (
  SELECT m.entity_id, m.text,
         COUNT(*) OVER (PARTITION BY m.entity_id, m.text) AS n,
         ROW_NUMBER() OVER (PARTITION BY m.entity_id, m.text
                            ORDER BY d.seq, m.span_start, m.span_end, m.rowid) AS r,
         CASE WHEN instr(m.rule, ';') > 0 THEN substr(m.rule, instr(m.rule, ';') + 1)
              ELSE m.rule END AS link,
         d.seq AS document_seq, m.span_start, m.span_end, m.rowid AS mention_row
  FROM mentions m JOIN documents d ON d.id = m.document_id)
WHERE r = 1
ORDER BY document_seq, span_start, span_end, mention_row;

-- The curation log: every decision in the order it was taken. Ids are those at the time of the
-- decision; no foreign keys, because a decision outlives the entities it names.
--   merge:  entity_id kept, other_id merged into it, name = the merged-away entity's name
--   split:  entity_id split, other_id the new entity, name = the alias that moved
--   rename: entity_id renamed, name = the new name, old_name = the name before
CREATE TABLE curation (
  seq        INTEGER PRIMARY KEY AUTOINCREMENT,
  op         TEXT    NOT NULL CHECK (op IN ('merge', 'split', 'rename')),
  entity_id  TEXT    NOT NULL,
  other_id   TEXT,
  name       TEXT,
  old_name   TEXT,
  created_at TEXT    NOT NULL,                 -- ISO-8601 instant given by the caller
  CHECK ((op = 'rename') = (other_id IS NULL))
);

-- Entities merged away, and the entity each now lives on (always one hop: merging the target
-- later moves its redirects along).
CREATE TABLE entity_redirects (
  from_id TEXT    PRIMARY KEY,
  to_id   TEXT    NOT NULL REFERENCES entities (id),
  curation_seq INTEGER NOT NULL REFERENCES curation (seq)
) WITHOUT ROWID;
CREATE INDEX entity_redirects_to ON entity_redirects (to_id);

-- Surface names split off an entity: they never link to it again; split_into is the entity that
-- took them (kept current when that entity is merged into another).
CREATE TABLE forbidden_names (
  entity_id    TEXT    NOT NULL REFERENCES entities (id),
  name         TEXT    NOT NULL,
  split_into   TEXT    NOT NULL REFERENCES entities (id),
  curation_seq INTEGER NOT NULL REFERENCES curation (seq),
  PRIMARY KEY (entity_id, name)
) WITHOUT ROWID;
CREATE INDEX forbidden_names_split_into ON forbidden_names (split_into);
