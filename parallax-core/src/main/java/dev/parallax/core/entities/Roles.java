package dev.parallax.core.entities;

import dev.parallax.api.Entity;
import dev.parallax.api.Mention;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the role an article gives a person next to their name: before it ("Kremlin spokesman Dmitri
 * Orlov", "Ukrainian Foreign Minister Andrii Kovalenko", "union leader Mara Quist") or in an
 * apposition after it ("Taras Melnyk, spokesman for the regional emergency service"). Leading
 * capitalised words that are not part of the title (a demonym, an institution) become the
 * affiliation. Stateless and thread-safe.
 */
final class Roles {

  /** Offices written abbreviated, with a full stop: "Lt. Ana Ruiz", "Gov. Ana Ruiz". */
  private static final String ABBREVIATED_OFFICES = Offices.ALTERNATION;

  static final String ROLE_NOUN =
      "(?:prime minister|foreign minister|defence minister|defense minister|interior minister|"
          + "minister|president|vice president|spokesman|spokeswoman|spokesperson|governor|leader|"
          + "lawmaker|legislator|mayor|deputy mayor|chief executive|executive|head|chairman|"
          + "chairwoman|chair|secretary|director|councillor|councilor|official|commander|general|"
          + "ambassador|senator|representative|congressman|congresswoman|adviser|advisor|dictator|"
          + "chancellor|king|queen|prince|judge|justice|prosecutor|envoy|negotiator|analyst|"
          + "economist|"
          + "councilman|councilwoman|assemblyman|assemblywoman|alderman|"
          + "founder|owner|coach|captain|editor|reporter|correspondent|professor|engineer|"
          + "minister of [a-z]+|"
          // offices of police, courts, the forces and churches, written before names in
          // American and British news: "Police Commissioner", "Det.", "Superior Court Judge"
          + "district attorney|attorney general|attorney|lawyer|commissioner|superintendent|inspector|"
          + "detective|sheriff|deputy|constable|trooper|officer|sergeant|lieutenant|colonel|"
          + "chief|manager|bishop|archbishop|cardinal|pastor|rabbi|principal|dean|"
          + "(?:"
          + ABBREVIATED_OFFICES
          + ")\\.)";

  private static final Pattern ONE_ROLE_WORD =
      Pattern.compile("(?:" + ROLE_NOUN + ")", Pattern.CASE_INSENSITIVE);

  /** Whether a word is a post on its own ("Analyst", "Mayor", "Gov."). */
  static boolean isRoleWord(String word) {
    return ONE_ROLE_WORD.matcher(word).matches();
  }

  /**
   * Abbreviated titles end in a full stop that is not the end of a sentence: "Police Lt. Ana Ruiz".
   * Offices, honorifics, suffixes and initials.
   */
  private static final Pattern TITLE_ABBREVIATION =
      Pattern.compile("(?i)\\b(?:" + ABBREVIATED_OFFICES + "|dr|mr|mrs|ms|st|jr|sr|[a-z])$");

  /**
   * Up to four words ending in a role noun, right before the name; the post may be one about to be
   * held ("President-elect", "Secretary-designate").
   */
  private static final Pattern BEFORE =
      Pattern.compile(
          "((?:[\\p{L}'’\\-]+\\s+){0,4}?)\\b(" + ROLE_NOUN + "(?:-(?:elect|designate))?)\\s+$",
          Pattern.CASE_INSENSITIVE);

  /**
   * A formal title with its "of" phrase right before the name: "Chancellor of the Exchequer Ana
   * Ruiz", "Secretary of State Ana Ruiz", "Minister of Defence Ana Ruiz". Without it the reader
   * would stop at "of", or take "Exchequer" for an office of its own.
   */
  private static final Pattern OF_TITLE =
      Pattern.compile(
          "(?<![\\p{L}])((?=\\p{Lu})(?i:"
              + ROLE_NOUN
              + ")\\s+of\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}'’\\-]*\\s+){1,3})$");

  /**
   * A post set before the name between commas: "Tarnow Metals' chief executive, Ingrid Holm, said",
   * "Ostvik's mayor, Ingrid Holm, said", "The company's chief executive, Ingrid Holm,". The owner
   * named before the post is its affiliation; a common noun ("the company's") names the body the
   * article is about no better than "its". The post opens its clause, and the name is closed by a
   * comma too: in "He spoke to the president, Ana Ruiz said" she is the speaker, not the president.
   */
  private static final Pattern APPOSED_BEFORE =
      Pattern.compile(
          "(?:^|[.!?;:]\\s+|\\n|,\\s+|\\(|\\b(?:and|but)\\s+)(?:(?i:the|its|their)\\s+)?"
              + "(?:((?:\\p{Lu}[\\p{L}&\\-]*\\s+){0,3}\\p{Lu}[\\p{L}\\-]*)['’]s?\\s+"
              + "|(\\p{Ll}+['’]s)\\s+)?"
              + "((?:\\p{Ll}[\\p{Ll}\\-]*\\s+){0,2}?(?i:"
              + ROLE_NOUN
              + "))\\s*,\\s*$");

  private static final Pattern CLOSING_COMMA = Pattern.compile("\\s*,");

  /** ", spokesman for the regional emergency service," right after the name. */
  private static final Pattern AFTER =
      Pattern.compile(
          // not after "and" or "or": "Ana Ruiz, and his spokeswoman" names a second person; nor
          // after a preposition: "Ana Ruiz, in the head," is where she was shot
          "^\\s*,\\s*(?!(?:and|or|but|nor|in|on|at|to|from|with|by|into|onto|through|after|before|"
              + "under|over|near|behind)\\b)(?:the\\s+|a\\s+|an\\s+)?((?:[a-z'’\\-]+\\s+){0,3}?"
              + ROLE_NOUN
              // an initialism's full stops end no phrase: "spokesman for the U. S. Marshals"
              + ")(?:\\s+(?:for|of|at|to|in)\\s+((?:(?:\\p{Lu}\\.\\s?){2,}|[^,.;:()“”\"]){2,70}))?"
              // how long the post has been held: "the company's chief executive since 2022,"
              + "(?:\\s+since\\s+(?:\\p{Lu}\\p{L}+\\s+)?\\d{4})?"
              + "\\s*[,.;]",
          Pattern.CASE_INSENSITIVE);

  /** Words that belong to a title before its noun: "Foreign" Minister, "chief" executive. */
  private static final Set<String> MODIFIERS =
      Set.of(
          "foreign",
          "interior",
          "defence",
          "defense",
          "finance",
          "economy",
          "justice",
          "health",
          "prime",
          "vice",
          "deputy",
          "acting",
          "former",
          "regional",
          "chief",
          "executive",
          "press",
          "senior",
          "general",
          "state",
          "national",
          "provincial",
          "local",
          "city",
          "county",
          "opposition",
          "union",
          "party",
          "managing",
          "assistant",
          "associate",
          "first",
          "top",
          "financial",
          "operating",
          "medical",
          "police",
          "fire",
          "head",
          "presiding");

  private Roles() {}

  /** Whether a word belongs to a title before its noun ("Foreign", "Deputy"), not to a body. */
  static boolean isRoleModifier(String w) {
    String lower = w.toLowerCase(Locale.ROOT);
    // "ex-finance minister" is a former finance minister
    return MODIFIERS.contains(lower)
        || lower.startsWith("ex-") && MODIFIERS.contains(lower.substring(3));
  }

  /**
   * Modifiers that name an emergency service ("Fire Chief", "Police Commissioner"), written before
   * the offices of that service only. A title-case headline puts verbs in the same place ("Rovers
   * Fire Coach Ana Ruiz"), and a "fire coach" would then contradict the "head coach" of every other
   * report.
   */
  private static final Set<String> SERVICES = Set.of("fire", "police");

  private static final Pattern SERVICE_OFFICE =
      Pattern.compile(
          "(?i).*\\b(chief|commissioner|marshal|captain|officer|inspector|sergeant|lieutenant|"
              + "superintendent|spokesman|spokeswoman|spokesperson|commander|director|constable|"
              + "detective|deputy|official|head|chaplain|investigator|"
              + "(?:"
              + ABBREVIATED_OFFICES
              + ")\\.)$");

  /**
   * A government's portfolios, written before the offices that hold them: "Energy Minister",
   * "Education Secretary". Only before those: "Lindholm Energy chief executive" is the chief
   * executive of Lindholm Energy.
   */
  private static final Set<String> PORTFOLIOS =
      Set.of(
          "energy",
          "environment",
          "education",
          "agriculture",
          "transport",
          "transportation",
          "labour",
          "labor",
          "trade",
          "culture",
          "commerce",
          "industry",
          "housing",
          "tourism",
          "sports",
          "communications",
          "information",
          "immigration",
          "climate",
          "development",
          "science",
          "treasury",
          "home",
          "welfare",
          "employment");

  private static final Pattern PORTFOLIO_OFFICE =
      Pattern.compile("(?i)(?:\\p{L}+\\s+)*(?:minister|secretary|ministry)$");

  /** Whether {@code w} belongs to the title whose words after it are {@code title}. */
  private static boolean modifies(String w, String title) {
    String lower = w.toLowerCase(Locale.ROOT);
    if (PORTFOLIOS.contains(lower)) {
      return PORTFOLIO_OFFICE.matcher(title).matches();
    }
    return isRoleModifier(w)
        && (!SERVICES.contains(lower) || SERVICE_OFFICE.matcher(title).matches());
  }

  private static boolean isAffiliationWord(String w) {
    String lower = w.toLowerCase(Locale.ROOT).replaceAll("[;:]$", "");
    return (Character.isUpperCase(w.charAt(0)) || lower.equals("the"))
        && !NO_AFFILIATION.contains(lower)
        && !w.endsWith(",");
  }

  /**
   * Capitalised words that open a sentence or a phrase before a title and name no body: "But Lib
   * Dem leader …", "Earlier Tory leader …", "In October Tory leader …" (months and days too).
   */
  private static final Set<String> NO_AFFILIATION = noAffiliation();

  private static Set<String> noAffiliation() {
    Set<String> words =
        new java.util.HashSet<>(
            List.of(
                "but",
                "and",
                "or",
                "so",
                "yet",
                "as",
                "in",
                "on",
                "at",
                "by",
                "for",
                "from",
                "with",
                "when",
                "while",
                "after",
                "before",
                "earlier",
                "later",
                "meanwhile",
                "however",
                "also",
                "now",
                "then",
                "since",
                "until",
                "if",
                "although",
                "though",
                "today",
                "yesterday",
                "last",
                "this",
                "that"));
    for (java.time.Month m : java.time.Month.values()) {
      words.add(m.name().toLowerCase(Locale.ROOT));
    }
    for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
      words.add(d.name().toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(words);
  }

  private static String capitalise(String role) {
    return role.isEmpty() ? role : Character.toUpperCase(role.charAt(0)) + role.substring(1);
  }

  /**
   * One capitalised word right before the name, for titles the list above does not know: "Coroner
   * Ana Ruiz", "Treasurer Ana Ruiz", "CFO Ana Ruiz".
   */
  private static final Pattern OFFICE_BEFORE =
      Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{L}]+\\.?)\\s+$");

  /**
   * Words ending like agent nouns that open sentences as adverbs or conjunctions ("Whether Ana Ruiz
   * runs …", "Neither Ana Ruiz nor …"). Any other such word opening a sentence before a name is an
   * office as anywhere else: "Undersheriff Ana Ruiz told reporters".
   */
  private static final Set<String> SENTENCE_WORDS =
      Set.of(
          "whether",
          "neither",
          "either",
          "never",
          "ever",
          "rather",
          "together",
          "further",
          "other",
          "another",
          "moreover",
          "however",
          "whatever",
          "wherever",
          "whoever",
          "whenever",
          "thereafter",
          "hereafter",
          "sooner",
          "earlier",
          "prior",
          "minor",
          "senior",
          "junior");

  /** The office word matched, without its full stop, in lower case. */
  private static String officeWord(Matcher office) {
    return office.group(1).replaceAll("\\.$", "").toLowerCase(Locale.ROOT);
  }

  /** Capitalised words before names that are kin or descriptions, not offices. */
  private static final Set<String> NOT_OFFICES =
      Set.of("father", "mother", "brother", "sister", "former", "later", "after", "under", "over");

  /**
   * An office word the list does not name: an abbreviation written in capitals ("CFO", "RB") or an
   * agent noun ("Coroner", "Treasurer", "Administrator", "Lobbyist"). Plurals (a team: "Rangers")
   * and words that describe a nationality or party ("Republican", "Englishman") are not offices,
   * nor given names that end like agent nouns ("Hunter", "Victor").
   */
  static boolean isOffice(String word) {
    String w = word.replaceAll("\\.$", "");
    if (w.length() >= 2 && w.length() <= 4 && w.equals(w.toUpperCase(Locale.ROOT))) {
      return !NOT_AN_OFFICE_IN_CAPITALS.matcher(w).matches();
    }
    String lower = w.toLowerCase(Locale.ROOT);
    return lower.length() >= 5
        && !NOT_OFFICES.contains(lower)
        && !GivenNames.agentLike(lower)
        && !isRoleModifier(lower)
        && !w.substring(1).chars().anyMatch(Character::isUpperCase)
        && (lower.endsWith("er")
            || lower.endsWith("or")
            || lower.endsWith("ist")
            || compoundOffice(lower));
  }

  /**
   * Capitals before a name that are no office: initials ("T.J.") and initials used as given names
   * ("CC", "AJ", "TJ"), a regnal or family number ("II"), a ship's prefix ("MV Jag Arnav", "INS
   * Tabar", "HMS …"), and "IT".
   */
  private static final Pattern NOT_AN_OFFICE_IN_CAPITALS =
      Pattern.compile(
          ".*\\..*|([A-Z])\\1|[A-CE-IK-Z]J|[IVX]+|MV|MS|MT|SS|RV|FV|INS|HMS|USS|USNS|HMAS|HMCS|IT");

  /** One word of the office list, written before names, that is also a given or family name. */
  private static final Set<String> ALSO_NAMES =
      Set.of("dean", "king", "queen", "prince", "major", "bishop", "judge", "marshal", "general");

  private static final Pattern ONE_ROLE_NOUN = Pattern.compile("(?i)(?:" + ROLE_NOUN + ")");

  /**
   * Whether a capitalised word is one of the office words this reader knows, alone ("Chief",
   * "Sheriff", "Lt."), and not also a name people have.
   */
  static boolean isRoleNoun(String word) {
    return !word.contains(" ")
        && ONE_ROLE_NOUN.matcher(word).matches()
        && !ALSO_NAMES.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Single-word offices that take a prefix: "Undersheriff", "Undersecretary", "Subprefect". */
  private static final Pattern OFFICE_END =
      Pattern.compile(
          "\\p{L}{3,}(sheriff|secretary|minister|general|prefect|marshal|chancellor|treasurer)");

  private static boolean compoundOffice(String lower) {
    return OFFICE_END.matcher(lower).matches();
  }

  /**
   * A capitalised word before a name that is written in capitals too: a headline in capitals ("HOW
   * WILL OBAMA PLAY?"), where every word looks like an initialism.
   */
  private static boolean shouted(String word, String name) {
    return word.equals(word.toUpperCase(Locale.ROOT))
        && name.equals(name.toUpperCase(Locale.ROOT))
        && name.chars().anyMatch(Character::isLetter);
  }

  /** "then-" or "then" right before a title: "then-Sen. Ana Ruiz", the post held at the time. */
  private static final Pattern THEN_BEFORE = Pattern.compile("(?i)\\bthen[-‐–]?\\s*$");

  /**
   * "then-" when the title at {@code start} is written as one held at the time ("then-Sen. Ana
   * Ruiz"), so that it is kept as a former post and never set against today's; else "".
   */
  private static String then(String text, int start) {
    return THEN_BEFORE.matcher(text.substring(Math.max(0, start - 6), start)).find() ? "then-" : "";
  }

  /**
   * {@link #then(String, int)}, and "then-" too when the sentence goes on to give the person a new
   * post ("Attorney Ana Ruiz was elected governor in 2009", "Sen. Ana Ruiz became president"): the
   * title before the name is the one held before that, not the person's post today.
   */
  private static String then(String text, int start, int nameEnd) {
    String after = text.substring(nameEnd, Math.min(text.length(), nameEnd + 80));
    return NEW_POST_AFTER.matcher(after).lookingAt() ? "then-" : then(text, start);
  }

  /** A new post given right after the name: "was elected governor", "became the president". */
  private static final Pattern NEW_POST_AFTER =
      Pattern.compile(
          "\\s*,?\\s+(?:(?:was|were|had\\s+been|has\\s+been|is|will\\s+be)\\s+(?:later\\s+)?"
              + "(?:elected|appointed|named|nominated|promoted|sworn\\s+in|chosen)\\s+"
              + "(?:(?:as|to)\\s+)?|(?:later\\s+)?became\\s+)"
              + "(?:(?:the|a|an)\\s+)?(?:[\\p{L}'’\\-]+\\s+){0,3}?(?:"
              + ROLE_NOUN
              + ")\\b",
          Pattern.CASE_INSENSITIVE);

  /** An indefinite article right before a title. */
  private static final Pattern A_BEFORE = Pattern.compile("(?i)\\ban?\\s+$");

  /**
   * Whether a one-word formal title stands after "a" or "an": "an agenda a President Ruiz could
   * hope to see work" imagines a post, it does not state one.
   */
  private static boolean hypothetical(String text, int start, String affiliation, String role) {
    return affiliation == null
        && !role.contains(" ")
        && Character.isUpperCase(role.charAt(0))
        && A_BEFORE.matcher(text.substring(Math.max(0, start - 4), start)).find();
  }

  /**
   * Whether a word in -er names where someone is from: "Vermonter Ana Ruiz", "Londoner Ana Ruiz",
   * when the article writes the place itself ("Vermont", "London") too.
   */
  private static boolean demonym(String word, String text) {
    if (!word.endsWith("er") || word.length() < 6) {
      return false;
    }
    String place = word.substring(0, word.length() - 2);
    return Pattern.compile("\\b" + Pattern.quote(place) + "\\b").matcher(text).find();
  }

  /** A given name and "and" right before a word: "Joe and Hunter Biden". */
  private static final Pattern GIVEN_AND = Pattern.compile("(\\p{Lu}\\p{Ll}+)\\s+(?:and|&)\\s+$");

  /**
   * Whether the text before a capitalised word ends in another given name and "and": in "Joe and
   * Hunter Biden" two people share the family name, and "Hunter" is a name, however it ends. Not
   * when the word before is itself an office: "Sheriff and Coroner Ana Ruiz".
   */
  private static boolean sharesFamilyName(String before) {
    Matcher m = GIVEN_AND.matcher(before);
    return m.find() && !isOffice(m.group(1)) && !isRoleNoun(m.group(1));
  }

  /** Whether the word at {@code at} is the first of its sentence. */
  private static boolean opensSentence(String text, int at) {
    int i = at;
    while (i > 0 && " \"“‘(".indexOf(text.charAt(i - 1)) >= 0) {
      i--;
    }
    return i == 0 || ".!?:\n".indexOf(text.charAt(i - 1)) >= 0;
  }

  /** Where the sentence holding {@code at} begins: after a full stop that is not a title's. */
  private static int sentenceStart(String text, int at) {
    int newline = text.lastIndexOf('\n', at);
    int stop = text.lastIndexOf(". ", at);
    while (stop > newline
        && TITLE_ABBREVIATION.matcher(text.substring(Math.max(0, stop - 6), stop)).find()) {
      stop = text.lastIndexOf(". ", stop - 1);
    }
    return Math.max(stop, newline);
  }

  static Entity.Role around(String article, String text, Mention m) {
    int sentenceStart = sentenceStart(text, m.start());
    String before = text.substring(Math.max(sentenceStart + 1, m.start() - 80), m.start());
    Matcher of = OF_TITLE.matcher(before);
    if (of.find()) {
      return new Entity.Role(
          article,
          capitalise(of.group(1).strip()),
          null,
          m.start() - before.length() + of.start(1),
          m.end());
    }
    Matcher b = BEFORE.matcher(before);
    if (b.find()) {
      List<String> words = new ArrayList<>(List.of((b.group(1) + b.group(2)).trim().split("\\s+")));
      int nounWords = b.group(2).trim().split("\\s+").length;
      // the role is the noun and the modifiers right before it ("Foreign Minister", "chief
      // executive", "regional governor"); capitalised words before that name who it is for
      int k = words.size() - nounWords;
      while (k > 0
          && modifies(words.get(k - 1), String.join(" ", words.subList(k, words.size())))) {
        k--;
      }
      // before the title, only capitalised words (an affiliation) or articles belong to it:
      // in "Kovalenko has rejected Russian President Ivanov", the role starts at "Russian"
      int first = k;
      while (first > 0 && isAffiliationWord(words.get(first - 1))) {
        first--;
      }
      List<String> lead = new ArrayList<>(words.subList(first, k));
      lead.removeIf(
          w -> w.equalsIgnoreCase("the") || w.equalsIgnoreCase("a") || w.equalsIgnoreCase("an"));
      String role =
          String.join(" ", words.subList(k, words.size())).replaceAll("(?i)\\bex-", "former ");
      String affiliation = null;
      if (!lead.isEmpty() && lead.stream().anyMatch(w -> Character.isUpperCase(w.charAt(0)))) {
        affiliation = String.join(" ", lead);
      } else if (!lead.isEmpty()) {
        role = String.join(" ", lead) + " " + role;
      }
      if (role.split("\\s+").length <= 5
          && !(affiliation + " " + role)
              .matches("(?i).*\\b(said|told|says|and|with|of|for|by)\\b.*")) {
        // the evidence starts at the first word kept, not at the first word the pattern read
        // (counted from where the pattern began, even inside a word: "12-year tenure of mayor")
        Matcher word = Pattern.compile("\\S+").matcher(before).region(b.start(1), before.length());
        int start = m.start() - before.length() + b.start(1);
        for (int index = 0; word.find(); index++) {
          if (index == first) {
            start = m.start() - before.length() + word.start();
            break;
          }
        }
        if (hypothetical(text, start, affiliation, role)) {
          return null;
        }
        return new Entity.Role(
            article, then(text, start, m.end()) + capitalise(role), affiliation, start, m.end());
      }
    }
    Matcher office = OFFICE_BEFORE.matcher(before);
    // "Charger Ana Ruiz" where the article names the Chargers: a team's player, no office
    if (office.find()
        && (!opensSentence(before, office.start(1)) || !SENTENCE_WORDS.contains(officeWord(office)))
        && isOffice(office.group(1))
        && !text.contains(office.group(1) + "s")
        && !shouted(office.group(1), m.text())
        && !demonym(office.group(1), text)
        && !sharesFamilyName(before.substring(0, office.start(1)))) {
      // "Deputy Speaker Lars Berg": the modifiers before the office are its own
      String title = office.group(1);
      int at = office.start(1);
      Matcher modifier = OFFICE_BEFORE.matcher(before.substring(0, at));
      while (modifier.find() && modifies(modifier.group(1), title)) {
        title = modifier.group(1) + " " + title;
        at = modifier.start(1);
        modifier = OFFICE_BEFORE.matcher(before.substring(0, at));
      }
      int start = m.start() - before.length() + at;
      if (hypothetical(text, start, null, title)) {
        return null;
      }
      return new Entity.Role(article, then(text, start, m.end()) + title, null, start, m.end());
    }
    String after = text.substring(m.end(), Math.min(text.length(), m.end() + 140));
    Matcher apposed = APPOSED_BEFORE.matcher(before);
    if (apposed.find()
        && CLOSING_COMMA.matcher(after).lookingAt()
        && Arrays.stream(apposed.group(3).split("\\s+"))
            .allMatch(w -> isRoleModifier(w) || ONE_ROLE_NOUN.matcher(w).matches())) {
      int first = apposed.group(1) != null ? 1 : apposed.group(2) != null ? 2 : 3;
      return new Entity.Role(
          article,
          capitalise(apposed.group(3)),
          apposed.group(1),
          m.start() - before.length() + apposed.start(first),
          m.end());
    }
    Matcher a = AFTER.matcher(after);
    if (a.find() && !NOT_A_POST.matcher(a.group(1)).find()) {
      String affiliation =
          a.group(2) == null ? null : a.group(2).strip().replaceFirst("^(?i)the\\s+", "");
      if (affiliation != null) {
        // "professor of law at the University of Richmond who specializes in …": the body ends
        // where a clause of its own begins
        Matcher clause = CLAUSE.matcher(affiliation);
        if (clause.find()) {
          affiliation = affiliation.substring(0, clause.start()).strip();
          if (affiliation.isEmpty()) {
            affiliation = null;
          }
        }
      }
      // "the company's chief executive": the owner is the body the article is about, which the
      // possessive names no better than "its"
      String role = a.group(1).strip().replaceFirst("^\\p{Ll}+['’]s\\s+", "");
      return new Entity.Role(article, role, affiliation, m.start(), m.end() + a.end());
    }
    return null;
  }

  /**
   * Words that make the words before a role noun something other than a post: "Ana Ruiz, running
   * for president," is a candidate, not a president; "Ana Ruiz, said the former mayor," tells what
   * she said of someone else, whose post it is.
   */
  private static final Pattern NOT_A_POST =
      Pattern.compile(
          "(?i)\\b(?:running|seeking|campaigning|for|against|who|was|is|and|or|said|says|told|tells|"
              + "added|adds|asked|urged|warned|thanked|praised|accused|blamed|met|called|named|"
              + "replaced|joined|became|defeated|beat|succeeded|sued|according)\\s");

  /** Where a clause begins inside the words after "of" or "at" a role: "who", "before he …". */
  private static final Pattern CLAUSE =
      Pattern.compile(
          "(?i)(?:^|\\s)(?:who|which|that|when|where|while|before|after|since|until|because|is|"
              + "was|are|were|has|had|will|would|said|says)\\b");
}
