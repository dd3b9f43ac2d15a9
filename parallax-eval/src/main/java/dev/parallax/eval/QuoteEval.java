package dev.parallax.eval;

import dev.parallax.api.Quote;
import dev.parallax.core.quotes.QuoteFinder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Speaker accuracy of direct quotes on PolNeAR ({@code shared/data/polnear}), by the measure in the
 * data README: one annotator file per article (the first by name); relations whose Content starts
 * with a double quote and whose Source names someone; the head name is the first run of capitalised
 * words of the Source after titles, pronouns and determiners; the predicted quote is the first that
 * covers at least half the gold content's words; the speaker is right when the head name's last
 * word is a word of the predicted speaker's name. A second figure reads the Source's person after
 * any role description ({@link #personName}): "Clinton campaign spokesman Brian Fallon" is Fallon,
 * where the literal first run is Clinton.
 */
public final class QuoteEval {

  /** One kept gold relation. */
  public record Gold(String article, String content, String source, String head, String person) {}

  /** Outcome counts. */
  public record Result(
      int relations, int right, int rightByPerson, int noQuote, int noSpeaker, List<String> wrong) {
    public double accuracy() {
      return relations == 0 ? 0 : (double) right / relations;
    }

    /** Accuracy against the person named after any role description ({@link #personName}). */
    public double accuracyByPerson() {
      return relations == 0 ? 0 : (double) rightByPerson / relations;
    }
  }

  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Set<String> SKIP =
      Set.of(
          "Mr",
          "Mrs",
          "Ms",
          "Dr",
          "Rep",
          "Sen",
          "Gov",
          "Gen",
          "Lt",
          "Col",
          "President",
          "Senator",
          "Governor",
          "Secretary",
          "Speaker",
          "Former",
          "Vice",
          "Republican",
          "Democratic",
          "Democrat",
          "GOP",
          "The",
          "A",
          "An",
          "He",
          "She",
          "They",
          "It",
          "I",
          "We",
          "You",
          "Who",
          "His",
          "Her",
          "Their",
          "This",
          "That",
          "Presidential",
          "Candidate",
          "Nominee",
          "U",
          "S",
          "US",
          "Attorney",
          "General",
          "Chairman",
          "Sheriff",
          "Judge",
          "Mayor",
          "Rev",
          "Pope",
          "Prime",
          "Minister",
          "Chief",
          "House",
          "Senate",
          "State",
          "Another",
          "Some",
          "One");

  private QuoteEval() {}

  public static boolean available(String split) {
    return Files.isDirectory(SharedData.dataset("polnear").resolve(split).resolve("text"));
  }

  /** Articles of a split: name → text. */
  public static Map<String, String> texts(String split) throws IOException {
    Path dir = SharedData.dataset("polnear").resolve(split).resolve("text");
    Map<String, String> out = new java.util.TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString().replaceFirst("\\.txt$", "");
        out.put(name, Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  /** The kept gold relations of a split. */
  public static List<Gold> gold(String split, Map<String, String> texts) throws IOException {
    return gold(split, texts, false);
  }

  /**
   * The kept gold relations of a split; with {@code apostrophes}, instead of those opening with a
   * double quote, those opening with two apostrophes ({@code ''…''}, the style of one outlet's
   * texts), which the protocol of shared/data/README.md leaves out: a separate, supplementary
   * figure.
   */
  public static List<Gold> gold(String split, Map<String, String> texts, boolean apostrophes)
      throws IOException {
    Path dir = SharedData.dataset("polnear").resolve(split).resolve("attributions");
    Map<String, Path> firstAnn = new HashMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        String article = name.replaceFirst("_[^_]+\\.ann$", "");
        firstAnn.putIfAbsent(article, f);
      }
    }
    List<Gold> out = new ArrayList<>();
    for (Map.Entry<String, String> t : texts.entrySet()) {
      Path ann = firstAnn.get(t.getKey());
      if (ann == null) {
        continue;
      }
      String text = t.getValue();
      Map<String, String> spans = new HashMap<>();
      List<String[]> relations = new ArrayList<>();
      for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
        String[] f = line.split("\t");
        if (f.length >= 2 && f[0].startsWith("T")) {
          String[] typeAndOffsets = f[1].split(" ", 2);
          StringBuilder joined = new StringBuilder();
          for (String frag : typeAndOffsets[1].split(";")) {
            String[] se = frag.trim().split(" ");
            int s = Integer.parseInt(se[0]);
            int e = Integer.parseInt(se[1]);
            if (s >= 0 && e <= text.length() && s <= e) {
              if (joined.length() > 0) {
                joined.append(' ');
              }
              joined.append(text, s, e);
            }
          }
          spans.put(f[0], joined.toString());
        } else if (f.length >= 2 && f[0].startsWith("E")) {
          String content = null;
          String source = null;
          for (String part : f[1].split(" ")) {
            String[] kv = part.split(":");
            if (kv.length == 2 && kv[0].equals("Content")) {
              content = kv[1];
            } else if (kv.length == 2 && kv[0].equals("Source")) {
              source = kv[1];
            }
          }
          relations.add(new String[] {content, source});
        }
      }
      for (String[] r : relations) {
        String content = r[0] == null ? null : spans.get(r[0]);
        String source = r[1] == null ? null : spans.get(r[1]);
        if (content == null || source == null) {
          continue;
        }
        String c = content.strip();
        boolean doubleQuote = !c.isEmpty() && "\"“”„".indexOf(c.charAt(0)) >= 0;
        if (apostrophes ? !c.startsWith("''") : !doubleQuote) {
          continue;
        }
        String head = headName(source);
        if (head != null) {
          out.add(new Gold(t.getKey(), content, source, head, personName(source)));
        }
      }
    }
    return out;
  }

  /** First run of capitalised words after titles, pronouns and determiners, or null. */
  static String headName(String source) {
    String[] words = source.replaceAll("[,;:()]", " , ").split("\\s+");
    List<String> run = new ArrayList<>();
    for (String w : words) {
      String bare = w.replaceAll("[.’'s]+$", "").replace(".", "");
      boolean capital = !w.isEmpty() && Character.isUpperCase(w.charAt(0));
      if (capital && !SKIP.contains(bare) && !SKIP.contains(w.replace(".", ""))) {
        run.add(w.replaceAll("[’']s$", ""));
      } else if (!run.isEmpty()) {
        break;
      }
    }
    return run.isEmpty() ? null : String.join(" ", run);
  }

  /**
   * The person a Source names once role descriptions are read as titles: the last run of
   * capitalised words before the first comma, "of", "who" or bracket — "Clinton campaign spokesman
   * Brian Fallon" → Brian Fallon, "French President François Hollande" → François Hollande, "Rep.
   * Jerry Nadler, a Clinton ally" → Jerry Nadler — or, when that part names no one ("Another
   * critic, Laurence H. Tribe"), the first run after it. Why a second reading: the data README's
   * rule, read literally as {@link #headName}, takes the first capitalised run, which is the
   * employer or the country in about one Source in ten and counts a right speaker as wrong. Both
   * figures are reported.
   */
  static String personName(String source) {
    for (String segment : source.split(",|\\(|\\)|\\bof\\b|\\bwho\\b|\\bfrom\\b|\\bfor\\b")) {
      List<String> last = List.of();
      List<String> run = new ArrayList<>();
      for (String w : segment.strip().split("\\s+")) {
        String bare = w.replaceAll("[.’'s]+$", "").replace(".", "");
        boolean capital = !w.isEmpty() && Character.isUpperCase(w.charAt(0));
        boolean possessive = w.matches(".*[’']s?$");
        if (capital && !SKIP.contains(bare) && !SKIP.contains(w.replace(".", "")) && !possessive) {
          run.add(w);
        } else {
          if (!run.isEmpty()) {
            last = run;
          }
          run = new ArrayList<>();
        }
      }
      if (!run.isEmpty()) {
        last = run;
      }
      if (!last.isEmpty()) {
        return String.join(" ", last);
      }
    }
    return headName(source);
  }

  public static Result score(
      Map<String, String> texts, List<Gold> gold, Function<String, List<Quote>> finder) {
    Map<String, List<Quote>> predicted = new HashMap<>();
    int right = 0;
    int rightByPerson = 0;
    int noQuote = 0;
    int noSpeaker = 0;
    List<String> wrong = new ArrayList<>();
    for (Gold g : gold) {
      List<Quote> quotes = predicted.computeIfAbsent(g.article(), a -> finder.apply(texts.get(a)));
      List<String> goldWords = words(g.content());
      Quote match = null;
      for (Quote q : quotes) {
        if (coverage(goldWords, words(q.text())) >= 0.5) {
          match = q;
          break;
        }
      }
      List<String> headWords = words(g.head());
      String last = headWords.get(headWords.size() - 1);
      List<String> personWords = words(g.person());
      if (match != null
          && match.speakerName() != null
          && !personWords.isEmpty()
          && words(match.speakerName()).contains(personWords.get(personWords.size() - 1))) {
        rightByPerson++;
      }
      if (match == null) {
        noQuote++;
        wrong.add("NO QUOTE  [" + g.head() + "] " + abbreviate(g.content()));
      } else if (match.speakerName() == null) {
        noSpeaker++;
        String t = texts.get(g.article());
        wrong.add("NO SPEAKER [" + g.head() + "] " + abbreviate(g.content()) + context(t, match));
      } else if (words(match.speakerName()).contains(last)) {
        right++;
        if (!personWords.isEmpty()
            && !words(match.speakerName()).contains(personWords.get(personWords.size() - 1))) {
          wrong.add(
              "PERSON ONLY WRONG ["
                  + g.source()
                  + " → "
                  + g.person()
                  + "] got ["
                  + match.speakerName()
                  + "]");
        }
      } else {
        wrong.add(
            "WRONG ["
                + g.head()
                + (g.person() != null && !g.person().equals(g.head()) ? " / " + g.person() : "")
                + "] got ["
                + match.speakerName()
                + "/"
                + match.how()
                + "] "
                + abbreviate(g.content())
                + context(texts.get(g.article()), match));
      }
    }
    return new Result(gold.size(), right, rightByPerson, noQuote, noSpeaker, wrong);
  }

  private static String context(String t, Quote match) {
    return "\n      BEFORE: "
        + abbreviate(t.substring(Math.max(0, match.start() - 150), match.start()))
        + "\n      AFTER: "
        + abbreviate(t.substring(match.end(), Math.min(t.length(), match.end() + 150)));
  }

  private static String abbreviate(String s) {
    String one = s.replaceAll("\\s+", " ");
    return one.length() > 160 ? one.substring(0, 160) + "…" : one;
  }

  private static double coverage(List<String> gold, List<String> quote) {
    if (gold.isEmpty()) {
      return 0;
    }
    Map<String, Integer> have = new HashMap<>();
    quote.forEach(w -> have.merge(w, 1, Integer::sum));
    int covered = 0;
    for (String w : gold) {
      Integer n = have.get(w);
      if (n != null && n > 0) {
        covered++;
        have.put(w, n - 1);
      }
    }
    return (double) covered / gold.size();
  }

  static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  public static Result run(String split) throws IOException {
    return run(split, false);
  }

  /** Scores the split's quotes opening with a double quote, or with two apostrophes. */
  public static Result run(String split, boolean apostrophes) throws IOException {
    Map<String, String> texts = texts(split);
    QuoteFinder finder = new QuoteFinder();
    return score(texts, gold(split, texts, apostrophes), finder::find);
  }

  public static void main(String[] args) throws IOException {
    String split = args.length > 0 ? args[0] : "dev";
    if (!available(split)) {
      System.out.println("polnear " + split + " not found under " + SharedData.dataset("polnear"));
      return;
    }
    long t0 = System.nanoTime();
    boolean apostrophes = List.of(args).contains("--apostrophes");
    Result r = run(split, apostrophes);
    System.out.printf(
        "polnear %s%s: %d quotes with a named source; speaker accuracy %.4f (%d right, %d no quote found, %d no speaker, %d wrong speaker); against the person after role descriptions %.4f; %.1f s%n",
        split,
        apostrophes ? " (quotes marked '' … '', supplementary)" : "",
        r.relations(),
        r.accuracy(),
        r.right(),
        r.noQuote(),
        r.noSpeaker(),
        r.relations() - r.right() - r.noQuote() - r.noSpeaker(),
        r.accuracyByPerson(),
        (System.nanoTime() - t0) / 1e9);
    if (List.of(args).contains("v")) {
      r.wrong().forEach(w -> System.out.println("  " + w));
    }
  }
}
