/** Full-text search over an analysis (Lucene). */
package dev.parallax.core.search;
