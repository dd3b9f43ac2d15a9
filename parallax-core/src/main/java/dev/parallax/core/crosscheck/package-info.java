/**
 * Cross-checking: which facts of a story independent sources corroborate, which rest on one source,
 * and which they contradict.
 *
 * <p><b>In</b>: the run's event stories, distinct articles, claims and entities. <b>Out</b>: {@link
 * dev.parallax.api.Finding}s with evidence from every article and a verdict, and each article's
 * {@link dev.parallax.api.Standing}. {@link dev.parallax.core.crosscheck.Sources} decides
 * independence (outlets, credited wires), {@link dev.parallax.core.crosscheck.Facts} aligns
 * statements of the same thing, {@link dev.parallax.core.crosscheck.Agreement} judges them.
 *
 * <p><b>Traps</b>: agreement is semantic ("more than 500" agrees with 526); an amount's value must
 * never decide whether two amounts are about the same thing; two articles of one outlet, or an
 * article and the wire it credits, are one source.
 */
package dev.parallax.core.crosscheck;
