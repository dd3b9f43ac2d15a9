/**
 * Quotes and their speakers.
 *
 * <p><b>In</b>: an article's text. <b>Out</b>: {@link dev.parallax.api.Quote}s with offsets of
 * their marks, the quoted words, the speaker as the article names them (full name when given
 * anywhere before), the cue, how the speaker was found, and a confidence.
 *
 * <p><b>Traps</b>: straight quotes open or close by context; a right curly quote is sometimes used
 * to open; multi-paragraph quotes re-open at each paragraph and close once; "Mr." and initials are
 * not sentence ends; no-break spaces are spaces; capitalised roles ("Interior Minister") are not
 * part of the name. Stateless and thread-safe.
 */
package dev.parallax.core.quotes;
