/**
 * Claims: checkable statements as structured values.
 *
 * <p><b>In</b>: an article, its quotes and the run's entities. <b>Out</b>: {@link
 * dev.parallax.api.Claim}s — amounts of things ({@link dev.parallax.core.claims.QuantityFinder}),
 * durations of events ({@link dev.parallax.core.claims.DurationFinder}), roles, quotes — each with
 * its evidence span. Amounts and durations are ranges ({@link dev.parallax.core.claims.Amount}), so
 * "more than 500" and "502" agree and "its third year" and "over three and a half years" do not.
 *
 * <p><b>Traps</b>: years, dates, clock times, ordinals and vote tallies are not counts; "two years
 * ago" is not a duration; "since February 2022" needs the publication date.
 */
package dev.parallax.core.claims;
