package dev.parallax.core.quotes;

import dev.parallax.api.Quote;
import dev.parallax.core.entities.PersonName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds direct quotes in an article and who the article says spoke them.
 *
 * <p>Why not CoreNLP's QuoteAnnotator: it needs the full pipeline with coreference (about 230
 * tokens/s here) and still misses the commonest newsroom patterns. News attribution is highly
 * conventional — "…," Smith said; Smith said: "…"; "…," said Smith, the party's leader; a pronoun
 * ("he added") for the person last named; a paragraph-long quote that continues the previous
 * speaker — so Parallax reads those conventions directly from the text around each quote, in the
 * sentence that holds it:
 *
 * <ol>
 *   <li>a name or pronoun next to a speech verb after the quote, or before it;
 *   <li>"according to NAME";
 *   <li>for a quote inside a sentence without a speech verb ("Smith called it “unfair”"), the
 *       sentence's subject;
 *   <li>a quote with no attribution of its own continues the previous quote's speaker when it
 *       follows it closely.
 * </ol>
 *
 * Pronouns go to the person named most recently before the quote; a family name alone goes to the
 * full name the article gave earlier ("Nadler" → "Jerry Nadler"). Stateless and thread-safe.
 */
public final class QuoteFinder {

  private static final String CUE_WORDS =
      "said|says|say|saying|told|tells|tell|added|adds|adding|asked|asks|wrote|writes|explained|"
          + "explains|noted|notes|declared|declares|stated|states|insisted|insists|argued|argues|"
          + "continued|continues|replied|replies|responded|responds|recalled|recalls|warned|warns|"
          + "claimed|claims|tweeted|tweets|posted|acknowledged|acknowledges|admitted|admits|"
          + "announced|announces|complained|complains|conceded|concedes|joked|jokes|quipped|"
          + "remarked|remarks|reiterated|suggested|suggests|urged|urges|observed|emphasized|"
          + "emphasised|predicted|promised|vowed|vows|boasted|boasts|charged|countered|cautioned|"
          + "testified|shouted|yelled|whispered|mused|concluded|concludes|pointed out|went on|"
          + "goes on|lamented|laments|scoffed|griped|confirmed|confirms|denied|denies|agreed|"
          + "agrees|thundered|proclaimed|exclaimed|answered|answers|wondered|texted|emailed|"
          + "maintained|maintains|contended|contends|alleged|alleges|predicts|promises|writing|"
          + "echoed|echoes|barked|snapped|shot back|chanted|cried|pleaded|demanded|retorted|"
          + "interjected|opined|elaborated|penned|Tweeted|Said|Told|Added|Wrote|questioned|"
          + "stressed|underlined|recorded saying|heard saying|quoted as saying|"
          + "retaliated|fired back|hit back|gushed|fumed|sniped|scolded|chided|mocked|marveled|"
          + "marvelled|beamed|sighed|groaned|raged|boomed|"
          // verbs that frame a partial quote: "the mayor described the plan as “reckless”",
          // "accused the council of “sabotage”"
          + "described|describing|describes|called|calling|calls|branded|branding|dubbed|"
          + "labeled|labelled|accused|accusing|accuses|to accuse|to describe|to call";

  private static final String TITLE =
      "(?:(?:Mr|Mrs|Ms|Dr|Rep|Sen|Gov|Gen|Lt|Col|Capt|Sgt|Prof|Rev|Sheriff|Judge|Justice|Pres|"
          + "President|Senator|Governor|Mayor|Secretary|Speaker|Chairman|Chairwoman|Minister|"
          + "Ambassador|Director|Chief|Officer|Detective|Attorney|General|Coach|Father|Sister|Del|"
          + "Delegate|Reps|Sens|Adm|"
          + "Bishop|Pope|King|Queen|Prince|Princess|Lord|Lady|Sir|Dame)\\.?\\s+)";

  private static final String NAME_WORD =
      "(?:[A-Z][\\p{L}’'\\-]*[\\p{L}]|(?:[A-Z]\\.){1,3}|O’[A-Z][\\p{L}]+)";
  private static final String NAME =
      "(?:"
          + TITLE
          + "*"
          + NAME_WORD
          + "(?:\\s+(?:"
          + NAME_WORD
          + "|(?:de|van|von|al|bin|da|di|del|la|le|du)\\b))*)";
  private static final String PRONOUN = "(?:he|she|they|He|She|They|I|we|We)";
  private static final String ADVERBS =
      "(?:(?:\\w+ly|also|later|then|once|previously|again|simply|recently|further)\\s+)?";

  private static final Pattern AFTER_CUE_NAME =
      Pattern.compile("^\\s*[,—–-]?\\s*(" + CUE_WORDS + ")\\s+(" + NAME + "|" + PRONOUN + ")\\b");
  private static final String PARENS = "(?:\\s*\\([^)]{1,40}\\))?";
  private static final Pattern AFTER_DASH_NAME =
      Pattern.compile("^\\s*[―—–-]\\s*(" + NAME + ")\\s*(?:[,.]|$)");

  /**
   * After the quote, a described or titled name with its cue: "…," White House press secretary Josh
   * Earnest said; "…," Scott Pruitt, the attorney general of Oklahoma, said; "…," Mr. Morgan of the
   * Sierra Club said.
   */
  private static final Pattern AFTER_DESCRIBED_NAME_CUE =
      Pattern.compile(
          // not after a subordinating conjunction: in “…” while Ana Ruiz, a former commander,
          // said …, a second clause begins with its own speaker ("and" and "but" are left out:
          // they cost a right speaker on PolNeAR)
          "^\\s*[,—–-]?\\s*+(?!(?:while|whereas|although|though|"
              + "before|since|until|if)\\b)[^“”\"]{0,80}?\\b("
              + NAME
              + ")"
              + PARENS
              + "(?:\\s+of\\s+(?:the\\s+)?"
              + NAME
              + ")?(?:\\s*,[^,“”\"]{1,90}){0,2}\\s*,?\\s+"
              + ADVERBS
              + "(?:has\\s+|had\\s+)?("
              + CUE_WORDS
              + ")\\b");

  /**
   * After the quote, the cue first and then a described name: "…," said 9/11 widow Terry Strada;
   * "…," said producer Ana Ruiz in a statement. The name ends the clause or a prepositional phrase
   * follows it.
   */
  private static final Pattern AFTER_CUE_DESCRIBED_NAME =
      Pattern.compile(
          "^\\s*[,—–-]?\\s*("
              + CUE_WORDS
              + ")\\s+((?:[^\\s,.“”\"]+\\s+){0,4}?)("
              + NAME
              + ")(?:\\s*(?:[,.(;]|$)|\\s+(?:in|on|at|during|after|before|to|when|while|via|from|"
              + "who|as|and|for)\\b)");

