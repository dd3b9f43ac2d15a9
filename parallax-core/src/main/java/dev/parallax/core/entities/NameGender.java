package dev.parallax.core.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The gender a given name usually has ("Jennifer" a woman's, "Josh" a man's), read from the
 * name–gender list CoreNLP's models jar ships for its own coreference (census first names). A name
 * the list gives both genders ("Jordan", "Morgan") has none here. Used only where the article
 * itself says nothing ("Mr.", "spokeswoman"), and only for a given name written before a family
 * name, never for a name alone, which is usually a family name ("Ross"). Loaded once; thread-safe.
 */
final class NameGender {

  private static final String LIST = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";

  private NameGender() {}

  /** 'm', 'f', or 0 when the list does not know the name or gives it both genders. */
  static char of(String givenName) {
    Character g = Holder.GENDERS.get(givenName.toLowerCase(Locale.ROOT));
    return g == null ? 0 : g;
  }

  private static final class Holder {
    static final Map<String, Character> GENDERS = load();
  }

  private static Map<String, Character> load() {
    Map<String, Character> out = new HashMap<>();
    InputStream in = NameGender.class.getClassLoader().getResourceAsStream(LIST);
    if (in == null) {
      // the models jar is a declared dependency; without it no name has a known gender
      return out;
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split("\t");
        if (f.length < 2) {
          continue;
        }
        char g = f[1].startsWith("MALE") ? 'm' : f[1].startsWith("FEMALE") ? 'f' : 0;
        if (g == 0) {
          continue;
        }
        // a name listed under both genders is either
        out.merge(f[0], g, (a, b) -> a.equals(b) ? a : '?');
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + LIST, e);
    }
    out.values().removeIf(g -> g == '?');
    return out;
  }
}
