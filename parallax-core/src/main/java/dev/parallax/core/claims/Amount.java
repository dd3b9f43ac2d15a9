package dev.parallax.core.claims;

import java.util.Locale;
import java.util.Set;

/**
 * An amount as a range, so that approximations can be compared with exact figures: "more than 500"
 * is {@code (500, ∞)}, "about 20" is {@code [18, 22]}, "502" is {@code [502, 502]}. Two amounts
 * agree when their ranges overlap, two approximations when one's figure lies within the other's
 * range.
 *
 * @param low lower bound (inclusive)
 * @param high upper bound (inclusive), {@code Double.POSITIVE_INFINITY} when open
 * @param qualifier the approximation as written ("more than", "about"), or {@code exact}
 */
public record Amount(double low, double high, String qualifier) {

  public Amount {
    if (Double.isNaN(low) || Double.isNaN(high) || high < low) {
      throw new IllegalArgumentException("bad range [" + low + ", " + high + "]");
    }
  }

  /** Qualifiers of a figure given roughly, which allow a tenth either way. */
  private static final Set<String> APPROXIMATE =
      Set.of(
          "about",
          "around",
          "some",
          "roughly",
          "approximately",
          "an estimated",
          "nearly",
          "almost",
          "close to",
          "estimated");

  /** The range a number gets under a qualifier. */
  public static Amount of(double n, String qualifier) {
    String q = qualifier == null ? "exact" : qualifier.toLowerCase(Locale.ROOT).trim();
    return switch (q) {
      case "more than", "over", "above", "in excess of", "upwards of" ->
          new Amount(n, Double.POSITIVE_INFINITY, q);
      case "at least", "no fewer than", "no less than" ->
          new Amount(n, Double.POSITIVE_INFINITY, q);
      case "less than", "fewer than", "under", "below" -> new Amount(0, n, q);
      case "up to", "at most", "as many as", "no more than" -> new Amount(0, n, q);
      default ->
          APPROXIMATE.contains(q) ? new Amount(n * 0.9, n * 1.1, q) : new Amount(n, n, "exact");
    };
  }

  /**
   * True when both can be true at once. Two approximations ("about 150", "about 180") each allow a
   * tenth either way, and letting their ranges merely overlap would let figures a fifth apart
   * agree; they agree when one's figure lies within the other's range.
   */
  public boolean agreesWith(Amount other) {
    if (approximate() && other.approximate()) {
      return other.within(figure()) || within(other.figure());
    }
    return low <= other.high && other.low <= high;
  }

  /** Whether the figure was given roughly ("about", "some", "nearly" …). */
  public boolean approximate() {
    return APPROXIMATE.contains(qualifier);
  }

  private double figure() {
    return (low + high) / 2;
  }

  private boolean within(double n) {
    return low <= n && n <= high;
  }

  /** Compact text for JSON: "exact 502", "more than 500 (500–∞)". */
  public String describe() {
    String hi = Double.isInfinite(high) ? "∞" : format(high);
    return qualifier.equals("exact")
        ? "exact " + format(low)
        : qualifier + " [" + format(low) + ", " + hi + "]";
  }

  /**
   * Reads back what {@link #describe()} wrote, so claims carried as text can be compared as ranges.
   *
   * @throws IllegalArgumentException when the text is not a described amount
   */
  public static Amount parse(String described) {
    String s = described.strip();
    try {
      if (s.startsWith("exact ")) {
        double n = Double.parseDouble(s.substring(6).strip());
        return new Amount(n, n, "exact");
      }
      int open = s.lastIndexOf('[');
      int comma = s.indexOf(',', open);
      int close = s.indexOf(']', comma);
      if (open <= 0 || comma < 0 || close < 0) {
        throw new IllegalArgumentException("not a described amount: " + described);
      }
      double low = Double.parseDouble(s.substring(open + 1, comma).strip());
      String hi = s.substring(comma + 1, close).strip();
      double high = hi.equals("∞") ? Double.POSITIVE_INFINITY : Double.parseDouble(hi);
      return new Amount(low, high, s.substring(0, open).strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a described amount: " + described, e);
    }
  }

  /** Narrowness, for ordering: exact figures first, open-ended ranges last. */
  public double width() {
    return high - low;
  }

  /**
   * Two decimals for figures of one or more; four significant digits below one. Durations are
   * carried in days, and two decimals would write every span under seven minutes as "0.0", so that
   * "30 seconds" and "97 seconds" read back as the same amount and agreed.
   */
  private static String format(double d) {
    if (d == Math.rint(d)) {
      return String.valueOf((long) d);
    }
    if (Math.abs(d) >= 1) {
      return String.valueOf(Math.round(d * 100) / 100.0);
    }
    return java.math.BigDecimal.valueOf(d)
        .round(new java.math.MathContext(4))
        .stripTrailingZeros()
        .toPlainString();
  }
}
