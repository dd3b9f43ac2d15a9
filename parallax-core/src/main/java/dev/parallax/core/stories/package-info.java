/**
 * Stories: which articles report one event, and which events are the same kind of news.
 *
 * <p>In: distinct articles (copies are left out; they follow their original), one at a time. {@link
 * dev.parallax.core.stories.StoryFeatures} turns each into words, names and numbers; {@link
 * dev.parallax.core.stories.LeadEmbedder} optionally embeds its lead. Out: a {@link
 * dev.parallax.core.stories.StoryClusterer.Book} of topics, each holding event stories.
 *
 * <p>Traps: the clusterer is incremental, so a placement returned by {@code add} can change when
 * later articles merge two stories — read the book's {@code events()} at the end, not the
 * placements along the way. Names are capitalised words, so headline-case titles add noise (titles
 * in all capitals are ignored). Articles in different languages share no terms and only the
 * embedding (trained on English) can join them: they usually end in separate stories.
 */
package dev.parallax.core.stories;
