package dev.parallax.core.claims;

import java.util.Locale;
import java.util.Map;

/**
 * Numbers written as words ("three", "a dozen"), shared by the amount and duration finders and the
 * cross-checker's sentence comparison.
 */
public final class NumberWords {

  private static final Map<String, Double> VALUES =
      Map.ofEntries(
          Map.entry("one", 1.0),
          Map.entry("two", 2.0),
          Map.entry("three", 3.0),
          Map.entry("four", 4.0),
          Map.entry("five", 5.0),
          Map.entry("six", 6.0),
          Map.entry("seven", 7.0),
          Map.entry("eight", 8.0),
          Map.entry("nine", 9.0),
          Map.entry("ten", 10.0),
          Map.entry("eleven", 11.0),
          Map.entry("twelve", 12.0),
          Map.entry("fifteen", 15.0),
          Map.entry("twenty", 20.0),
          Map.entry("thirty", 30.0),
          Map.entry("forty", 40.0),
          Map.entry("fifty", 50.0),
          Map.entry("sixty", 60.0),
          Map.entry("seventy", 70.0),
          Map.entry("eighty", 80.0),
          Map.entry("ninety", 90.0),
          Map.entry("a hundred", 100.0),
          Map.entry("a dozen", 12.0));

  private NumberWords() {}

  /** The value of a number word, or null. */
  public static Double value(String word) {
    return VALUES.get(word.toLowerCase(Locale.ROOT));
  }
}
