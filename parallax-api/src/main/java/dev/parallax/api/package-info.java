/**
 * The vocabulary of Parallax: immutable records that flow through the pipeline and the one-method
 * interfaces of its stages. Nothing here has an implementation or a dependency.
 *
 * <pre>
 * Source ─► RawDocument ─► Extractor ─► Extraction(Article) ─► Deduplicator ─► Duplicate
 * </pre>
 *
 * <p>Rules every record follows:
 *
 * <ul>
 *   <li>Text positions are character offsets ({@code start} inclusive, {@code end} exclusive) into
 *       the {@code text} of the article they belong to, checked in the compact constructor.
 *   <li>Nothing disappears silently: text an extractor drops is kept as a {@link Removed} with a
 *       reason, and a document that yields no article still yields an {@link Extraction} saying why
 *       ({@link Status#SKIPPED} or {@link Status#FAILED}).
 *   <li>Messy input is never an exception; programmer errors (a null where a value is required,
 *       offsets out of bounds) are, and name the parameter.
 * </ul>
 */
package dev.parallax.api;
