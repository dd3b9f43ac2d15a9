/**
 * Reports: {@code analysis.json} (the stable machine-readable result, documented in {@code
 * docs/analysis-format.md}) and {@code report.html} (one self-contained page for a person). Both
 * stream articles from the store. Every string from an input is escaped in HTML.
 */
package dev.parallax.core.report;
