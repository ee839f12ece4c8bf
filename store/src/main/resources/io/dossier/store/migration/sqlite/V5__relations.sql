-- SPDX-License-Identifier: GPL-3.0-or-later
-- Relations between entities (leads, member_of, supports, opposes, speaks_for, allied_with),
-- derived with the merged events and linked claims and rebuilt with them.
-- V1's placeholder table is replaced.
DROP TABLE relations;
CREATE TABLE relations (
  seq       INTEGER PRIMARY KEY,
  id        TEXT    NOT NULL UNIQUE,
  subject   TEXT    NOT NULL,
  predicate TEXT    NOT NULL,
  object    TEXT    NOT NULL,
  body      TEXT    NOT NULL
);
CREATE INDEX relations_subject ON relations (subject);
CREATE INDEX relations_object ON relations (object);
