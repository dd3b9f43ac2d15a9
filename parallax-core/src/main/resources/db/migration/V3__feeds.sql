-- Feeds a server follows, kept so that a restart goes on following them.
CREATE TABLE feeds (
  url       TEXT PRIMARY KEY,
  added_at  TEXT NOT NULL
);
