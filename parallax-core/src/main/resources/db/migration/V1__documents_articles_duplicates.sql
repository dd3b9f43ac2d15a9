-- One row per input document ever seen: what became of it. Keyed by source and the SHA-256
-- of its bytes, so re-reading the same document finds this row instead of adding one.
CREATE TABLE documents (
  source        TEXT NOT NULL,
  bytes_sha256  TEXT NOT NULL,
  status        TEXT NOT NULL CHECK (status IN ('ok', 'skipped', 'failed')),
  reason        TEXT,
  article_id    TEXT,
  processed_at  TEXT NOT NULL,
  PRIMARY KEY (source, bytes_sha256)
);

CREATE TABLE articles (
  id              TEXT PRIMARY KEY,
  source          TEXT NOT NULL,
  content_hash    TEXT NOT NULL,
  outlet          TEXT,
  title           TEXT,
  byline          TEXT,
  published_date  TEXT,
  published_time  TEXT,
  published_from  TEXT,
  language        TEXT NOT NULL,
  text            TEXT NOT NULL,
  issues          TEXT NOT NULL
);
CREATE INDEX articles_content_hash ON articles (content_hash);

CREATE TABLE removed (
  article_id  TEXT NOT NULL REFERENCES articles (id),
  seq         INTEGER NOT NULL,
  text        TEXT NOT NULL,
  reason      TEXT NOT NULL,
  PRIMARY KEY (article_id, seq)
);

CREATE TABLE duplicates (
  article_id    TEXT PRIMARY KEY REFERENCES articles (id),
  canonical_id  TEXT NOT NULL REFERENCES articles (id),
  kind          TEXT NOT NULL,
  similarity    REAL NOT NULL
);
