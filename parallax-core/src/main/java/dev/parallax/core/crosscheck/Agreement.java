package dev.parallax.core.crosscheck;

import dev.parallax.api.Claim;
import dev.parallax.core.claims.Amount;
import dev.parallax.core.entities.Offices;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether two statements of one fact can both be true. Semantic, not textual: "more than 500" and
 * "526" agree; "Foreign Minister" and "Ukrainian Foreign Minister" agree (one says less); "Russian
 * Foreign Minister" and "Ukrainian Foreign Minister" do not; a quote given to two different people
 * does not.
 */
final class Agreement {

  /**
   * Words that change which post a title names: a deputy minister is not the minister. A title with
   * one of them and a title without it disagree.
   */
  private static final Set<String> RANK = Set.of("deputy", "vice", "assistant");

  /**
   * Words that place a post in time, not name another one: "former director" and "director" are the
   * same post seen from different dates (an obituary, a profile), so they are left out.
   */
  private static final Set<String> WHEN = Set.of("former", "ex", "then", "late", "onetime");

  /**
   * Words that say how much a post counts, not which post it is: "a top adviser to Ruiz" and
   * "Ruiz's senior media adviser" are one post described twice, so they are left out.
   */
  private static final Set<String> STANDING =
      Set.of("top", "senior", "key", "longtime", "veteran", "leading", "close", "trusted");

  /**
   * Words that mark a post as about to be held: "President-elect Ana Ruiz" and "President Ana Ruiz"
   * name one post, seen before and after the day it was taken up. Unlike a former post, a post
   * about to be held is still this post: "President-elect" and "Lt." are at odds.
   */
  private static final Set<String> COMING = Set.of("elect", "designate");

  private Agreement() {}

  static boolean agree(Statement a, Statement b) {
    return switch (a.claim().kind()) {
      case "quote" -> a.who().equals(b.who()) || sameName(a.claim().subject(), b.claim().subject());
      case "role" ->
          a.title() != null && b.title() != null
              ? titlesAgree(a.title(), b.title())
              : rolesAgree(a.claim().value(), b.claim().value());
      case "quantity" -> amountsAgree(a.claim(), b.claim());
      case "place" -> placesAgree(a.claim().value(), b.claim().value());
      default -> agreeValues(a.claim().kind(), a.claim().value(), b.claim().value());
    };
  }

  /**
   * Whether two statements that agree say the same thing, so that one backs the other: two posts
   * that can both be held ("head of the accident board", "deputy transport minister") do not
   * contradict, but neither confirms the other. Posts back each other when they have the same head
   * word, or one's words are all in the other's; other kinds back each other whenever they agree.
   */
  static boolean corroborates(Statement a, Statement b) {
    if (!agree(a, b)) {
      return false;
    }
    if (!a.claim().kind().equals("role")) {
      return true;
    }
    String x = a.title() != null ? a.title().role() : a.claim().value();
    String y = b.title() != null ? b.title().role() : b.claim().value();
    if (held(x) != held(y)) {
      return false; // a post held before does not confirm one held now
    }
    List<String> p = roleWords(x);
    List<String> q = roleWords(y);
    String xSuite = corporateOffice(x);
    String ySuite = corporateOffice(y);
    if (xSuite != null && xSuite.equals(ySuite)) {
      return true;
    }
    if (p.isEmpty() || q.isEmpty() || containsAll(p, q) || containsAll(q, p)) {
      return true;
    }
    String xHead = p.get(p.size() - 1);
    String yHead = q.get(q.size() - 1);
    return sameWord(xHead, yHead) || sameOffice(xHead, yHead);
  }

  /**
   * Two names of where it happened agree when one is the other made more precise: "Northeast
   * Philadelphia" and "Philadelphia", "the Carlton Hotel" and "the Carlton", "Banstead High Street"
   * and "Banstead" — the shorter name's words all in the longer one.
   */
  static boolean placesAgree(String a, String b) {
    if (a.equalsIgnoreCase(b)) {
      return true;
    }
    List<String> x = spelledOut(placeWords(a), placeWords(b));
    List<String> y = spelledOut(placeWords(b), x);
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    List<String> shorter = x.size() <= y.size() ? x : y;
    List<String> longer = shorter == x ? y : x;
    return shorter.stream().allMatch(w -> longer.stream().anyMatch(v -> samePlaceWord(w, v)));
  }

