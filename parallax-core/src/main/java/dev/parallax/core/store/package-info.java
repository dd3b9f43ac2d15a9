/**
 * The store: SQLite by default, schema by Flyway migrations in {@code db/migration}.
 *
 * <p>Documents are keyed by source and the SHA-256 of their bytes; writes are {@code INSERT OR
 * IGNORE} inside one transaction per document, so re-ingesting changes nothing and a killed run
 * resumes cleanly. SQL only through bound parameters.
 */
package dev.parallax.core.store;