  /** Person nouns that make "the Florida senator said" point back to the person named last. */
  private static final String PERSON_NOUN =
      "(?:senator|member|candidate|president|governor|official|spokesman|spokeswoman|adviser|"
          + "advisor|aide|leader|businessman|businesswoman|billionaire|mogul|nominee|chairman|"
          + "chairwoman|secretary|lawmaker|congressman|congresswoman|mayor|minister|"
          + "frontrunner|front-runner|contender|rival|challenger|incumbent|veteran|executive|chief|"
          + "director|founder|pastor|activist|economist|analyst|strategist|manager|host|star)";

  /** "…," the Florida senator said: a definite description refers back like a pronoun. */
  private static final Pattern AFTER_DESCRIPTION_CUE =
      Pattern.compile(
          "^\\s*[,—–-]?\\s*(?<description>the\\s+(?:[\\p{L}’'\\-]+\\s+){0,6}?"
              + PERSON_NOUN
              + ")\\s+"
              + ADVERBS
              + "("
              + CUE_WORDS
              + ")\\b");

  /** "…, says Dante Scala, a political scientist": the cue after a comma later in the sentence. */
  private static final Pattern AFTER_COMMA_CUE_NAME =
      Pattern.compile("^[^.“”\"]{0,160}?,\\s*(says|said)\\s+(" + NAME + ")\\s*(?:[,.(]|$)");

  private static final Pattern AFTER_NAME_CUE =
      Pattern.compile(
          "^\\s*[,—–-]?\\s*("
              + NAME
              + "|"
              + PRONOUN
              + ")"
              + PARENS
              + "\\s+"
              + ADVERBS
              + "(?:has\\s+|had\\s+|was\\s+|would\\s+|will\\s+)?("
              + CUE_WORDS
              + ")\\b");
  private static final Pattern AFTER_NAME_APPOSITION_CUE =
      Pattern.compile(
          "^\\s*[,—–-]?\\s*("
              + NAME
              + ")\\s*,\\s*[^,.“”\"]{1,120}?,\\s*"
              + ADVERBS
              + "("
              + CUE_WORDS
              + ")\\b");
  private static final Pattern BEFORE_NAME_CUE =
      Pattern.compile(
          "("
              + NAME
              + "|"
              + PRONOUN
              + ")"
              + PARENS
              + "\\s*(?:,[^,“”\"]{1,120},\\s*)?,?\\s*"
              + ADVERBS
              + "(?:has\\s+|had\\s+|was\\s+|would\\s+|will\\s+)?("
              + CUE_WORDS
              + ")\\b[^“”\"]{0,120}$");

  /** A subject (a name or a pronoun) with any brackets after it, as a group. */
  private static final String SUBJECT_GROUP = "\\b(" + NAME + "|" + PRONOUN + ")" + PARENS;

  /** A participle cue ending the text before a quote: "…, saying, “…”". */
  private static final String PARTICIPLE_CUE =
      "(saying|adding|telling\\s+\\w+|writing|noting|declaring|insisting|arguing|explaining|"
          + "warning|asking)\\s*[,:]?\\s*$";

  /**
   * A subject, what they did, and a participle cue: "Sanders stepped up his attack on the banks,
   * saying, “…”".
   */
  private static final Pattern BEFORE_NAME_PARTICIPLE =
      Pattern.compile(SUBJECT_GROUP + "\\s+(?:[a-z][\\w’'\\-]*,?\\s+){1,25}?" + PARTICIPLE_CUE);

  /**
   * A subject with a verb right after it, then any words (names too), then a participle cue: "Varga
   * attacked Ruiz for her record, saying, “…”". Not a preposition after it: in "Secretary of State
   * Ana Ruiz urged …" the subject is the name after the title's "of".
   */
  private static final Pattern BEFORE_SUBJECT_VERB_PARTICIPLE =
      Pattern.compile(
          SUBJECT_GROUP
              + "\\s+(?!(?:of|for|in|at|on|to|from|with|and|or)\\s)[a-z][\\w’'\\-]*\\s+"
              + "(?:[\\w’'\\-]+,?\\s+){0,25}?"
              + PARTICIPLE_CUE);

  /** A name right before the colon that opens the quote: "… pollster Daron Shaw: “…”". */
  private static final Pattern BEFORE_NAME_COLON =
      Pattern.compile("\\b(" + NAME + ")" + PARENS + "\\s*:\\s*$");

  /** A subject and any verb phrase ending in a colon: "Cruz called them on it: “…”". */
  private static final Pattern BEFORE_NAME_VERB_COLON =
      Pattern.compile(
          "\\b("
              + NAME
              + ")"
              + PARENS
              // the verb phrase may hold a possessive name: "Ruiz issued a statement on Varga's
              // arrest: “…”" is Ruiz's
              + "(?:\\s*,[^,“”\"]{1,80},)?\\s+(?:(?:[a-z’'\\-]+|\\p{Lu}[\\p{L}\\-]*['’]s),?\\s+){0,6}?"
              + "[a-z’'\\-]+\\s*:\\s*$");

  private static final Pattern ACCORDING_TO =
      Pattern.compile("\\b[Aa]ccording to\\s+(?:[a-z][a-z\\-]*\\s+){0,8}?(" + NAME + ")");
  private static final Pattern SUBJECT =
      Pattern.compile(
          "^\\s*(?:(?:But|And|Yet|So|Still|Instead|Meanwhile|However|Later|Then|Now|Earlier),?\\s+)?("
              + NAME
              + "|"
              + PRONOUN
              + ")\\b");
  private static final Pattern NAME_RUN = Pattern.compile(NAME);

