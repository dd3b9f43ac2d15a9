/**
 * Entities across spellings (first part: person names).
 *
 * <p><b>In</b>: two person names as written — "LUKASHENKA, Alyaksandr Hryhoryavich", "Aleksandr
 * Lukashenko", "Александр Гриценко". <b>Out</b>: a {@link
 * dev.parallax.core.entities.NameMatcher.Decision}: same person or not, with the reason.
 *
 * <p>{@link dev.parallax.core.entities.PersonName} splits and folds a name (both orders, titles
 * dropped, Arabic lineage "bin …" and particles set aside, Cyrillic transliterated); {@link
 * dev.parallax.core.entities.Romanization} gives consonant skeletons that make romanisations meet;
 * {@code GivenNames} knows cognate forms (Volodymyr / Vladimir). {@link
 * dev.parallax.core.entities.NameMatcher} requires the family names to agree and the given names to
 * be compatible, first name to first name.
 *
 * <p><b>Traps</b>: a shared family name or a shared first name alone never makes two people one; a
 * missing given name is only harmless when it is a patronymic or an initial, or when the names that
 * do match are not among the most common; hyphenated given names (Korean) stay whole. The
 * NER-driven resolver that builds entities from article mentions comes with the NLP stage.
 */
package dev.parallax.core.entities;
