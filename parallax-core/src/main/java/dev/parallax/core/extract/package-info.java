/**
 * Extraction: from a {@link dev.parallax.api.RawDocument} to a clean {@link
 * dev.parallax.api.Article}.
 *
 * <p><b>In</b>: bytes with a declared content type that may be wrong. <b>Out</b>: an {@link
 * dev.parallax.api.Extraction} — an article (text, title, byline, date with its provenance, outlet,
 * language, removed furniture with reasons, issues) or the reason there is none.
 *
 * <p>The chain inside {@link dev.parallax.core.extract.NewsExtractor}:
 *
 * <ol>
 *   <li>{@code ContentSniffer}: empty and binary inputs are skipped; HTML is recognised by its
 *       bytes, whatever the file is called.
 *   <li>{@link dev.parallax.core.extract.TextDecoder}: BOM, declared charset, {@code <meta>}
 *       charset, strict UTF-8, detection — never silent mojibake.
 *   <li>HTML: {@code HtmlMetadata} (meta tags, JSON-LD, {@code <time>}, URL) then {@code
 *       HtmlContent} (cleaning, paragraph evidence, best container, JSON-LD fallback). Plain text:
 *       {@code PlainTextContent} (title, furniture lines, link lists, credit lines, agency tails,
 *       hard wraps).
 *   <li>{@code RepeatedBlocks}: a paragraph repeated inside the article is kept once.
 *   <li>{@link dev.parallax.core.extract.LanguageGuesser}: OpenNLP language detection.
 * </ol>
 *
 * <p><b>Traps</b>: a furniture-named wrapper can hold the whole page (ASP.NET wraps pages in a
 * {@code <form>}), so large "furniture" is kept; thresholds written in characters must weigh CJK
 * text fairly ({@code TextWeight}); a dateline without a year gets the year of the fetch and says
 * so ({@code "dateline, year assumed"}). Everything here is stateless after construction and
 * thread-safe.
 */
package dev.parallax.core.extract;
