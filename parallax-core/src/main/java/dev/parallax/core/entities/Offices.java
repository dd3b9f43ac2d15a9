package dev.parallax.core.entities;

import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Offices written abbreviated before names ("Lt. Ana Ruiz", "Const. Ana Ruiz"), with the words they
 * stand for: the role reader finds them by their abbreviation, and the cross-checker compares them
 * as the full word ("Police Const." and "Constable" are one office). One table for both, so the two
 * cannot drift apart.
 */
public final class Offices {

  private static final Map<String, String> ABBREVIATED =
      Map.ofEntries(
          Map.entry("const", "constable"),
          Map.entry("sgt", "sergeant"),
          Map.entry("lt", "lieutenant"),
          Map.entry("capt", "captain"),
          Map.entry("det", "detective"),
          Map.entry("cpl", "corporal"),
          Map.entry("col", "colonel"),
          Map.entry("gen", "general"),
          Map.entry("adm", "admiral"),
          Map.entry("supt", "superintendent"),
          Map.entry("insp", "inspector"),
          Map.entry("cmdr", "commander"),
          Map.entry("gov", "governor"),
          Map.entry("sen", "senator"),
          Map.entry("rep", "representative"));

  /** The abbreviations as a regular-expression alternation, longest first. */
  static final String ALTERNATION =
      ABBREVIATED.keySet().stream()
          .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
          .collect(Collectors.joining("|"));

  private Offices() {}

  /**
   * The word a lower-case abbreviation stands for ("const" → "constable"), else the word itself.
   */
  public static String fullWord(String word) {
    return ABBREVIATED.getOrDefault(word, word);
  }
}
