package dev.parallax.core.claims;

import dev.parallax.api.Article;
import dev.parallax.api.Claim;
import dev.parallax.api.Entity;
import dev.parallax.api.Quote;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checkable statements of an article: amounts of things, durations of events, people's roles,
 * and quotes with their speakers — each a {@link Claim} with its evidence span. Claim ids are given
 * by the caller's counter, so they are stable within a run.
 *
 * <p>Thread-safe; it keeps only what it read from the last entity list it was given.
 */
public final class ClaimExtractor {

  private final QuantityFinder quantities = new QuantityFinder();
  private final DurationFinder durations = new DurationFinder();
  private final RecordFinder records = new RecordFinder();
  private final TimeExpressions times = new TimeExpressions();

  /**
   * Claims of one article.
   *
   * @param quotes the article's quotes (from the quote finder)
   * @param entities the run's entities (for roles stated in this article)
   * @param nextId gives the next claim id
   */
  public List<Claim> extract(
      Article a,
      List<Quote> quotes,
      List<Entity> entities,
      java.util.function.Supplier<String> nextId) {
    List<Claim> out = new ArrayList<>();
    String text = a.text();
    LocalDate published = a.published() == null ? null : a.published().date();
    List<RecordFinder.Score> scores = records.find(text);
    for (QuantityFinder.Quantity q : quantities.find(text)) {
      if (scores.stream().anyMatch(r -> r.start() <= q.start() && q.start() < r.end())) {
        continue; // "by 88 votes to 81": the tally, not a count of votes
      }
      // what a share is of is a whole, named as written ("of the passengers"), not a thing
      // counted one by one
      String thing =
          q.thing() == null
              ? null
              : "percent".equals(q.unit())
                  ? q.thing().toLowerCase(Locale.ROOT).strip()
                  : normalise(q.thing());
      String subject =
          thing != null ? thing + (q.unit() != null ? " (" + q.unit() + ")" : "") : q.unit();
      out.add(
          new Claim(
              nextId.get(),
              a.id(),
              "quantity",
              subject,
              "amount",
              q.amount().describe(),
              q.text(),
              q.start(),
              q.end()));
    }
    for (RecordFinder.Score r : scores) {
      out.add(
          new Claim(
              nextId.get(),
              a.id(),
              "record",
              r.vote() ? "vote" : "record",
              "stands at",
              r.value(),
              r.text(),
              r.start(),
              r.end()));
    }
    for (DurationFinder.Duration d : durations.find(text, published)) {
      out.add(
          new Claim(
              nextId.get(),
              a.id(),
              "duration",
              d.event(),
              "has lasted (days)",
              d.days().describe(),
              d.text(),
              d.start(),
              d.end()));
    }
    Map<String, List<TimeExpressions.When>> starts = new LinkedHashMap<>();
    for (TimeExpressions.When w : times.find(text, published)) {
      String event = eventNear(text, w.start(), w.end());
      out.add(
          new Claim(
              nextId.get(),
              a.id(),
              "time",
              event,
              "happened on",
              w.iso(),
              w.text(),
              w.start(),
              w.end()));
      if (STARTED.matcher(text.substring(Math.max(0, w.start() - 40), w.start())).find()) {
        starts
            .computeIfAbsent(FIRES.contains(event) ? "fire" : event, e -> new ArrayList<>())
            .add(w);
      }
    }
    starts.forEach(
        (event, whens) -> {
          // an article giving two days on which one kind of event started tells of two events
          if (whens.stream().map(TimeExpressions.When::iso).distinct().count() == 1) {
            for (TimeExpressions.When w : whens) {
              out.add(
                  new Claim(
                      nextId.get(),
                      a.id(),
                      "start",
                      event,
                      "started on",
                      w.iso(),
                      w.text(),
                      w.start(),
                      w.end()));
            }
          }
        });
    Set<String> companies = companiesOf(entities);
    List<Entity> places = new ArrayList<>();
    Set<Integer> placeEnds = new HashSet<>();
    for (Entity e : entities) {
      if (e.type().equals("LOCATION") && !companies.contains(e.name().toLowerCase(Locale.ROOT))) {
        places.add(e);
        for (Entity.Mentioned m : e.mentions()) {
          if (!m.article().equals(a.id()) || m.end() > text.length()) {
            continue;
          }
          boolean origin = origin(text, m);
          if ((locative(text.substring(Math.max(0, m.start() - 16), m.start()))
                  || origin
                  || site(
                      text.substring(Math.max(0, m.start() - 24), m.start()),
                      text.substring(m.end(), Math.min(text.length(), m.end() + 40))))
              && !namesAnEvent(m.text())) {
            out.add(place(a.id(), text, e, m, nextId, origin ? ORIGIN : "place", NAMED));
            placeEnds.add(m.end());
          }
        }
      }
      if (e.type().equals("PERSON")) {
        ages(a.id(), text, e, quotes, nextId, out);
      }
      for (Entity.Role r : e.roles()) {
        if (r.article().equals(a.id())
            && r.end() <= text.length()
            && !quoted(r.start(), r.end(), quotes)) {
          String value = (r.affiliation() == null ? "" : r.affiliation() + " ") + r.role();
          out.add(
              new Claim(
                  nextId.get(),
                  a.id(),
                  "role",
                  e.name(),
                  "has role",
                  value,
                  text.substring(r.start(), r.end()),
                  r.start(),
                  r.end()));
        }
      }
    }
    leadAges(a.id(), text, entities, quotes, nextId, out);
    // the region or country that places a town ("in Santa Rosa, California", "in Millom,
    // Cumbria") says where as much as the town does, and is as often what a report gets wrong
    // a chain read along the text ("in Newton Street, Millom, Cumbria") places each name by the
    // one after it; a list ("in Lind, Tarnow and Harwick") names several places, none the region
    // of another
    Map<Integer, Map.Entry<Entity, Entity.Mentioned>> namedAt = new HashMap<>();
    for (Entity e : places) {
      for (Entity.Mentioned m : e.mentions()) {
        if (m.article().equals(a.id()) && m.end() <= text.length()) {
          namedAt.putIfAbsent(m.start(), Map.entry(e, m));
        }
      }
    }
    Set<Integer> townEnds = new HashSet<>();
    for (int placeEnd : placeEnds.stream().sorted().toList()) {
      List<Map.Entry<Entity, Entity.Mentioned>> chain = new ArrayList<>();
      int end = placeEnd;
      while (text.startsWith(", ", end)
          && namedAt.containsKey(end + 2)
          && !namesAnEvent(namedAt.get(end + 2).getValue().text())) {
        chain.add(namedAt.get(end + 2));
        end = chain.get(chain.size() - 1).getValue().end();
      }
      if (chain.isEmpty()
          || LIST_GOES_ON
              .matcher(text.substring(end, Math.min(text.length(), end + 8)))
              .lookingAt()) {
        continue;
      }
      int townEnd = placeEnd;
      for (Map.Entry<Entity, Entity.Mentioned> n : chain) {
        if (!placeEnds.contains(n.getValue().end())) {
          out.add(place(a.id(), text, n.getKey(), n.getValue(), nextId, "place", REGION));
        }
        townEnds.add(townEnd);
        townEnd = n.getValue().end();
      }
    }
    // the town such a region places is marked too: a town is compared with towns, a region with
    // regions (see TOWN); a chain's middle name ("Millom" in "Newton Street, Millom, Cumbria") is
    // both, and is compared with either
    out.replaceAll(
        c ->
            c.kind().equals("place") && townEnds.contains(c.end())
                ? new Claim(
                    c.id(),
                    c.article(),
                    c.kind(),
                    c.subject(),
                    c.predicate().equals(REGION) ? NAMED : TOWN,
                    c.value(),
                    c.text(),
                    c.start(),
                    c.end())
                : c);
    for (Quote q : quotes) {
      if (q.speakerName() != null) {
        out.add(
            new Claim(
                nextId.get(),
                a.id(),
                "quote",
                q.speakerName(),
                q.how().equals("cue") ? "said" : "said (" + q.how() + ")",
                q.text(),
                text.substring(q.start(), q.end()),
                q.start(),
                q.end()));
      }
    }
    out.sort(java.util.Comparator.comparingInt(Claim::start));
    return out;
  }

