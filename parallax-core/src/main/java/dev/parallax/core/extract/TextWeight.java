package dev.parallax.core.extract;

/**
 * Measures text in a way that is fair across scripts. Thresholds written in characters for English
 * ("a paragraph has at least 120 characters") would reject every Chinese or Japanese paragraph,
 * where one character carries about as much as a short English word. Here a CJK character weighs
 * three ordinary characters, and counts as one word.
 */
final class TextWeight {

  private TextWeight() {}

  static boolean isCjk(int cp) {
    Character.UnicodeScript s = Character.UnicodeScript.of(cp);
    return s == Character.UnicodeScript.HAN
        || s == Character.UnicodeScript.HIRAGANA
        || s == Character.UnicodeScript.KATAKANA
        || s == Character.UnicodeScript.HANGUL
        || s == Character.UnicodeScript.THAI;
  }

  /** Length with CJK characters counted three times. */
  static int length(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      n += isCjk(cp) ? 3 : 1;
      i += Character.charCount(cp);
    }
    return n;
  }

  /** Words: whitespace-separated tokens, plus one per CJK character. */
  static int words(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (isCjk(cp)) {
        words++;
        inWord = false;
      } else if (Character.isWhitespace(cp)) {
        inWord = false;
      } else if (!inWord) {
        words++;
        inWord = true;
      }
      i += Character.charCount(cp);
    }
    return words;
  }
}
