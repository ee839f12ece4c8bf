-- SPDX-License-Identifier: GPL-3.0-or-later
-- What the claim ledger filters on, as columns beside the JSON body: the outlet, the number of
-- independent outlets stating the claim and whether another claim contradicts it. Derived tables
-- are rebuilt (the cleared state asks for it), which fills them.
ALTER TABLE claims ADD COLUMN outlet TEXT;
ALTER TABLE claims ADD COLUMN independent_sources INTEGER NOT NULL DEFAULT 0;
ALTER TABLE claims ADD COLUMN contradicted INTEGER NOT NULL DEFAULT 0;
CREATE INDEX claims_outlet ON claims (outlet);
DELETE FROM derived_state;

-- The documents of an entity without visiting its mentions' rows (hub entities' pages).
CREATE INDEX mentions_entity_document ON mentions (entity_id, document_id);