  /** What goes on a list of places after its last comma: "Lind, Tarnow and Harwick". */
  private static final Pattern LIST_GOES_ON = Pattern.compile(",?\\s+(?:and|or)\\s+\\p{Lu}");

  /**
   * The subject of a place a journey started from ("flight 417 from Tarnow", "had flown from
   * Tarnow"): where the plane or ship came from, not where the event happened, compared only with
   * other such places.
   */
  public static final String ORIGIN = "origin";

  /** A journey's word, then "from" right before a place, in one clause. */
  private static final Pattern ORIGIN_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:flights?|flew|flown|flying|arriving|arrived|departing|departed|travell?ing"
              + "|travell?ed|sailing|sailed|bound|ship|ferry|train|bus|coach|boat|vessel|plane"
              + "|aircraft|set\\s+(?:off|out|sail)|setting\\s+(?:off|out|sail)"
              + "|shipped|shipment|cargo|consignment|imported|smuggled)\\b[^.,;:]{0,30}"
              + "\\bfrom\\s+$");

  /**
   * A place a journey left, written without "from": "the boat had left Tarnow on Sunday", "departed
   * Lind at dawn". What follows must be a time, a destination or the clause's end, because "left"
   * also says what something did to a place: "the storm left Tarnow without power".
   */
  private static final Pattern DEPARTED_BEFORE =
      Pattern.compile("(?i)\\b(?:left|leaving|departed|departing)\\s+$");

  private static final Pattern DEPARTED_AFTER =
      Pattern.compile(
          "(?i)^(?:\\s+(?:on|at|for|bound|carrying|with|overnight|early|late|last|yesterday|this|"
              + "two|three|four|five|six|seven|\\d+)\\b|\\s*[.,;])");

  /**
   * Whether a place is where a journey started: after a journey's word and "from" ("the shipment
   * had come from Lind", which {@link #LOCATIVE} leaves out as where someone comes from), or left
   * ("the boat had left Tarnow on Sunday").
   */
  private static boolean origin(String text, Entity.Mentioned m) {
    return ORIGIN_BEFORE.matcher(text.substring(Math.max(0, m.start() - 60), m.start())).find()
        || departed(text, m);
  }

  private static boolean departed(String text, Entity.Mentioned m) {
    return DEPARTED_BEFORE.matcher(text.substring(Math.max(0, m.start() - 16), m.start())).find()
        && DEPARTED_AFTER
            .matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 24)))
            .find();
  }

  /** The predicate of a place named on its own ("in Lind"). */
  public static final String NAMED = "named";

  /**
   * The predicate of a town a region places ("Lind" in "in Lind, Ostland"). Two reports writing
   * "died in Beverly Hills, Calif." and "died in Beverly Hills, California" name a town and a
   * region in the same words around them; were a town free to match the other report's region, one
   * report's wrong town would be matched to nothing and go unchecked. A town is compared with towns
   * and with places named on their own, never with a region.
   */
  public static final String TOWN = "named (town)";

  /** The predicate of the region that places a town ("Ostland" in "in Lind, Ostland"). */
  public static final String REGION = "named (region)";

  private static Claim place(
      String article,
      String text,
      Entity e,
      Entity.Mentioned m,
      java.util.function.Supplier<String> nextId,
      String subject,
      String predicate) {
    return new Claim(
        nextId.get(),
        article,
        "place",
        subject,
        predicate,
        e.name(),
        text.substring(m.start(), m.end()),
        m.start(),
        m.end());
  }

  /** A person's ages as the article states them beside the name, each value once. */
  private static void ages(
      String article,
      String text,
      Entity e,
      List<Quote> quotes,
      java.util.function.Supplier<String> nextId,
      List<Claim> out) {
    Set<Integer> said = new HashSet<>();
    for (Entity.Mentioned m : e.mentions()) {
      if (!m.article().equals(article) || m.end() > text.length()) {
        continue;
      }
      Ages.of(text, m.start(), m.end())
          .filter(age -> !quoted(age.start(), age.end(), quotes) && said.add(age.years()))
          .ifPresent(
              age ->
                  out.add(
                      new Claim(
                          nextId.get(),
                          article,
                          "age",
                          e.name(),
                          "is aged",
                          Integer.toString(age.years()),
                          text.substring(age.start(), age.end()),
                          age.start(),
                          age.end())));
    }
  }

  /**
   * "The 27-year-old" standing for a person, before a verb or a clause ("The 27-year-old tested
   * positive", "the 52-year-old was arrested in October", "the 29-year-old from Ostland"): not "the
   * 27-year-old man", which may be someone the article never names.
   */
  private static final Pattern AGE_FOR_NAME =
      Pattern.compile(
          "\\b[Tt]he\\s+(\\d{1,3})-year-old(?=\\s*[,;]|\\s+(?:was|is|has|had|have|will|would|could"
              + "|can|did|does|said|says|told|who|from|also|now|then|\\p{Ll}{2,}(?<!w)ed)\\b)");

  /** The dash that ends a dateline: "OSTVIK, March 18 (Wire) - ". */
  private static final Pattern DATELINE_DASH = Pattern.compile("\\s[-–—]\\s");

  /** Words from a sentence's start within which its subject is named. */
  private static final int SUBJECT_WORDS = 6;

  /**
   * Ages a sentence gives for the person the sentence before was about: "Ostland sprinter Ana Ruiz
   * lost her appeal on Tuesday. The 27-year-old tested positive in March." News gives an age this
   * way as often as beside the name, and one report's 27 against another's 29 is the kind of slip a
   * reader checks. Read only when nothing else can be meant: the sentence before names exactly one
   * person, near its start (its subject), and the sentence itself names no one before the age
   * ("Judge Ana Ruiz said the 52-year-old …" is about someone else).
   */
  private static void leadAges(
      String article,
      String text,
      List<Entity> entities,
      List<Quote> quotes,
      java.util.function.Supplier<String> nextId,
      List<Claim> out) {
    Matcher m = AGE_FOR_NAME.matcher(text);
    while (m.find()) {
      int years = Integer.parseInt(m.group(1));
      if (years < 1 || years > 115 || quoted(m.start(), m.end(), quotes)) {
        continue;
      }
      int sentence = sentenceStart(text, m.start());
      int back = sentence;
      while (back > 0 && Character.isWhitespace(text.charAt(back - 1))) {
        back--;
      }
      int previous = back == 0 ? sentence : sentenceStart(text, back - 1);
      if (previous >= sentence) {
        continue;
      }
      Entity about = null;
      boolean clear = true;
      for (Entity e : entities) {
        if (!e.type().equals("PERSON")) {
          continue;
        }
        for (Entity.Mentioned n : e.mentions()) {
          if (!n.article().equals(article)) {
            continue;
          }
          if (n.start() >= sentence && n.start() < m.start()) {
            clear = false; // named in the same sentence before the age
          } else if (n.start() >= previous && n.end() <= sentence) {
            // counted after a dateline: "LAUSANNE, June 2 (Wire) - Ostland sprinter Ana Ruiz"
            String[] parts = DATELINE_DASH.split(text.substring(previous, n.start()), -1);
            boolean subject = parts[parts.length - 1].strip().split("\\s+").length < SUBJECT_WORDS;
            if (about != null && about != e || !subject) {
              clear = false;
            }
            about = e;
          }
        }
      }
      if (!clear || about == null) {
        continue;
      }
      String name = about.name();
      boolean stated =
          out.stream().anyMatch(c -> c.kind().equals("age") && c.subject().equals(name));
      if (stated) {
        continue; // an age beside the name says it better
      }
      out.add(
          new Claim(
              nextId.get(),
              article,
              "age",
              name,
              "is aged",
              Integer.toString(years),
              m.group(),
              m.start(),
              m.end()));
    }
  }

  /**
   * Where the sentence holding {@code at} begins: after a full stop and a space, or a line break.
   */
  private static int sentenceStart(String text, int at) {
    int stop = text.lastIndexOf(". ", at - 1);
    int line = text.lastIndexOf('\n', at - 1);
    int start = Math.max(stop >= 0 ? stop + 2 : 0, line + 1);
    while (start < at && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    return start;
  }

  /**
   * Whether a span lies inside quoted words: a title there is the speaker's, perhaps of another
   * time ("As president, Senator Ruiz will fight …", said before the election), not the article's
   * statement of the person's post.
   */
  static boolean quoted(int start, int end, List<Quote> quotes) {
    for (Quote q : quotes) {
      if (q.start() < start && end < q.end()) {
        return true;
      }
    }
    return false;
  }

  /** Whether the words before a place name make it where something is or happened. */
  static boolean locative(String before) {
    return LOCATIVE.matcher(before).find();
  }

  /**
   * Whether a place names where a building or site is: "a Malibu treatment facility", "a suburban
   * Lind office building", "outside a Harwick school", "a Lind-area bank". The name then says where
   * what happened there happened, as "in Malibu" would.
   */
  static boolean site(String before, String after) {
    return SITE_BEFORE.matcher(before).find() && SITE_AFTER.matcher(after).find()
        || FIRST_OF_PLACE.matcher(after).find();
  }

  /**
   * A place's first of its kind: "Lind's highest mountain", "Ostland's biggest jewel theft". What
   * the sentence tells of is in that place.
   */
  private static final java.util.regex.Pattern FIRST_OF_PLACE =
      java.util.regex.Pattern.compile(
          "^['’]s?\\s+(?:(?:second|third)-)?(?:highest|tallest|largest|biggest|busiest|oldest|"
              + "longest|deepest|deadliest|worst)\\b");

  private static final java.util.regex.Pattern SITE_BEFORE =
      java.util.regex.Pattern.compile(
          "(?i)\\b(?:a|an|the|its|their|his|her|\\p{L}+['’]s)\\s+"
              + "(?:(?:suburban|downtown|rural|central|nearby|local)\\s+)?$");

  private static final java.util.regex.Pattern SITE_AFTER =
      java.util.regex.Pattern.compile(
          "^(?:-area\\b|(?:-based)?\\s+(?:[a-z]+\\s+){0,2}?(?:home|house|store|shop|supermarket|school|"
              + "office|building|hospital|facility|clinic|hotel|restaurant|bar|church|mosque|"
              + "synagogue|temple|highway|freeway|motorway|park|neighbou?rhood|suburb|bank|"
              + "apartment|prison|jail|courthouse|airport|station|mall|factory|plant|club|"
              + "stadium|arena|hospice|rehab|centre|center|branch|rooftop|roof|boutique|warehouse|"
              + "garage|dealership|casino|nightclub|pub|cafe|café|diner|motel|resort|campus|"
              + "market|depot|mine|port|harbou?r|pier|barracks|base|embassy|consulate)s?\\b)");

  /**
   * A place is a claim about where something happened when a locative word leads to it ("in
   * Bilopil", "off Yemen", "north of Detroit"); a place named as a subject or an owner is not.
   */
  private static final java.util.regex.Pattern LOCATIVE =
      java.util.regex.Pattern.compile(
          "(?i)\\b(?:in|at|near|off|outside|inside|across|throughout|around|"
              // "stole from", "fled from", not where someone is from ("who is from Lind")
              + "(?<!\\b(?:is|are|was|were|come|comes|came|hails|hailed|originally)\\s)from|"
              // where someone went: "moved to Lind", "rushed back to Harwick"
              + "(?:went|go|goes|going|gone|came|moved|returned|returning|return|travell?ed|flew|"
              + "fled|headed|heading|rushed|taken|arrived|back)\\s+to|"
              // where someone was brought or checked in: "airlifted to Lind", "checked into Lind"
              + "(?:showed\\s+up|turned\\s+up|checked|admitted|committed|flown|"
              + "driven|airlifted|transferred|transported|evacuated)\\s+(?:to|into|in\\s+to)|"
              // "the outskirts of Lind", "her hometown of Harwick", "the coast of Lind"
              + "(?:outskirts|suburbs?|coast|hometown|home\\s+town|city|town|village|island|"
              + "province|region|district|neighbou?rhood|capital)\\s+of|"
              + "(?:north|south|east|west)(?:east|west)?\\s+of|"
              // what a quake, storm or blast struck: "a powerful earthquake hit southern Lind"
              + "(?:hit|hits|struck|strikes|rocked|rocks|shook|shakes|jolted|jolts|battered|"
              + "batters|lashed|lashes|pounded|pounds|swept|sweeps|ravaged|ravages))"
              // "in central Lind", "near downtown Harwick"
              + "\\s+(?:the\\s+)?(?:(?:central|northern|southern|eastern|western|north-?eastern|"
              + "north-?western|south-?eastern|south-?western|downtown|suburban|rural|nearby|"
              + "neighbou?ring)\\s+)?$");

  /**
   * A verb of starting right before a time: "the fire, which started on Sunday", "since it began on
   * Saturday", "broke out on Sunday". The day an event started is a fact reports state and get
   * wrong; the day something was said is not compared.
   */
  private static final java.util.regex.Pattern STARTED =
      java.util.regex.Pattern.compile(
          "(?i)\\b(?:started|began|begun|broke\\s+out|erupted|kicked\\s+off)"
              + "(?:\\s+(?:late|early))?\\s+$");

  /** Names of a fire, which reports use in turn for one fire. */
  private static final Set<String> FIRES = Set.of("fire", "blaze", "wildfire", "bushfire");

  private static final java.util.regex.Pattern EVENT_NOUN =
      java.util.regex.Pattern.compile(
          // not the end of a compound: "water-bombing aircraft" tell of no bombing
          "(?i)(?<!-)\\b(attacks?|strikes?|vote|meeting|talks|parade|evacuation|explosion|blast|fire|"
              + "flood(?:ing)?|crash|election|summit|visit|ceremony|shooting|arrest|protest|raid|"
              + "offensive|announcement|hearing|debate|walkout|collapse|storm|earthquake|invasion|war|"
              + "ceasefire|truce|coup|massacre|bombing|blaze|wildfire|bushfire)\\b");

  /**
   * Whether a name the recogniser took for a place ends in an event noun or a company's word: "in
   * Kraft Shooting" (a headline's "Accused in Kraft Shooting") names what happened, "at Kraft
   * Foods" who employed them, not where.
   */
  static boolean namesAnEvent(String place) {
    String[] words = place.strip().split("\\s+");
    String last = words[words.length - 1];
    return words.length > 1
        && (EVENT_NOUN.matcher(last).matches()
            || COMPANY_WORD.matcher(last).matches()
            || MASTHEAD_WORD.matcher(last).matches());
  }

  /**
   * A newspaper's name ends in one of these: "the Los Angeles Times", "the New Orleans
   * Times-Picayune", "the Montgomery County Sentinel" name who reported it, not where it happened.
   */
  private static final java.util.regex.Pattern MASTHEAD_WORD =
      java.util.regex.Pattern.compile(
          "(?i)(times|post|herald|tribune|journal|gazette|chronicle|sentinel|telegraph|examiner|"
              + "courier|(?:times-)?picayune|inquirer|bulletin|dispatch|news|daily)");

  /**
   * Names the run also writes with a company's legal or trade word ("Kraft" of "Kraft Foods",
   * "Lind" of "Lind Holdings Ltd"): "her job at Kraft" is the employer, not a place, even where the
   * recogniser took the bare name for one. Only words no town is named with (not "Bank", "Group":
   * "Lind Bank" does not make Lind a company).
   */
  private Set<String> companiesOf(List<Entity> entities) {
    Companies known = companies;
    if (known == null || known.of() != entities) {
      // one run gives every article the same entity list: read it once, not once per article
      known = new Companies(entities, companies(entities));
      companies = known;
    }
    return known.names();
  }

  private record Companies(List<Entity> of, Set<String> names) {}

  /** The company names of the last entity list given (see {@link #companies}). */
  private volatile Companies companies;

  static Set<String> companies(List<Entity> entities) {
    Set<String> out = new HashSet<>();
    for (Entity e : entities) {
      for (String name : e.variants()) {
        java.util.regex.Matcher m = LEGAL_NAME.matcher(name);
        if (m.matches()) {
          out.add(m.group(1).toLowerCase(Locale.ROOT));
        }
      }
    }
    return out;
  }

  private static final java.util.regex.Pattern LEGAL_NAME =
      java.util.regex.Pattern.compile(
          "(?i)(.+?)(?:\\s+(?:foods|inc\\.?|corp\\.?|corporation|ltd\\.?|llc|plc|holdings|"
              + "industries|pharmaceuticals|enterprises))+");

  private static final java.util.regex.Pattern COMPANY_WORD =
      java.util.regex.Pattern.compile(
          "(?i)(foods|inc\\.?|corp\\.?|corporation|company|co\\.?|ltd\\.?|llc|plc|group|"
              + "holdings|industries|bank|airlines|airways|railways|railroad|telecom|insurance|"
              + "motors|pharmaceuticals|enterprises)");

  /** The event a time expression dates: the nearest event noun in its sentence, else "event". */
  static String eventNear(String text, int start, int end) {
    int from = Math.max(text.lastIndexOf(". ", start), text.lastIndexOf('\n', start)) + 1;
    int to = sentenceEnd(text, end);
    java.util.regex.Matcher m = EVENT_NOUN.matcher(text.substring(from, to));
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    while (m.find()) {
      int distance = Math.abs(from + m.start() - start);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = normalise(m.group(1));
      }
    }
    return best == null ? "event" : best;
  }

  /**
   * Where the sentence holding {@code from} ends: at a full stop before a space or at the end of
   * its paragraph, whichever comes first (a paragraph's last sentence ends in a full stop and a
   * line break, and reading on would take in the next paragraph's events).
   */
  static int sentenceEnd(String text, int from) {
    int stop = text.indexOf(". ", from);
    int line = text.indexOf('\n', from);
    int end = text.length();
    if (stop >= 0) {
      end = Math.min(end, stop);
    }
    if (line >= 0) {
      end = Math.min(end, line);
    }
    return end;
  }

  /**
   * Plural and case folded: "drones" and "drone", "inches" and "inch", "two men" and "one man"
   * meet. A capitalised word before the noun is a name and keeps its "s" ("Texas counties"); an
   * initialism does not ("121 RBIs" and "121 RBI").
   */
  static String normalise(String thing) {
    StringBuilder out = new StringBuilder();
    String[] words = thing.strip().split("\\s+");
    for (int i = 0; i < words.length; i++) {
      String written = words[i];
      String w = written.toLowerCase(Locale.ROOT);
      // a name before the noun is not a plural: "Texas counties", "Windows users"
      boolean name =
          i < words.length - 1
              && written.length() > 1
              && Character.isUpperCase(written.charAt(0))
              && Character.isLowerCase(written.charAt(1));
      out.append(out.length() > 0 ? " " : "").append(name ? w : Plurals.singular(w));
    }
    return out.toString();
  }
}
