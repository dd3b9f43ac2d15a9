-- Deep NLP runs once per distinct text: its named-entity mentions are kept by content hash, so
-- copies and re-runs reuse them.
CREATE TABLE annotations (
  content_hash  TEXT PRIMARY KEY,
  mentions      TEXT NOT NULL
);