  /** A name and "and", "or" or a comma right before another name. */
  private static final Pattern COORDINATED =
      Pattern.compile("\\b(" + NAME + ")(\\s*,\\s*|\\s+(?:and|or)\\s+)$");

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’)]*\\s+(?=[\"“A-Z])");
  private static final Pattern ABBREVIATION =
      Pattern.compile(
          "(?:\\b(?:Mr|Mrs|Ms|Dr|Rep|Reps|Sen|Sens|Gov|Gen|Lt|Col|St|Jr|Sr|Del|Prof|Rev|Sgt|Capt|Mt|Ft|"
              + "Inc|Co|Corp|Ltd|No|vs|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|Pres|Gens|Adm|Cmdr|Supt|"
              + "Insp|Det|Atty|Ald)|\\b[A-Z]|\\b[A-Z]\\.[A-Z])$");

  /** Capitalised words that start sentences or name things other than people. */
  private static final Set<String> NOT_NAMES =
      Set.of(
          "The",
          "A",
          "An",
          "But",
          "And",
          "Or",
          "So",
          "Yet",
          "In",
          "On",
          "At",
          "For",
          "Of",
          "To",
          "This",
          "That",
          "These",
          "Those",
          "It",
          "Its",
          "If",
          "When",
          "While",
          "After",
          "Before",
          "As",
          "Asked",
          "Speaking",
          "There",
          "Here",
          "What",
          "Why",
          "How",
          "Who",
          "Still",
          "Even",
          "Then",
          "Now",
          "Later",
          "Earlier",
          "Meanwhile",
          "However",
          "Instead",
          "Last",
          "Next",
          "Monday",
          "Tuesday",
          "Wednesday",
          "Thursday",
          "Friday",
          "Saturday",
          "Sunday",
          "January",
          "February",
          "March",
          "April",
          "May",
          "June",
          "July",
          "August",
          "September",
          "October",
          "November",
          "December",
          // sentence adverbs that open a sentence with a capital: "Already, …", "Likewise, …"
          "Already",
          "Likewise",
          "Adding",
          "Besides",
          "Moreover",
          "Again",
          "Otherwise",
          "Nonetheless",
          "Nevertheless",
          "Furthermore",
          "Additionally",
          "Similarly",
          "Signs",
          "Republicans",
          "Democrats",
          "Republican",
          "Democrat",
          "Democratic",
          "He",
          "She",
          "They",
          "We",
          "I",
          "His",
          "Her",
          "Their",
          "Our",
          "My",
          "Your",
          "Both",
          "Many",
          "Some",
          "Most",
          "All",
          "Several",
          "One",
          "Two",
          "Three",
          "According",
          "During",
          "With",
          "Without",
          "Should",
          "Would",
          "Could",
          "Another",
          "Under",
          "Over",
          "From",
          "By",
          "Through",
          "Despite",
          "Since",
          "Until",
          "Although",
          "Though",
          "Because",
          "Unlike",
          "Like",
          "Among",
          "Between",
          "Within",
          "Against",
          "Also",
          "Just",
          "Only",
          "Perhaps",
          "Maybe",
          "Indeed",
          "Yes",
          "No",
          "Not",
          "Every",
          "Each",
          "Such",
          "Other",
          "Others",
          "Former",
          "Sources",
          "Officials",
          "Critics",
          "Supporters",
          "Experts",
          "Aides",
          "Americans",
          "Getty",
          "Instagram",
          "Twitter",
          "Facebook",
          "Photo",
          "Image",
          "Video",
          "Twenty",
          "Thirty",
          "Forty",
          "Fifty",
          "Hundreds",
          "Thousands",
          "Dozens",
          "Today",
          "Tonight",
          "Yesterday",
          "Tomorrow");

  /** Finds the quotes of {@code text} with their speakers, in text order. */
  public List<Quote> find(String original) {
    // no-break and other exotic spaces as plain ones: same length, so offsets stay true
    String text =
        doubledMarks(original.replace('\u00A0', ' ').replace('\u2009', ' ').replace('\u202F', ' '));
    List<QuoteSpans.Span> spans = QuoteSpans.find(text);
    List<Quote> quotes = new ArrayList<>(spans.size());
    Map<String, String> fullNames = new HashMap<>();
    Quote previous = null;
    int previousEnd = -1;
    for (int q = 0; q < spans.size(); q++) {
      QuoteSpans.Span s = spans.get(q);
      int prevBoundary = q > 0 ? spans.get(q - 1).end() : 0;
      int nextBoundary = q + 1 < spans.size() ? spans.get(q + 1).start() : text.length();
      String before = sentenceBefore(text, prevBoundary, s.start());
      String after = sentenceAfter(text, s.end(), nextBoundary);
      if (newStatementAfter(text.substring(s.innerStart(), s.innerEnd()), after)) {
        after = "";
      }
      learnNames(text.substring(prevBoundary, s.start()), fullNames);
      String inner = text.substring(s.innerStart(), s.innerEnd());

      Attribution a = attribute(before, after);
      if (a == null && before.isBlank() && endsWithColon(text, s.start())) {
        a = attribute(previousSentence(text, s.start()), "");
      }
      String how;
      String name = null;
      String cue = null;
      double confidence;
      if (a != null && a.pronoun) {
        // the person named last in this paragraph, outside quotes, is the likeliest "he";
        // failing that, whoever spoke last
        String described =
            a.description == null ? null : described(text, s.start(), a.description, fullNames);
        String named =
            lastPersonInParagraph(
                text,
                Math.max(prevBoundary, paragraphStart(text, s.start())),
                s.start(),
                fullNames);
        // "she" is not a man the name list knows: "… Tomas Varga … Ruiz, 52, will need …
        // “…,” she told supporters" is Ruiz's, or no one's, never Varga's
        char gender = pronounGender(a.name);
        if (described != null) {
          name = described;
        } else if (named != null && fits(named, gender)) {
          name = named;
        } else if (previous != null
            && previous.speakerName() != null
            && fits(previous.speakerName(), gender)
            && recent(text, previousEnd, s.start())) {
          name = previous.speakerName();
        } else {
          name = lastPersonBefore(text, s.start(), fullNames, gender);
        }
        how = "pronoun";
        cue = a.cue;
        confidence = name == null ? 0 : 0.75;
      } else if (a != null && !(a.cue == null && commonWord(a.name, text, fullNames))) {
        name = a.name;
        how = a.cue == null ? "sentence-subject" : "cue";
        cue = a.cue;
        confidence = a.cue == null ? 0.6 : 0.9;
      } else if (previous != null
          && previous.speakerName() != null
          && recent(text, previousEnd, s.start())) {
        name = previous.speakerName();
        how = "continuation";
        confidence = 0.7;
      } else {
        how = "unattributed";
        confidence = 0;
      }
      if (name != null) {
        name = canonical(stripTitles(name), fullNames);
      }
      Quote quote =
          new Quote(
              s.start(),
              s.end(),
              inner,
              name,
              null,
              cue,
              name == null ? "unattributed" : how,
              confidence);
      quotes.add(quote);
      previous = quote;
      previousEnd = s.end();
      if (name != null) {
        learnNames(name, fullNames);
      }
    }
    return quotes;
  }

  /**
   * @param name the speaker as written; for a pronoun ({@code pronoun} true), the pronoun itself,
   *     lower case ("she"), whose gender the person found for it must fit
   * @param description for a definite description in place of a name ("the Harwick senator"), its
   *     words; else null
   */
  private record Attribution(String name, boolean pronoun, String cue, String description) {
    Attribution(String name, boolean pronoun, String cue) {
      this(name, pronoun, cue, null);
    }
  }

  /**
   * Whether a one-word subject is a common word capitalised for opening its sentence, not a name:
   * "More recently, Trump pledged to make Apple “build …”", "Holding signs calling Christie “…”".
   * With no verb of saying, the subject is the only sign of a speaker, and a word the article also
   * writes in lower case ("more", "holding"), and no full name of the article ends with, is none. A
   * plural may be the people who spoke ("Protesters chanted …") and is kept.
   */
  static boolean commonWord(String name, String text, Map<String, String> fullNames) {
    String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
    if (name == null || name.contains(" ") || fullNames.containsKey(name)) {
      return false;
    }
    if (NO_NAME_SHAPE.matcher(lower).matches()) {
      // "I'm", "We're" (a contraction), "Following", "Born", "Ratings-wise", "Nearly": the shape
      // of a word, not of a name, whether or not the article also writes it in lower case
      return true;
    }
    if (lower.endsWith("s")) {
      return false;
    }
    return Pattern.compile("(?<![\\p{L}’'])" + Pattern.quote(lower) + "(?![\\p{L}])")
        .matcher(text)
        .find();
  }

  /**
   * One-word subjects that cannot be names: contractions ("I'm", "We're"), "-wise" adverbs, and the
   * participles, adverbs and prepositions that open sentences in news ("Following …", "Born in …",
   * "Dubbed …", "Inside, …"). A list rather than an ending: "Manning", "Ahmed" and "Kelly" end like
   * participles and adverbs.
   */
  private static final Pattern NO_NAME_SHAPE =
      Pattern.compile(
          "\\p{L}+['’]\\p{L}{1,2}|\\p{L}+-wise|(?:follow|ask|hav|com|us|fac|speak|refer|respond|"
              + "add|not|cit|describ|call|say|accord|look|tak|mak|go|get|giv|try|help)ing|"
              + "born|known|dubbed|based|designated|named|called|asked|faced|"
              + "feb|jan|aug|sept?|oct|nov|dec|inside|outside|nearby|below|above|too|well|right|"
              + "where|when|it|long|something|nothing|everything|anything|ninety|twenty|thirty|"
              + "forty|fifty|sixty|seventy|eighty");

  private static final Pattern CUE = Pattern.compile("\\b(?:" + CUE_WORDS + ")\\b");

  /**
   * Whether the sentence after a quote that closed with a full stop is a new statement rather than
   * the quote's attribution. “… lock your door.” Mark Pinder told reporters that police ordered
   * staff to stay inside: Pinder's words follow, and the quote belongs to whoever spoke before. “…
   * lock your door.” Pinder said. is still an attribution: the sentence ends with its cue, or a few
   * words after it ("on Tuesday", "in a statement"). A sentence that ends in a comma or colon right
   * before the next quote introduces that quote.
   */
  static boolean newStatementAfter(String inner, String after) {
    String quoted = inner.stripTrailing();
    if (!quoted.endsWith(".") || after.isBlank()) {
      return false;
    }
    Matcher cue = CUE.matcher(after);
    if (!cue.find()) {
      return false;
    }
    if (after.stripTrailing().matches("(?s).*[,:]")) {
      // “… no community center.” Spokesman Ana Ruiz had said, “…”: the sentence introduces the
      // next quote
      return true;
    }
    String rest = after.substring(cue.end()).strip();
    if (CLAUSE_THEN_SPEAKER.matcher(after).find()) {
      // “… say no more.” Varga was driving a rented van, Lind said: a clause of its own, then
      // who says it; the quote belongs to whoever spoke before
      return true;
    }
    if (REPORTED_CLAUSE.matcher(rest.split(",", 2)[0]).find()) {
      // “… a unified party.” Labour's Ana Ruiz said the pair had had a “scorching”: the cue
      // opens reported speech of its own, a clause with its verb, not the quote's attribution
      // (which ends at the cue or runs on with "on Tuesday", "in a statement")
      return true;
    }
    return !rest.isEmpty() && rest.split("\\s+").length > 6;
  }

  /** Reported speech after a cue: "that …", or a clause with a finite verb before any comma. */
  private static final Pattern REPORTED_CLAUSE =
      Pattern.compile(
          "(?i)^(?:that\\b|(?:[\\p{L}'’\\-]+\\s+){1,4}?(?:is|was|were|are|has|had|have|will|would|"
              + "could|can|should|must|did|does)\\b)");

  /** A clause with a finite verb, a comma, then a name or pronoun and a cue ending the sentence. */
  private static final Pattern CLAUSE_THEN_SPEAKER =
      Pattern.compile(
          "^\\s*[^,“”\"]*\\b(?:is|was|were|are|has|had|have|will|would|could|did|does|do)\\b"
              + "[^,“”\"]*,\\s*(?:"
              + NAME
              + "|"
              + PRONOUN
              + ")\\s+(?:"
              + CUE_WORDS
              + ")\\s*[.!]?\\s*$");

  /**
   * Words another person quoted, around the quote: "…," Ruiz quoted Lind as saying; Ruiz quoted
   * Lind as saying: "…". The speaker is the one quoted, not the one who passed the words on.
   */
  private static final Pattern AFTER_QUOTED_AS =
      Pattern.compile(
          "^\\s*[,—–-]?\\s*[^“”\"]{0,60}?\\bquoted\\s+(" + NAME + ")\\s+as\\s+(saying|telling)\\b");

  private static final Pattern BEFORE_QUOTED_AS =
      Pattern.compile("\\bquoted\\s+(" + NAME + ")\\s+as\\s+(saying|telling)\\b[^“”\"]{0,40}$");

  private static Attribution attribute(String before, String after) {
    Matcher quoted = AFTER_QUOTED_AS.matcher(after);
    if (quoted.find() && isName(quoted.group(1))) {
      return of(quoted.group(1), "quoted as " + quoted.group(2));
    }
    quoted = BEFORE_QUOTED_AS.matcher(before);
    if (quoted.find() && isName(quoted.group(1))) {
      return of(quoted.group(1), "quoted as " + quoted.group(2));
    }
    Matcher m = AFTER_CUE_NAME.matcher(after);
    if (m.find() && isNameOrPronoun(m.group(2))) {
      String described = describedName(m.group(2), after.substring(m.end(2)));
      return of(described != null ? described : m.group(2), m.group(1));
    }
    m = AFTER_CUE_DESCRIBED_NAME.matcher(after);
    if (m.find()
        && isName(m.group(3))
        && !m.group(2)
            .matches("(?i).*\\b(in|at|on|to|from|with|during|after|before|about|of|for|by)\\s+$")) {
      String described = describedName(m.group(3), after.substring(m.end(3)));
      return of(described != null ? described : m.group(3), m.group(1));
    }
    m = AFTER_NAME_CUE.matcher(after);
    if (m.find() && isNameOrPronoun(m.group(1))) {
      return of(m.group(1), m.group(2));
    }
    m = AFTER_NAME_APPOSITION_CUE.matcher(after);
    if (m.find() && isNameOrPronoun(m.group(1))) {
      return of(m.group(1), m.group(2));
    }
    m = AFTER_DESCRIPTION_CUE.matcher(after);
    if (m.find()) {
      return new Attribution(
          null, true, m.group(2).toLowerCase(Locale.ROOT), m.group("description"));
    }
    m = AFTER_COMMA_CUE_NAME.matcher(after);
    if (m.find() && isName(m.group(2))) {
      return of(m.group(2), m.group(1));
    }
    m = AFTER_DESCRIBED_NAME_CUE.matcher(after);
    if (m.find() && isName(m.group(1))) {
      return of(m.group(1), m.group(2));
    }
    m = AFTER_DASH_NAME.matcher(after);
    if (m.find() && isName(m.group(1))) {
      return new Attribution(clean(m.group(1)), false, "—");
    }
    m = BEFORE_NAME_CUE.matcher(before);
    Attribution last = null;
    int from = 0;
    while (from < before.length() && m.find(from)) {
      if (afterPreposition(before, m.start(1))) {
        // "Here in Columbia, Sanders stepped up his attack, saying": a name after a preposition
        // or an article is a place or an object, never the speaker; the subject comes later
        from = m.end(1);
        continue;
      }
      if (isNameOrPronoun(m.group(1)) && !participleOfTheSubject(before, m)) {
        last = of(m.group(1), m.group(2));
      }
      // on from the cue, not from the match's end (the pattern runs to the quote): in "White told
      // reporters after a hearing where Heller said she was “…”", Heller is the later speaker
      from = m.end(2);
    }
    if (last != null) {
      return last;
    }
    m = BEFORE_NAME_PARTICIPLE.matcher(before);
    while (m.find()) {
      if (!afterPreposition(before, m.start(1)) && isNameOrPronoun(m.group(1))) {
        return of(m.group(1), m.group(2));
      }
    }
    // "Varga attacked Ruiz for her support of action in Peru and Chile, saying": the subject is
    // the first name with a verb after it; the names later in the sentence are objects
    m = BEFORE_SUBJECT_VERB_PARTICIPLE.matcher(before);
    from = 0;
    while (from < before.length() && m.find(from)) {
      if (!afterPreposition(before, m.start(1)) && isNameOrPronoun(m.group(1))) {
        return of(m.group(1), m.group(2));
      }
      from = m.end(1);
    }
    m = BEFORE_NAME_VERB_COLON.matcher(before);
    if (m.find() && isName(m.group(1))) {
      return new Attribution(clean(m.group(1)), false, null);
    }
    m = BEFORE_NAME_COLON.matcher(before);
    if (m.find() && isName(m.group(1)) && !afterPreposition(before, m.start(1))) {
      // "… doesn't surprise Republican pollster Daron Shaw: “…”"
      return new Attribution(clean(m.group(1)), false, null);
    }
    m = ACCORDING_TO.matcher(before + " " + after);
    if (m.find() && isName(m.group(1))) {
      return new Attribution(clean(m.group(1)), false, "according to");
    }
    m = SUBJECT.matcher(before);
    if (m.find() && isNameOrPronoun(m.group(1)) && !before.isBlank()) {
      String subject = m.group(1);
      if (isPronoun(subject)) {
        return new Attribution(subject.toLowerCase(Locale.ROOT), true, null);
      }
      // "Former Ruiz spokesman Tomas Varga derided “…”": the person is the name after the role
      String described = describedName(subject, before.substring(m.end(1)));
      return new Attribution(clean(described != null ? described : subject), false, null);
    }
    return null;
  }

  /**
   * Whether the cue after a name is a participle set off by a comma ("… urged women to vote for
   * Ruiz, saying, “…”"): it then tells what the sentence's subject did, and the name before the
   * comma is an object. The participle patterns find the subject. Without the comma ("with Ruiz
   * saying “…”") the name is the one saying it.
   */
  private static boolean participleOfTheSubject(String before, Matcher m) {
    return m.group(2).endsWith("ing") && before.substring(m.end(1), m.start(2)).contains(",");
  }

  /** Role words between an employer and a person: "Marquette pollster", "Clinton campaign". */
  private static final Pattern DESCRIBED_REST =
      Pattern.compile(
          "^\\.?((?:\\s+(?:[a-z][\\p{L}’'\\-]*|[A-Z][a-z]{1,4}\\.))+?)\\s+(" + NAME + ")");

  private static final Pattern TITLE_REST = Pattern.compile("^\\.\\s+(" + NAME + ")");

  private static final Set<String> NOT_ROLE_WORDS =
      Set.of(
          "on",
          "in",
          "at",
          "to",
          "of",
          "for",
          "with",
          "during",
          "after",
          "before",
          "the",
          "a",
          "an",
          "and",
          "or",
          "but",
          "who",
          "which",
          "that",
          "while",
          "as",
          "when",
          "where",
          "is",
          "was",
          "has",
          "had",
          "said",
          "says",
          "told",
          "from",
          "by",
          "about",
          "than",
          "then",
          "last",
          "this",
          "earlier",
          "later",
          "recently",
          "also",
          "referring",
          "speaking",
          "calling");

  /**
   * In "said Marquette pollster Charles Franklin" or "said former Arkansas Gov. Mike Huckabee" the
   * first capitalised run is an employer or a place; the person is the name after the role words.
   * Returns that name, or null when the words after the first name are not a role.
   */
  private static String describedName(String first, String rest) {
    Matcher t = TITLE_REST.matcher(rest);
    if (first.matches(".*\\b(?:Gov|Sen|Rep|Lt|Capt|Gen|Col|Sgt|Adm|Cmdr|Maj|Lt\\. Col)$")
        && t.find()
        && isName(t.group(1))) {
      return t.group(1); // "said former Arkansas Gov. Mike Huckabee"
    }
    Matcher d = DESCRIBED_REST.matcher(rest);
    if (!d.find() || !isName(d.group(2))) {
      return null;
    }
    for (String w : d.group(1).strip().split("\\s+")) {
      if (NOT_ROLE_WORDS.contains(w) || w.endsWith("ly") || w.endsWith("ed")) {
        return null;
      }
    }
    return d.group(2);
  }

  private static final Pattern PREPOSITION_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:in|at|from|of|to|on|near|into|across|against|toward|towards|outside|inside|"
              + "throughout|the)\\s+$");

  /** An office with its department or country: "Secretary of ", "Minister of the ". */
  private static final Pattern OFFICE_OF =
      Pattern.compile(
          "\\b(?:Secretary|Minister|Director|Commissioner|Chairman|Chairwoman|Chair|Chief|Head|"
              + "President)\\s+of\\s+(?:the\\s+)?$");

  private static boolean afterPreposition(String s, int nameStart) {
    return afterPreposition(s, nameStart, false);
  }

  /**
   * @param inList whether the name ends a list ("Peru, Chile and Bolivia"), so that a comma before
   *     it joins it to the name before; otherwise only "and" or "or" does, since a comma also ends
   *     a fronted phrase ("Here in Ostbridge, Lind stepped up …")
   */
  private static boolean afterPreposition(String s, int nameStart, boolean inList) {
    if (!PREPOSITION_BEFORE.matcher(s.substring(Math.max(0, nameStart - 14), nameStart)).find()) {
      // "in Peru and Chile": a name joined to one after a preposition is governed by it too
      int from = Math.max(0, nameStart - 60);
      Matcher joined = COORDINATED.matcher(s.substring(from, nameStart));
      return joined.find()
          && (inList || !joined.group(2).contains(","))
          && afterPreposition(s, from + joined.start(1), true);
    }
    if (OFFICE_OF.matcher(s.substring(Math.max(0, nameStart - 30), nameStart)).find()) {
      return false; // "Secretary of State Ana Ruiz urged …": the "of" is the title's
    }
    // "the Washington Post’s Ishaan Tharoor wrote": after "the" only a possessive run is a person
    Matcher run = NAME_RUN.matcher(s.substring(nameStart));
    return !(s.substring(nameStart - Math.min(nameStart, 4), nameStart).matches("(?i).*\\bthe\\s+")
        && run.lookingAt()
        && run.group().matches(".*[’']s\\s+\\S.*"));
  }

  private static Attribution of(String who, String cue) {
    String c = cue.toLowerCase(Locale.ROOT);
    return isPronoun(who)
        ? new Attribution(who.toLowerCase(Locale.ROOT), true, c)
        : new Attribution(clean(who), false, c);
  }

  private static boolean isPronoun(String s) {
    return s.matches(PRONOUN);
  }

  private static boolean isNameOrPronoun(String s) {
    return isPronoun(s) || isName(s);
  }

  private static boolean isName(String s) {
    return clean(s) != null;
  }

  /** The name without leading non-name capitals ("But Smith" → "Smith"), or null. */
  private static String clean(String s) {
    String[] words = s.trim().split("\\s+");
    int i = 0;
    while (i < words.length
        && (NOT_NAMES.contains(words[i].replace("’s", ""))
            || adverb(words[i], i + 1 < words.length)
            || organisationBefore(words, i))) {
      i++;
    }
    if (i >= words.length) {
      return null;
    }
    for (int k = i; k < words.length; k++) {
      if (words[k].length() >= 3
          && words[k].equals(words[k].toUpperCase(Locale.ROOT))
          && !words[k].matches("I{2,3}|IV|[A-Z]\\.")
          // initials before a family name ("J.J. MacNab"), not a state ("N.C.")
          && !(k < words.length - 1 && words[k].matches("(?:[A-Z]\\.)+"))) {
        return null; // SHOUTED WORDS are a headline or a label, not a name
      }
    }
    String rest = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
    return rest.replaceAll("[’']s$", "");
  }

  /**
   * Whether word {@code i} is an organisation's initials before a name written in ordinary
   * capitals: "UC-AFT President Bob Samuels", "NATO Secretary General Jens Stoltenberg". A run of
   * capitals only ("HOW WILL OBAMA PLAY") stays a headline.
   */
  private static boolean organisationBefore(String[] words, int i) {
    return i + 1 < words.length
        && shouted(words[i])
        && !shouted(words[i + 1])
        && Character.isUpperCase(words[i + 1].charAt(0));
  }

  /** Initials of a body ("NATO", "UC-AFT", "AT&T"), not a person's ("J.J.") nor a numeral. */
  private static boolean shouted(String word) {
    return word.length() >= 3 && word.matches("\\p{Lu}[\\p{Lu}&\\-]*\\p{Lu}");
  }

  private static final Set<String> SHORT_ADVERBS =
      Set.of(
          "Finally",
          "Clearly",
          "Really",
          "Frankly",
          "Surely",
          "Likely",
          "Only",
          "Early",
          "Lastly",
          "Usually",
          "Actually",
          "Simply",
          "Merely",
          "Nearly",
          "Mostly",
          "Partly",
          "Largely",
          "Rarely",
          "Truly",
          "Sadly",
          "Oddly",
          "Briefly",
          "Notably",
          "Publicly",
          "Recently");

  /**
   * A capitalised -ly word that opens a sentence ("Finally", "Apparently") rather than a name
   * ("Kelly said", "Holly Smith"): before another capitalised word, a long -ly word, or a common
   * short adverb.
   */
  private static boolean adverb(String word, boolean moreFollow) {
    return word.endsWith("ly")
        && (moreFollow || word.length() >= 8 || SHORT_ADVERBS.contains(word));
  }

  /** Words that end a capitalised role before a name: "Interior Minister", "Press Secretary". */
  private static final Set<String> ROLE_WORDS =
      Set.of(
          // departments that follow "Secretary of": "Secretary of State Ana Ruiz"
          "State",
          "Defense",
          "Defence",
          "Treasury",
          "Interior",
          "Minister",
          "President",
          "Secretary",
          "Spokesman",
          "Spokeswoman",
          "Spokesperson",
          "Governor",
          "Senator",
          "Chairman",
          "Chairwoman",
          "Chair",
          "Leader",
          "Director",
          "Chief",
          "Mayor",
          "Speaker",
          "Ambassador",
          "Commissioner",
          "General",
          "Admiral",
          "Colonel",
          "Captain",
          "Sheriff",
          "Judge",
          "Justice",
          "Attorney",
          "Counsel",
          "Adviser",
          "Advisor",
          "Officer",
          "Manager",
          "Executive",
          "CEO",
          "Founder",
          "Coach",
          "Representative",
          "Congressman",
          "Congresswoman",
          "Councillor",
          "Councilman",
          "Councilwoman",
          "Prosecutor",
          "Defender",
          "Rep",
          "Rep.",
          "Sen",
          "Sen.",
          "Gov",
          "Gov.",
          "Dr",
          "Dr.",
          "Mr",
          "Mr.",
          "Mrs",
          "Mrs.",
          "Ms",
          "Ms.",
          "Del.",
          "Gen.",
          "Lt.",
          "Col.",
          "Prof.",
          "Rev.",
          "Sgt.",
          "Capt.");

  /** The person's name without the titles and capitalised role before it. */
  private static String stripTitles(String name) {
    String[] words = name.trim().split("\\s+");
    int from = 0;
    for (int k = 0; k < words.length - 1; k++) {
      // an employer's possessive is not part of the name: "Harwick University's Ana Ruiz"
      if (ROLE_WORDS.contains(words[k])
          || PersonName.isPost(words[k])
          || k < words.length - 2 && words[k].matches(".+[’']s")) {
        from = k + 1;
      }
    }
    return String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length))
        .replaceAll("^" + TITLE + "+", "")
        .trim();
  }

  /**
   * Quote marks typed as two characters — two apostrophes ({@code ''No,'' he said}, the style of
   * some newspaper archives) or two backquotes opening ({@code ``No,''}, typesetting style) — as a
   * straight double quote, in the same length so offsets stay true: an opening pair becomes a space
   * and a quote mark, a closing pair a quote mark and a space. Without this, the direct quotes of
   * such texts are not found at all.
   */
  static String doubledMarks(String text) {
    if (!text.contains("''") && !text.contains("``")) {
      return text;
    }
    char[] out = text.toCharArray();
    int n = out.length;
    for (int i = 0; i + 1 < n; i++) {
      char c = text.charAt(i);
      if ((c != '\'' && c != '`') || text.charAt(i + 1) != c) {
        continue;
      }
      boolean opening =
          c == '`'
              || (i == 0
                      || Character.isWhitespace(text.charAt(i - 1))
                      || "([{—–-:".indexOf(text.charAt(i - 1)) >= 0)
                  && i + 2 < n
                  && !Character.isWhitespace(text.charAt(i + 2));
      if (opening) {
        out[i] = ' ';
        out[i + 1] = '"';
      } else {
        out[i] = '"';
        out[i + 1] = ' ';
      }
      i++;
    }
    return new String(out);
  }

  /** A name the article gave in full earlier: "Nadler" → "Jerry Nadler". */
  private static String canonical(String name, Map<String, String> fullNames) {
    if (name.contains(" ")) {
      return name;
    }
    return fullNames.getOrDefault(name, name);
  }

  /** Remembers full names by their last word, so later family-name mentions find them. */
  private static void learnNames(String text, Map<String, String> fullNames) {
    Matcher m = NAME_RUN.matcher(text);
    while (m.find()) {
      String n = clean(m.group());
      if (n == null) {
        continue;
      }
      // the owner before a possessive is a name too: "Ana Ruiz's Centre Party won"
      Matcher owner = OWNER.matcher(n);
      if (owner.lookingAt()) {
        learnName(stripTitles(owner.group(1)), fullNames);
      }
      learnName(stripTitles(n), fullNames);
    }
  }

  /** A run's words up to a possessive: "Ana Ruiz" in "Ana Ruiz's Centre Party". */
  private static final Pattern OWNER = Pattern.compile("(\\S+(?:\\s+\\S+){1,3}?)['’]s\\s+\\S");

  /** Remembers a full name of two to four words by its last word. */
  private static void learnName(String n, Map<String, String> fullNames) {
    String[] words = n.split("\\s+");
    if (words.length >= 2 && words.length <= 4 && personLike(n, fullNames)) {
      fullNames.putIfAbsent(words[words.length - 1], n);
    }
  }

  /** Last words that make a capitalised run an organisation or a place, not a person. */
  private static final Set<String> NOT_PERSON_HEADS =
      Set.of(
          "Authority",
          "Union",
          "Agency",
          "Ministry",
          "Council",
          "Party",
          "Company",
          "Corporation",
          "Corp",
          "Inc",
          "Service",
          "Services",
          "Department",
          "Committee",
          "Court",
          "University",
          "Bank",
          "Association",
          "Institute",
          "Club",
          "Group",
          "News",
          "Post",
          "Times",
          "House",
          "Office",
          "Commission",
          "Federation",
          "Board",
          "Fund",
          "Foundation",
          "Organization",
          "Organisation",
          "Reserve",
          "Senate",
          "Congress",
          "Parliament",
          "Army",
          "Police",
          "Church",
          "School",
          "Hospital",
          "Network",
          "Media",
          "Press",
          "Airlines",
          "Street",
          "Avenue",
          "Square",
          "City",
          "County",
          "State",
          "States",
          "Kingdom",
          "Republic",
          "Region",
          "Valley",
          "River",
          "Island",
          "Islands",
          "Coast",
          "Ocean",
          "Sea",
          "Station",
          "Airport",
          "Port",
          "Hall",
          "Center",
          "Centre",
          "Project",
          "Act",
          "Plan",
          "Campaign",
          "Administration",
          "Government",
          "Journal",
          "Tribune",
          "Herald",
          "Gazette",
          "Observer",
          "Ledger",
          "Courier",
          "Review",
          "Magazine",
          "Television",
          "Radio",
          "Left",
          "Right",
          "Democrats",
          "Republicans",
          "Day",
          "Week",
          "Year",
          "War",
          "Summit",
          "Games",
          "Cup",
          "League",
          "Alliance",
          "Coalition",
          "Movement",
          "Front");

  /**
   * Prepositions that headlines capitalise and names never hold. ("Of", "De", "Van" and their like
   * are kept out: "Duke of York", "Charles De Gaulle".)
   */
  private static final Set<String> HEADLINE_PREPOSITIONS =
      Set.of(
          "Against", "For", "With", "Without", "To", "Into", "From", "Over", "After", "Before",
          "Amid", "Despite", "About", "Across", "Behind", "Under", "Toward", "Towards", "Through",
          "During", "Between", "Among", "At", "On", "In", "By", "As");

  /** A capitalised run that reads as a person's name. */
  private static boolean personLike(String name, Map<String, String> fullNames) {
    String[] words = name.split("\\s+");
    if (NOT_PERSON_HEADS.contains(words[words.length - 1])) {
      return false;
    }
    for (String w : words) {
      if (HEADLINE_PREPOSITIONS.contains(w)) {
        // "Railing Against Trump, Sanders Vows …": a headline in title case, not a name, or
        // every later "Trump" of the article would be given to "Railing Against Trump"
        return false;
      }
    }
    return words.length >= 2 && words.length <= 4 || fullNames.containsKey(name);
  }

  private static int paragraphStart(String text, int pos) {
    int p = text.lastIndexOf("\n\n", pos);
    return p < 0 ? 0 : p + 2;
  }

  /** The person named last between {@code from} and {@code pos} (no quotes in between), or null. */
  private static String lastPersonInParagraph(
      String text, int from, int pos, Map<String, String> fullNames) {
    if (from >= pos) {
      return null;
    }
    // the subject of the last sentence that names someone: in "X spoke with Y, saying he …",
    // "he" is X, the first person of the sentence, not Y, the last
    String window = stripQuoted(text.substring(from, pos));
    List<Integer> ends = sentenceEnds(window);
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    starts.addAll(ends);
    for (int i = starts.size() - 1; i >= 0; i--) {
      int end = i + 1 < starts.size() ? starts.get(i + 1) : window.length();
      String sentence = window.substring(starts.get(i), end);
      Matcher fronted = FRONTED.matcher(sentence);
      // "A month after backing Varga, Ruiz still believes …": the subject follows the fronted
      // phrase; a name inside that phrase is only the subject when none comes after it
      String n = null;
      if (fronted.lookingAt()) {
        String rest = sentence.substring(fronted.end());
        n = firstPerson(rest, fullNames);
        Matcher speaker = NAME_THEN_CUE.matcher(rest);
        if (n == null && speaker.lookingAt() && isName(speaker.group(1))) {
          // "Asked about Varga, Ruiz said …": a name that speaks right after the fronted phrase
          // is its subject, even one the article never wrote in full
          n = clean(speaker.group(1));
        }
      }
      if (n == null) {
        n = firstPerson(sentence, fullNames);
      }
      if (n != null) {
        return n;
      }
    }
    return null;
  }

  /**
   * The person a definite description stands for ("the Harwick senator said"): the nearest person
   * before the quote whose title, written before the name ("Sen. Ana Ruiz") or in an apposition
   * after it ("Ana Ruiz, a senator"), is the description's noun — one from the place the
   * description names ("Harwick") when there is one. Null when no one named before holds such a
   * post: the description is then read like a pronoun.
   */
  private static String described(
      String text, int pos, String description, Map<String, String> fullNames) {
    String[] words = description.trim().split("\\s+");
    String noun = words[words.length - 1].toLowerCase(Locale.ROOT);
    String title = TITLE_FOR.getOrDefault(noun, Pattern.quote(noun));
    Pattern held =
        Pattern.compile(
            "(?i)(?:\\b(?:"
                + title
                + ")\\.?\\s+$|^\\s*,\\s+(?:a|an|the)\\s+[^,.;]{0,60}?\\b(?:"
                + title
                + ")\\b)");
    List<String> places = new ArrayList<>();
    for (int i = 1; i < words.length - 1; i++) {
      if (Character.isUpperCase(words[i].charAt(0))) {
        places.add(words[i]);
      }
    }
    int from = Math.max(0, pos - 3000);
    String window = stripQuoted(text.substring(from, pos));
    Matcher m = NAME_RUN.matcher(window);
    String nearest = null;
    String nearestFromPlace = null;
    while (m.find()) {
      String n = clean(m.group());
      if (n == null) {
        continue;
      }
      String person = stripTitles(n);
      if (!person.contains(" ") && !fullNames.containsKey(person)
          || !personLike(person, fullNames)) {
        continue;
      }
      String around =
          window.substring(Math.max(0, m.start() - 60), m.start())
              + m.group().substring(0, m.group().length() - person.length());
      String afterName = window.substring(m.end(), Math.min(window.length(), m.end() + 80));
      if (held.matcher(around).find() || held.matcher(afterName).find()) {
        nearest = canonical(person, fullNames);
        String context = around + " " + afterName;
        if (places.stream().anyMatch(context::contains)) {
          nearestFromPlace = nearest;
        }
      }
    }
    return nearestFromPlace != null ? nearestFromPlace : nearest;
  }

  /** Title words, written out or abbreviated, for the nouns a description ends with. */
  private static final Map<String, String> TITLE_FOR =
      Map.of(
          "senator", "senator|sen",
          "governor", "governor|gov",
          "president", "president|pres",
          "congressman", "congressman|rep|representative",
          "congresswoman", "congresswoman|rep|representative",
          "lawmaker", "senator|sen|congressman|congresswoman|rep|representative|lawmaker",
          "secretary", "secretary|sec",
          "chairman", "chairman|chair",
          "chairwoman", "chairwoman|chair");

  private static String firstPerson(String sentence, Map<String, String> fullNames) {
    List<String> people = people(sentence, fullNames);
    return people.isEmpty() ? null : people.get(0);
  }

  /**
   * The people a stretch of text names, in order: each capitalised run read as a name, titles
   * dropped and a family name alone made the full name the article gave; runs that name no person
   * are left out.
   */
  private static List<String> people(String text, Map<String, String> fullNames) {
    List<String> out = new ArrayList<>();
    Matcher m = NAME_RUN.matcher(text);
    while (m.find()) {
      String n = clean(m.group());
      if (n != null) {
        n = stripTitles(n);
        if (personLike(n, fullNames)) {
          out.add(canonical(n, fullNames));
        }
      }
    }
    return out;
  }

  /**
   * A phrase fronted before a sentence's subject and closed by a comma: "After the debate,", "A
   * month after announcing his support for Varga,", "Despite Ruiz's objections,".
   */
  /** A name and the speech verb right after it: "Ruiz said". */
  private static final Pattern NAME_THEN_CUE =
      Pattern.compile("(" + NAME + ")\\s+(?:" + CUE_WORDS + ")\\b");

  private static final Pattern FRONTED =
      Pattern.compile(
          "\\s*(?:(?:a|an|one|two|three|several|\\w+)\\s+(?:day|days|week|weeks|month|months|year|"
              + "years|hour|hours)\\s+)?(?i:after|before|when|while|despite|although|though|since|"
              + "unlike|following|during|because|once|until|if"
              // a participle phrase: "Asked about Varga, Ruiz said …", "Speaking in Lind, …"
              + "|\\p{Lu}\\p{Ll}+(?:ed|ing))\\b[^,.;“”\"]{1,120},\\s*");

  /** The person named last before {@code pos}, outside quotes, in the last few paragraphs. */
  private static String lastPersonBefore(
      String text, int pos, Map<String, String> fullNames, char gender) {
    int from = Math.max(0, pos - 1500);
    List<String> people = people(stripQuoted(text.substring(from, pos)), fullNames);
    for (int i = people.size() - 1; i >= 0; i--) {
      if (fits(people.get(i), gender)) {
        return people.get(i);
      }
    }
    return null;
  }

  /** 'm' for "he", 'f' for "she", else 0. */
  private static char pronounGender(String pronoun) {
    return pronoun == null ? 0 : pronoun.equals("he") ? 'm' : pronoun.equals("she") ? 'f' : 0;
  }

  /** Whether a person may be the one a pronoun of the given gender (0: any) stands for. */
  private static boolean fits(String name, char gender) {
    char known = PersonName.genderOf(name);
    return gender == 0 || known == 0 || known == gender;
  }

  private static String stripQuoted(String s) {
    return s.replaceAll("“[^”]*”|\"[^\"]*\"", " ");
  }

  /** Whether the previous quote ended close enough for this one to continue it. */
  private static boolean recent(String text, int previousEnd, int start) {
    if (previousEnd < 0) {
      return false;
    }
    String between = text.substring(previousEnd, start);
    int paragraphs = between.split("\\n\\s*\\n", -1).length - 1;
    return paragraphs <= 1 && between.length() < 400;
  }

  private static boolean endsWithColon(String text, int start) {
    int i = start - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i >= 0 && text.charAt(i) == ':';
  }

  /**
   * Sentence ends in {@code window}: each match of SENTENCE_END not preceded by an abbreviation.
   */
  private static List<Integer> sentenceEnds(String window) {
    List<Integer> ends = new ArrayList<>();
    Matcher m = SENTENCE_END.matcher(window);
    while (m.find()) {
      String head = window.substring(Math.max(0, m.start() - 12), m.start());
      if (window.charAt(m.start()) == '.' && ABBREVIATION.matcher(head).find()) {
        continue;
      }
      ends.add(m.end());
    }
    return ends;
  }

  /** The text between the last sentence end (or paragraph start) and {@code start}. */
  private static String sentenceBefore(String text, int from, int start) {
    String window = text.substring(from, start);
    int para = window.lastIndexOf("\n\n");
    if (para >= 0) {
      window = window.substring(para + 2);
    }
    List<Integer> ends = sentenceEnds(window);
    return window.substring(ends.isEmpty() ? 0 : ends.get(ends.size() - 1));
  }

  /** The text from {@code end} to the next sentence end or paragraph break. */
  private static String sentenceAfter(String text, int end, int to) {
    String window = text.substring(end, Math.max(end, to));
    int para = window.indexOf("\n\n");
    if (para >= 0) {
      window = window.substring(0, para);
    }
    List<Integer> ends = sentenceEnds(window);
    return ends.isEmpty() ? window : window.substring(0, ends.get(0));
  }

  /** The sentence before a colon-introduced quote, in the previous paragraph if need be. */
  private static String previousSentence(String text, int start) {
    int from = Math.max(0, start - 400);
    String window = text.substring(from, start).stripTrailing();
    List<Integer> ends = sentenceEnds(window);
    int cut = ends.isEmpty() ? 0 : ends.get(ends.size() - 1);
    int para = window.lastIndexOf("\n\n");
    return window.substring(Math.max(cut, para < 0 ? 0 : para + 2));
  }
}
