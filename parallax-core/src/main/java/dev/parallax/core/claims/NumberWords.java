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
          Map.entry("thirteen", 13.0),
          Map.entry("fourteen", 14.0),
          Map.entry("fifteen", 15.0),
          Map.entry("sixteen", 16.0),
          Map.entry("seventeen", 17.0),
          Map.entry("eighteen", 18.0),
          Map.entry("nineteen", 19.0),
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

  /** The value of a number word, or null: "fourteen", "twenty-five" (tens and units joined). */
  public static Double value(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    int dash = w.indexOf('-');
    if (dash > 0) {
      Double tens = VALUES.get(w.substring(0, dash));
      Double units = VALUES.get(w.substring(dash + 1));
      return tens != null && units != null && tens >= 20 && tens % 10 == 0 && units < 10
          ? tens + units
          : null;
    }
    return VALUES.get(w);
  }
}