  private static boolean samePlaceWord(String a, String b) {
    return a.equals(b) || clipped(a, b) || clipped(b, a) || abbreviated(a, b) || abbreviated(b, a);
  }

  /**
   * A place's written abbreviation: a few of its letters, in order, from its first ("Calif." and
   * "Tenn." for California and Tennessee, "Mo." for Missouri, "Fla." for Florida), the way news
   * style shortens a state or province after a town ("Springfield, Mo."). Two to five letters,
   * standing for a word at least two letters longer.
   */
  static boolean abbreviated(String shortForm, String full) {
    int n = shortForm.length();
    if (n < 2 || n > 5 || full.length() < n + 2 || shortForm.charAt(0) != full.charAt(0)) {
      return false;
    }
    int at = 1;
    for (int i = 1; i < n; i++) {
      at = full.indexOf(shortForm.charAt(i), at) + 1;
      if (at == 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * A place's familiar short form: the first syllable with its consonant doubled and a final "y"
   * ("Philly" for "Philadelphia"), the English way of making a pet name of a long one.
   */
  static boolean clipped(String pet, String full) {
    int n = pet.length();
    // a first syllable of four letters at least: "Harry" is not short for "Hartwell"
    if (n < 6 || full.length() < n + 2 || !pet.endsWith("y")) {
      return false;
    }
    char c = pet.charAt(n - 2);
    if (c != pet.charAt(n - 3) || "aeiouy".indexOf(c) >= 0) {
      return false;
    }
    return full.startsWith(pet.substring(0, n - 2));
  }

  /**
   * A place's words with a run of initials ("L. A. County") replaced by the other name's words they
   * stand for ("Los Angeles County"), when the other name has consecutive words with those first
   * letters.
   */
  static List<String> spelledOut(List<String> words, List<String> other) {
    for (int i = 0; i < words.size(); i++) {
      int j = i;
      while (j < words.size() && words.get(j).length() == 1) {
        j++;
      }
      if (j - i < 2) {
        continue;
      }
      List<String> initials = words.subList(i, j);
      for (int k = 0; k + initials.size() <= other.size(); k++) {
        boolean match = true;
        for (int m = 0; m < initials.size() && match; m++) {
          String w = other.get(k + m);
          match = w.length() > 1 && w.charAt(0) == initials.get(m).charAt(0);
        }
        if (match) {
          List<String> out = new ArrayList<>(words.subList(0, i));
          out.addAll(other.subList(k, k + initials.size()));
          out.addAll(words.subList(j, words.size()));
          return out;
        }
      }
    }
    return words;
  }

  private static List<String> placeWords(String place) {
    List<String> out = new ArrayList<>();
    for (String w : place.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty() && !w.equals("the") && !w.equals("of")) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * Two ways of naming one speaker: "Ruiz Vega" and "Ana Ruiz Vega", "Van Dam" and "VanDam", "Ana"
   * and "Ana Ruiz" — one name's words, spaces ignored, begin or end the other's. Entity resolution
   * decides most of these; this catches what it left apart.
   */
  static boolean sameName(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    String x = a.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
    String y = b.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
    if (x.length() < 3 || y.length() < 3) {
      return false;
    }
    String shorter = x.length() <= y.length() ? x : y;
    String longer = x.length() <= y.length() ? y : x;
    return longer.endsWith(shorter) || longer.startsWith(shorter) || surnameSlip(a, b);
  }

  /** The same given name and a family name one letter apart ("Ana Wetzel", "Ana Welzel"). */
  private static boolean surnameSlip(String a, String b) {
    String[] x = a.toLowerCase(Locale.ROOT).strip().split("\\s+");
    String[] y = b.toLowerCase(Locale.ROOT).strip().split("\\s+");
    if (x.length < 2 || y.length < 2 || !x[0].equals(y[0])) {
      return false;
    }
    String sx = x[x.length - 1];
    String sy = y[y.length - 1];
    return Math.min(sx.length(), sy.length()) >= 5 && oneEditApart(sx, sy);
  }

  /** A one-letter slip: "Wetzel" and "Welzel". */
  static boolean oneEditApart(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1 || a.equals(b)) {
      return a.equals(b);
    }
    int i = 0;
    while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (a.length() == b.length()) {
      return a.substring(i + 1).equals(b.substring(i + 1));
    }
    String longer = a.length() > b.length() ? a : b;
    String shorter = a.length() > b.length() ? b : a;
    return longer.substring(i + 1).equals(shorter.substring(i));
  }

  /** Whether two values of claims of one kind agree (quotes excepted: they need the speaker). */
  static boolean agreeValues(String kind, String a, String b) {
    return switch (kind) {
      case "quantity", "duration" -> amountsAgree(a, b);
      case "role" -> rolesAgree(a, b);
      case "start" -> daysOverlap(a, b);
      default -> a.equalsIgnoreCase(b);
    };
  }

  /**
   * Whether two days or spans of days ("2026-08-09", "2026-08-11/2026-08-12") share a day:
   * "overnight" and "on Tuesday" can both be right.
   */
  static boolean daysOverlap(String a, String b) {
    String[] x = a.split("/");
    String[] y = b.split("/");
    String xTo = x[x.length - 1];
    String yTo = y[y.length - 1];
    // ISO dates compare as text
    return x[0].compareTo(yTo) <= 0 && y[0].compareTo(xTo) <= 0;
  }

  /** Whether a claim is an exact share written in whole per cent ("38 percent", not "38.2%"). */
  static boolean wholePercent(Claim c) {
    java.util.regex.Matcher m = FIGURE.matcher(c.text());
    return c.value().startsWith("exact ")
        && m.find()
        && m.group(2) == null
        && PERCENT_SIGN.matcher(c.text()).find();
  }

  private static final java.util.regex.Pattern PERCENT_SIGN =
      java.util.regex.Pattern.compile("(?i)%|\\bper\\s*cent\\b|\\bpercent\\b");

  private static final java.util.regex.Pattern FIGURE =
      java.util.regex.Pattern.compile(
          "(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?\\s*(bn|billion|m|million|k|thousand|trillion|tn)?\\b",
          java.util.regex.Pattern.CASE_INSENSITIVE);

  /**
   * Amounts as written agree when they can be the same figure rounded: "£1.3bn" is any figure from
   * 1.25 to 1.35 billion, so it agrees with "£1.35bn"; "21,000" is 20,500–21,500 and does not agree
   * with "12,400"; "10" is 10 (see {@link #ROUNDING_MOST}).
   */
  static boolean amountsAgree(Claim a, Claim b) {
    try {
      Amount x = rounded(a);
      Amount y = rounded(b);
      // a rough figure already allows a tenth either way, which takes in any rounding of the
      // other: "some 16,000" agrees with a figure it spans, not with 14,000 widened to 14,700
      if (x.approximate() != y.approximate()) {
        Amount approximate = x.approximate() ? x : y;
        Amount exact = Amount.parse((x.approximate() ? b : a).value());
        return approximate.agreesWith(exact);
      }
      return x.agreesWith(y);
    } catch (IllegalArgumentException notAnAmount) {
      return a.value().equalsIgnoreCase(b.value());
    }
  }

  /**
   * The most a round figure is taken to have been rounded, as a share of itself. Half a unit of the
   * last digit alone made "10" anything from 5 to 15: in ECB+ "six games" agreed with "10 total
   * games" and "16 points" with "20 points", and a made-up eruption's 7 km and 10 km exclusion
   * zones were corroborated.
   */
  static final double ROUNDING_MOST = 0.05;

  /**
   * The claim's amount, widened by half a unit of the last digit written when it is exact, by no
   * more than {@link #ROUNDING_MOST} of itself.
   */
  static Amount rounded(Claim c) {
    Amount amount = Amount.parse(c.value());
    if (!amount.qualifier().equals("exact")) {
      return amount;
    }
    java.util.regex.Matcher m = FIGURE.matcher(c.text());
    if (!m.find()) {
      return amount;
    }
    String whole = m.group(1).replace(",", "");
    double unit;
    if (m.group(2) != null) {
      unit = Math.pow(10, -m.group(2).length());
    } else {
      int zeros = 0;
      for (int i = whole.length() - 1; i > 0 && whole.charAt(i) == '0'; i--) {
        zeros++;
      }
      unit = Math.pow(10, zeros);
    }
    String scale = m.group(3) == null ? "" : m.group(3).toLowerCase(Locale.ROOT);
    double multiplier =
        switch (scale) {
          case "k", "thousand" -> 1e3;
          case "m", "million" -> 1e6;
          case "bn", "billion" -> 1e9;
          case "tn", "trillion" -> 1e12;
          default -> 1;
        };
    double half = unit * multiplier / 2;
    // a round figure is widened by at most a twentieth of itself: "21,000" may be 20,800 told
    // roundly, but "10 km" is not 7 km, nor "20 points" 16
    half = Math.min(half, amount.low() * ROUNDING_MOST);
    if (multiplier == 1 && wholePercent(c)) {
      // a whole per cent is a share rounded to the half point, neither less nor more: "38 percent
      // of the vote" is 38.2 per cent told shortly, and "20 per cent" is a rate set at 20, not 19
      // told roundly
      half = 0.5;
    } else if (half <= 0.5 && multiplier == 1) {
      return amount;
    }
    // half open, as rounding half up is: "20" stands for 15 up to, not including, 25, so two
    // round figures next to each other ("10 feet", "20 feet") do not meet at 15
    return new Amount(
        Math.max(0, amount.low() - half), amount.high() + half - half * 1e-6, "exact");
  }

  static boolean amountsAgree(String a, String b) {
    try {
      return Amount.parse(a).agreesWith(Amount.parse(b));
    } catch (IllegalArgumentException notAnAmount) {
      return a.equalsIgnoreCase(b);
    }
  }

  /**
   * Two statements of a person's title agree when one's words are all in the other's (it says less,
   * not something else). Otherwise they are compared word by word from the title's head backwards
   * ("foreign minister", then the country): a different word in the same place is a different post
   * or a different country.
   */
  static boolean rolesAgree(String a, String b) {
    if (held(a) || held(b)) {
      // "the former head coach of the Celtics" and "Sixers coach": a post held before says
      // nothing against the post held now, and two former posts are a career
      return true;
    }
    List<String> x = roleWords(a);
    List<String> y = roleWords(b);
    for (String rank : RANK) {
      if (x.contains(rank) != y.contains(rank)) {
        return false;
      }
    }
    if (x.containsAll(y) || y.containsAll(x)) {
      return true;
    }
    int i = x.size() - 1;
    int j = y.size() - 1;
    while (i >= 0 && j >= 0) {
      if (!x.get(i).equals(y.get(j))) {
        return false;
      }
      i--;
      j--;
    }
    return true;
  }

  /**
   * Two titles of one person agree unless they name different countries or nationalities, a
   * different rank, or a different post: the same head with other words ("Interior Minister",
   * "Defence Minister"), or another head that no article gives the person alongside.
   */
  static boolean titlesAgree(Statement.Title a, Statement.Title b) {
    if (held(a.role()) || held(b.role())) {
      return true; // see rolesAgree: a former post is not at odds with another post
    }
    if (a.geographic() && b.geographic() && !overlap(a.affiliation(), b.affiliation())) {
      return false;
    }
    String xSuite = corporateOffice(a.role());
    String ySuite = corporateOffice(b.role());
    if (xSuite != null && ySuite != null) {
      return xSuite.equals(ySuite);
    }
    List<String> x = roleWords(a.role());
    List<String> y = roleWords(b.role());
    List<String> xPost = new ArrayList<>(x);
    List<String> yPost = new ArrayList<>(y);
    xPost.removeAll(RANK);
    yPost.removeAll(RANK);
    // the same post apart from the rank word: "deputy campaign manager" and "manager" may be one
    // post read in part, so only the same words with and without the rank are held apart
    boolean samePost = containsAll(xPost, yPost) && containsAll(yPost, xPost);
    for (String rank : RANK) {
      // a deputy minister is not the minister; "Assistant District Attorney" and "Prosecutor"
      // are compared as offices below
      if (x.contains(rank) != y.contains(rank) && samePost) {
        return false;
      }
    }
    if (x.isEmpty() || y.isEmpty() || containsAll(x, y) || containsAll(y, x)) {
      return true;
    }
    String xHead = x.get(x.size() - 1);
    String yHead = y.get(y.size() - 1);
    if (a.formal() && b.formal() && !sameWord(xHead, yHead)) {
      // two formal titles written before the name ("Judge Ana Ruiz", "Sheriff Ana Ruiz") name
      // the office the person holds: another office is a contradiction unless one title holds
      // the other's head among its words, affiliation included ("Committee Chairman Rep. Ana
      // Ruiz" holds both offices), or the two heads name one office
      return holdsBoth(a, a, b)
          || holdsBoth(b, a, b)
          || sameOffice(xHead, yHead)
          || policeRank(xHead, yHead)
          || bothCrafts(xHead, yHead)
          || chairOfABody(a, y)
          || chairOfABody(b, x)
          || leaderOfAChamber(a, yHead)
          || leaderOfAChamber(b, xHead)
          || ministerInParliament(xHead, yHead)
          || ministerInParliament(yHead, xHead)
          || initialism(a.role(), yHead)
          || initialism(b.role(), xHead);
    }
    // another head ("dictator", "former president"; "correspondent", "reporter") is another way
    // of describing the person more often than an error, so only the same post differently
    // qualified counts against
    return !sameWord(xHead, yHead);
  }

  private static final Pattern CHIEF_OFFICER =
      Pattern.compile("(?i)\\bchief\\s+(?:(executive)(?:\\s+officer)?|([a-z]+)\\s+officer)\\b");

  private static final Pattern C_INITIALISM = Pattern.compile("\\bC([A-Z])O\\b");

  /**
   * A company's chief officer as its initialism ("CEO", "CFO"), else null: "chief executive",
   * "Chief Executive Officer" and "CEO" are one post, and the chief financial officer is not the
   * chief executive. Each company has one of each, held by different people, so two of them for one
   * person cannot both be right — however loosely each is written, which the rule for other
   * descriptions would let pass as two ways of describing a person.
   */
  static String corporateOffice(String role) {
    Matcher m = C_INITIALISM.matcher(role.replace(".", ""));
    if (m.find()) {
      return "c" + m.group(1).toLowerCase(Locale.ROOT) + "o";
    }
    m = CHIEF_OFFICER.matcher(role);
    if (!m.find()) {
      return null;
    }
    String word = m.group(1) != null ? m.group(1) : m.group(2);
    return "c" + Character.toLowerCase(word.charAt(0)) + "o";
  }

  /**
   * Office words that name one post: a district attorney prosecutes, a representative is a
   * congressman. Offices only; descriptions are compared by the rule for informal titles.
   */
  private static final List<Set<String>> SAME_OFFICE =
      List.of(
          Set.of("prosecutor", "attorney"),
          // and a defence attorney is a lawyer: an attorney is either
          Set.of("lawyer", "attorney", "counsel"),
          // a New York Supreme Court justice is a trial judge, and reports write either
          Set.of("judge", "justice"),
          Set.of("congressman", "congresswoman", "representative"),
          Set.of("councilman", "councilwoman", "councillor", "councilor"),
          Set.of("chairman", "chairwoman", "chair"),
          Set.of("spokesman", "spokeswoman", "spokesperson"),
          // "IMF chief", "IMF head"; "the head of Iran's Seismic Research Center", "director of
          // the seismological center"
          Set.of("chief", "head", "director"));

  /**
   * Occupations of film, music and letters, which people hold several at once (an actor-director, a
   * singer-songwriter, a filmmaker who writes his scripts): "Moviemaker Ana Ruiz" and "Director Ana
   * Ruiz" are two true descriptions, not two offices.
   */
  private static final Set<String> CRAFTS =
      Set.of(
          "director",
          "filmmaker",
          "moviemaker",
          "producer",
          "screenwriter",
          "writer",
          "author",
          "novelist",
          "playwright",
          "poet",
          "actor",
          "actress",
          "singer",
          "songwriter",
          "musician",
          "composer",
          "rapper",
          "comedian",
          "artist",
          "photographer");

  private static boolean bothCrafts(String a, String b) {
    return CRAFTS.stream().anyMatch(w -> sameWord(demonymStem(w), a))
        && CRAFTS.stream().anyMatch(w -> sameWord(demonymStem(w), b));
  }

  /** Ranks and posts of the police, each of which is an officer. */
  private static final Set<String> POLICE =
      Set.of(
          "deputy",
          "sergeant",
          "sgt",
          "detective",
          "det",
          "trooper",
          "constable",
          "lieutenant",
          "lt",
          "captain",
          "capt",
          "corporal",
          "cpl",
          "patrolman",
          "patrolwoman",
          "inspector",
          "agent");

  /** "Officer Ana Ruiz" and "Deputy Ana Ruiz": an officer is any member of the police. */
  private static boolean policeRank(String a, String b) {
    return a.equals("officer") && POLICE.contains(b) || b.equals("officer") && POLICE.contains(a);
  }

  /**
   * The chair of a committee, board or commission holds that chair beside their office: "House
   * Natural Resources Committee Chairman Ana Ruiz" is also "Rep. Ana Ruiz".
   */
  private static boolean chairOfABody(Statement.Title chair, List<String> other) {
    if (other.isEmpty() || !chair.role().matches("(?i).*\\bchair(man|woman|person)?\\.?$")) {
      return false;
    }
    if (chair.affiliation() == null && chair.role().matches("(?i)chair(man|woman|person)?\\.?")) {
      // "Chairwoman Ana Ruiz" names no body: the chair of some committee or party, held beside
      // whatever office the other report gives ("Rep. Ana Ruiz")
      return true;
    }
    if (chair.affiliation() != null && chair.affiliation().strip().matches("\\p{Lu}{2,5}C")) {
      // an initialism ending in the body's word: "DNC Chair Ana Ruiz" (National Committee) is
      // also "Rep. Ana Ruiz"
      return true;
    }
    String body = (chair.affiliation() == null ? "" : chair.affiliation()) + " " + chair.role();
    return body.matches(
        "(?i).*\\b(committee|subcommittee|board|commission|panel|caucus|council|task force)\\b.*");
  }

  /**
   * Where ministers sit in parliament, a minister is also an MP: "Culture Secretary Ana Ruiz" and
   * "MP Ana Ruiz" are one person's two titles.
   */
  private static boolean ministerInParliament(String mpHead, String otherHead) {
    return mpHead.equals("mp")
        && Set.of("minister", "secretary", "chancellor", "whip", "leader").stream()
            .anyMatch(w -> sameWord(otherHead, demonymStem(w)));
  }

  /**
   * A leader of a legislative chamber is one of its members: "Senate Majority Leader Ana Ruiz" is
   * "Senator Ana Ruiz", "House Minority Whip Ana Ruiz" is "Rep. Ana Ruiz".
   */
  private static boolean leaderOfAChamber(Statement.Title leader, String otherHead) {
    String words =
        ((leader.affiliation() == null ? "" : leader.affiliation()) + " " + leader.role())
            .toLowerCase(Locale.ROOT);
    if (!words.matches(".*\\b(leader|whip|speaker|president pro tempore)\\b.*")) {
      return false;
    }
    return words.matches(".*\\bsenate\\b.*") && sameWord(otherHead, "senator")
        || words.matches(".*\\bhouse\\b.*") && sameOffice(otherHead, demonymStem("representative"));
  }

  private static boolean sameOffice(String a, String b) {
    return SAME_OFFICE.stream()
        .anyMatch(
            group ->
                // heads arrive stemmed as role words are ("justic", "chairm")
                group.stream().anyMatch(w -> sameWord(demonymStem(w), a))
                    && group.stream().anyMatch(w -> sameWord(demonymStem(w), b)));
  }

  /**
   * Whether a title ends in a capitalised initialism whose last letter starts the other title's
   * head: "GM" and "manager", "CEO" and "officer", "DA" and "attorney".
   */
  private static boolean initialism(String title, String otherHead) {
    String[] words = title.strip().split("\\s+");
    String last = words[words.length - 1].replace(".", "");
    // the other head is a word, not another initialism ("WR" and "RB" are two positions)
    return last.length() >= 2
        && last.length() <= 4
        && otherHead.length() >= 5
        && last.equals(last.toUpperCase(Locale.ROOT))
        && Character.toLowerCase(last.charAt(last.length() - 1)) == otherHead.charAt(0);
  }

  /**
   * Whether title {@code t}, affiliation included, holds the heads of both {@code a} and {@code b}.
   */
  static boolean holdsBoth(Statement.Title t, Statement.Title a, Statement.Title b) {
    if (t == null) {
      return false;
    }
    List<String> words = roleWords(t.role());
    if (t.affiliation() != null) {
      words.addAll(roleWords(t.affiliation()));
    }
    List<String> x = roleWords(a.role());
    List<String> y = roleWords(b.role());
    return !x.isEmpty()
        && !y.isEmpty()
        && !sameWord(x.get(x.size() - 1), y.get(y.size() - 1))
        && containsAll(words, List.of(x.get(x.size() - 1), y.get(y.size() - 1)));
  }

  /**
   * Whether title {@code t} is, alone, a rank word that one of {@code a} and {@code b} carries
   * before another office and the other does not: where a person is called just "Deputy", the word
   * is their office (a sheriff's deputy), and "Deputy Sgt." and "Sgt." are one deputy who is a
   * sergeant, not a deputy sergeant and a sergeant.
   */
  static boolean rankHeldAlone(Statement.Title t, Statement.Title a, Statement.Title b) {
    if (t == null) {
      return false;
    }
    List<String> words = roleWords(t.role());
    if (words.size() != 1 || !RANK.contains(words.getFirst())) {
      return false;
    }
    String rank = words.getFirst();
    List<String> x = roleWords(a.role());
    List<String> y = roleWords(b.role());
    if (x.contains(rank) == y.contains(rank)) {
      return false;
    }
    List<String> rest = new ArrayList<>(x.contains(rank) ? x : y);
    rest.remove(rank);
    List<String> other = x.contains(rank) ? y : x;
    // only the rank rule is set aside: "Deputy Sgt." against "Officer" is still two offices
    return !rest.isEmpty()
        && !other.isEmpty()
        && containsAll(rest, other)
        && containsAll(other, rest);
  }

  /** Every word of {@code part} is in {@code whole}, abbreviations matching their full words. */
  private static boolean containsAll(List<String> whole, List<String> part) {
    return part.stream().allMatch(p -> whole.stream().anyMatch(w -> sameWord(w, p)));
  }

  /**
   * The same title word, or one the abbreviation of the other: "sgt" and "sergeant", "gov" and
   * "governor", "lt" and "lieutenant" — the short word's letters in order in the long one, from the
   * same first letter.
   */
  static boolean sameWord(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    String shorter = a.length() <= b.length() ? a : b;
    String longer = a.length() <= b.length() ? b : a;
    if (shorter.length() < 2 || shorter.length() > 4 || shorter.charAt(0) != longer.charAt(0)) {
      return false;
    }
    int j = 1;
    for (int i = 1; i < longer.length() && j < shorter.length(); i++) {
      if (longer.charAt(i) == shorter.charAt(j)) {
        j++;
      }
    }
    return j == shorter.length();
  }

  /**
   * Whether a role's words place it before now ("former", "ex-", "then", "late"): "former Celtics
   * coach" may have been elsewhere than the post now.
   */
  private static boolean held(String role) {
    for (String w : role.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (WHEN.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Two affiliations that share a word ("Qeshm", "Qeshm island") name the same place. */
  private static boolean overlap(String a, String b) {
    List<String> x = roleWords(a);
    List<String> y = roleWords(b);
    return x.stream().anyMatch(y::contains);
  }

  /**
   * Lower-cased title words with possessives dropped and country names and their adjectives folded
   * together ("Russia's", "Russian" → "russ"; "Ukraine", "Ukrainian" → "ukrain").
   */
  static List<String> roleWords(String role) {
    List<String> out = new ArrayList<>();
    for (String w : role.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
      String t = w.replaceAll("'s?$", "");
      if (t.isEmpty()
          || t.equals("the")
          || t.equals("of")
          || t.equals("for")
          || WHEN.contains(t)
          || STANDING.contains(t)
          || COMING.contains(t)) {
        continue;
      }
      if (t.startsWith("spokes")) {
        t = "spokesman";
      }
      if (t.length() >= 7 && t.endsWith("ial")) {
        // the adjective and its noun qualify a post alike: "chief financial officer", "chief
        // finance officer"
        t = t.substring(0, t.length() - 3) + "e";
      }
      out.add(demonymStem(Offices.fullWord(t)));
    }
    return out;
  }

  private static final List<String> DEMONYM_ENDINGS =
      Arrays.asList("ian", "ean", "ese", "ish", "an", "ia", "i", "a", "e", "n");

  /** Folds a country name and its adjective to one stem; leaves short and other words alone. */
  static String demonymStem(String w) {
    if (w.length() < 5) {
      return w;
    }
    for (String ending : DEMONYM_ENDINGS) {
      if (w.endsWith(ending) && w.length() - ending.length() >= 4) {
        return w.substring(0, w.length() - ending.length());
      }
    }
    return w;
  }
}
