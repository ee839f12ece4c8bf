// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.resolve;

import io.dossier.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Decides whether two names of the same type are spellings of one name, and says why. The pair
 * scoring core of {@link TransliterationResolver}, usable alone. Stateless and thread-safe.
 *
 * <p>Person names ({@link TransliterationKeys#parse parsed}: particles dropped, compounds joined,
 * surname last):
 *
 * <ul>
 *   <li>the surnames must have the same vowel-class key with compatible vowels (front a, i, y
 *       against back o, u, e matching both: Haftar = Hifter, Hassan ≠ Hussein);
 *   <li>the given names must have the same key with strictly compatible vowels (Muammar = Moammar,
 *       Hassan ≠ Hussein, Mahmoud ≠ Ahmad): different first names never match, and an initial
 *       matches only the same initial;
 *   <li>middle names may be given on one side only; when both sides give some, the shorter list
 *       must be the start of the longer one (names of forebears are dropped from the end: Mahmoud
 *       Mustafa Busayf = Mahmoud Mustafa), pair by pair, an initial matching a name with that
 *       letter (George W. Bush ≠ George H. W. Bush);
 *   <li>a name written surname first with a comma or in capitals is put in order when parsed; a
 *       plain reversal ("Haftar Khalifa") matches as {@value #RULE_NAME_ORDER} with a lower score;
 *   <li>one typo ({@value #RULE_TYPO_GUARDED}) is allowed in a surname of 7 or more letters when
 *       all the other words are spelled exactly alike: one letter inserted, removed, replaced or
 *       two swapped, not the first or last letter, and at most one edit of the key;
 *   <li>a surname alone against a full name is not decided here ({@value #RULE_SURNAME_ONLY}): the
 *       resolver links it when the corpus has one such person ({@value #RULE_SURNAME_UNIQUE}).
 * </ul>
 *
 * <p>Other names: an acronym matches the same letters or a name whose {@link
 * TransliterationKeys#initials initials} it is ({@value #RULE_ACRONYM_INITIALS}); otherwise the
 * same number of words (after dropping "the" and particles), in the same order, each with the same
 * key and strictly compatible vowels (so Oman ≠ Amman, Gaza ≠ Giza), and one guarded typo in a word
 * of 7 or more letters when the name has other words, all spelled exactly alike.
 */
public final class NameMatcher {

  /** The names are the same after case, accents, punctuation and a leading "the". */
  public static final String RULE_EXACT = "exact-name";

  /** The names are spellings of one name under the transliteration classes. */
  public static final String RULE_TRANSLITERATION = "transliteration";

  /** The same person name, one written surname first. */
  public static final String RULE_NAME_ORDER = "name-order";

  /** The same person name, one with middle names that the other leaves out. */
  public static final String RULE_MIDDLE_NAME_OMITTED = "middle-name-omitted";

  /** The same surname, and given names that are spellings of one name (Muammar, Moammar). */
  public static final String RULE_FIRST_NAME_VARIANT = "first-name-variant";

  /** A surname alone, linked because the corpus has exactly one person with that surname. */
  public static final String RULE_SURNAME_UNIQUE = "surname-unique-in-corpus";

  /** An acronym and the name whose initials it is (or that defined it). */
  public static final String RULE_ACRONYM_INITIALS = "acronym-initials";

  /** One typo in a long word, all other words spelled exactly alike. */
  public static final String RULE_TYPO_GUARDED = "typo-guarded";

  /** Not a match: a surname alone against a full name, which only the corpus can decide. */
  public static final String RULE_SURNAME_ONLY = "surname-only";

  /** Not a match. */
  public static final String RULE_NO_MATCH = "no-match";

  /** Shortest word, in letters, in which a typo is tolerated. */
  static final int TYPO_MIN_LETTERS = 7;

  /**
   * The verdict on a pair of names.
   *
   * @param same whether they are spellings of one name
   * @param score confidence in {@code [0, 1]}: 1 for the same normalized name, lower for weaker
   *     rules, 0 when they conflict
   * @param rule the rule that decided ({@code exact-name}, {@code transliteration}, … or {@code
   *     no-match})
   * @param reason a short human explanation
   */
  public record Match(boolean same, double score, String rule, String reason) {

    public Match {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(reason, "reason");
      if (!(score >= 0 && score <= 1)) {
        throw new IllegalArgumentException("score " + score + " is not in [0, 1]");
      }
    }
  }

  /**
   * A verdict with what the resolver needs beyond {@link Match}: whether it rests on a plain
   * reversal of word order, which needs evidence from the corpus before it links.
   */
  record Comparison(
      boolean same, double score, String rule, String reason, boolean reversedUnmarked) {

    Match toMatch() {
      return new Match(same, score, rule, reason);
    }

    static Comparison yes(String rule, double score, String reason) {
      return new Comparison(true, score, rule, reason, false);
    }

    static Comparison no(String reason) {
      return new Comparison(false, 0, RULE_NO_MATCH, reason, false);
    }
  }

  /** Creates a matcher; it holds no state. */
  public NameMatcher() {}

  /** Whether {@code a} and {@code b}, both names of an entity of {@code type}, name one entity. */
  public Match match(EntityType type, String a, String b) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    return compare(TransliterationKeys.parse(type, a), TransliterationKeys.parse(type, b))
        .toMatch();
  }

  /** Compares two parsed names of the same type. */
  Comparison compare(ParsedName a, ParsedName b) {
    if (a.empty() || b.empty()) {
      return Comparison.no("a name without letters");
    }
    String ea = NameKeys.exact(a.original());
    if (!ea.isEmpty() && ea.equals(NameKeys.exact(b.original()))) {
      return Comparison.yes(
          RULE_EXACT, 1.0, "same name once case, accents and punctuation are normalized");
    }
    return a.type() == EntityType.PERSON ? comparePersons(a, b) : comparePlain(a, b);
  }

  // --- persons ---

  private Comparison comparePersons(ParsedName a, ParsedName b) {
    if (a.bare() && b.bare()) {
      NameToken x = a.last();
      NameToken y = b.last();
      if (x.text().equals(y.text())) {
        return Comparison.yes(RULE_TRANSLITERATION, 0.97, "same name once particles are removed");
      }
      if (TransliterationKeys.compatible(x, y, false)) {
        return Comparison.yes(RULE_TRANSLITERATION, 0.93, spelling(x, y));
      }
      return Comparison.no(differ("names", x, y, false));
    }
    if (a.bare() != b.bare()) {
      NameToken alone = a.bare() ? a.last() : b.last();
      ParsedName full = a.bare() ? b : a;
      if (alone.text().equals(full.last().text())
          || TransliterationKeys.compatible(alone, full.last(), false)) {
        return new Comparison(
            false,
            0.5,
            RULE_SURNAME_ONLY,
            alone.display()
                + " is a surname alone, matching the surname of "
                + full.original()
                + "; only a corpus with one such person links them",
            false);
      }
      return Comparison.no(differ("surnames", alone, full.last(), false));
    }
    Comparison straight = alignedPersons(a, b);
    if (straight.same()) {
      if (!Objects.equals(a.inverted(), b.inverted())) {
        ParsedName inv = a.inverted() != null ? a : b;
        return Comparison.yes(
            RULE_NAME_ORDER,
            Math.min(0.9, straight.score()),
            inv.original()
                + " is written surname first ("
                + inv.inverted()
                + "); "
                + straight.reason());
      }
      return straight;
    }
    if (a.inverted() == null) {
      Comparison r = alignedPersons(a.rotated(), b);
      if (r.same()) {
        return reversed(a, b, r);
      }
    }
    if (b.inverted() == null) {
      Comparison r = alignedPersons(a, b.rotated());
      if (r.same()) {
        return reversed(b, a, r);
      }
    }
    return straight;
  }

  private static Comparison reversed(ParsedName written, ParsedName other, Comparison aligned) {
    return new Comparison(
        true,
        Math.min(0.75, aligned.score()),
        RULE_NAME_ORDER,
        written.original()
            + " reads as "
            + other.original()
            + " with the surname first; "
            + aligned.reason(),
        true);
  }

  private Comparison alignedPersons(ParsedName a, ParsedName b) {
    NameToken ga = a.first();
    NameToken gb = b.first();
    boolean givenSame = ga.text().equals(gb.text());
    if (!givenSame
        && (ga.initial() || gb.initial() || !TransliterationKeys.compatible(ga, gb, true))) {
      return Comparison.no(differ("first names", ga, gb, true));
    }
    List<NameToken> ma = a.middles();
    List<NameToken> mb = b.middles();
    boolean omitted = ma.size() != mb.size();
    boolean middleSpelling = false;
    if (!ma.isEmpty() && !mb.isEmpty()) {
      List<NameToken> shorter = ma.size() <= mb.size() ? ma : mb;
      List<NameToken> longer = ma.size() <= mb.size() ? mb : ma;
      for (int i = 0; i < shorter.size(); i++) {
        NameToken x = shorter.get(i);
        NameToken y = longer.get(i);
        if (x.text().equals(y.text())) {
          continue;
        }
        boolean initialFits =
            (x.initial() || y.initial()) && x.text().charAt(0) == y.text().charAt(0);
        if (!initialFits && !TransliterationKeys.compatible(x, y, true)) {
          return Comparison.no("conflicting middle names: " + names(ma) + " and " + names(mb));
        }
        middleSpelling = true;
      }
    }
    NameToken sa = a.last();
    NameToken sb = b.last();
    boolean surnameSame = sa.text().equals(sb.text());
    if (!surnameSame && !TransliterationKeys.compatible(sa, sb, false)) {
      if (typoClose(sa, sb) && othersExact(a, b)) {
        return Comparison.yes(
            RULE_TYPO_GUARDED,
            0.8,
            sa.display()
                + " ~ "
                + sb.display()
                + ": one typo in a long surname; the other names are spelled alike");
      }
      return Comparison.no(differ("surnames", sa, sb, false));
    }
    List<String> notes = new ArrayList<>();
    if (!surnameSame) {
      notes.add(spelling(sa, sb));
    }
    if (!givenSame) {
      notes.add(spelling(ga, gb));
    }
    if (middleSpelling) {
      notes.add("middle names " + names(ma) + " ~ " + names(mb));
    }
    if (omitted) {
      List<NameToken> more = ma.size() > mb.size() ? ma : mb;
      List<NameToken> fewer = ma.size() > mb.size() ? mb : ma;
      notes.add(
          0,
          "middle name "
              + names(more.subList(fewer.size(), more.size()))
              + " given on one side only");
      return Comparison.yes(RULE_MIDDLE_NAME_OMITTED, 0.88, String.join("; ", notes));
    }
    if (!surnameSame || middleSpelling) {
      return Comparison.yes(RULE_TRANSLITERATION, 0.93, String.join("; ", notes));
    }
    if (!givenSame) {
      return Comparison.yes(
          RULE_FIRST_NAME_VARIANT, 0.95, notes.get(0) + "; same surname " + sa.display());
    }
    return Comparison.yes(
        RULE_TRANSLITERATION,
        0.97,
        "same words once particles, hyphens and compounds (Abd al-, bin) are normalized");
  }

  /** Every word but the last is spelled alike, and the names have as many words. */
  private static boolean othersExact(ParsedName a, ParsedName b) {
    if (a.tokens().size() != b.tokens().size() || a.tokens().size() < 2) {
      return false;
    }
    for (int i = 0; i < a.tokens().size() - 1; i++) {
      if (!a.tokens().get(i).text().equals(b.tokens().get(i).text())) {
        return false;
      }
    }
    return true;
  }

  // --- organisations, places, other names ---

  private Comparison comparePlain(ParsedName a, ParsedName b) {
    if (a.acronym() != null && b.acronym() != null) {
      return a.acronym().equals(b.acronym())
          ? Comparison.yes(RULE_EXACT, 1.0, "same acronym " + a.acronym().toUpperCase())
          : Comparison.no("different acronyms");
    }
    if (a.acronym() != null || b.acronym() != null) {
      ParsedName acronym = a.acronym() != null ? a : b;
      ParsedName full = a.acronym() != null ? b : a;
      String letters = acronym.acronym();
      if (TransliterationKeys.initials(full.original()).contains(letters)) {
        return Comparison.yes(
            RULE_ACRONYM_INITIALS,
            0.8,
            acronym.original().strip() + " is made of the initials of " + full.original());
      }
      return Comparison.no(
          acronym.original().strip()
              + " is not made of the initials of "
              + full.original()
              + " "
              + TransliterationKeys.initials(full.original()));
    }
    if (a.tokens().size() != b.tokens().size()) {
      return Comparison.no(
          "different number of words: " + names(a.tokens()) + " and " + names(b.tokens()));
    }
    List<String> notes = new ArrayList<>();
    int typo = -1;
    boolean allSame = true;
    for (int i = 0; i < a.tokens().size(); i++) {
      NameToken x = a.tokens().get(i);
      NameToken y = b.tokens().get(i);
      if (x.text().equals(y.text())) {
        continue;
      }
      allSame = false;
      if (TransliterationKeys.compatible(x, y, true)) {
        notes.add(spelling(x, y));
      } else if (typo < 0 && typoClose(x, y)) {
        typo = i;
      } else {
        return Comparison.no(differ("words", x, y, true));
      }
    }
    if (typo >= 0) {
      if (!notes.isEmpty() || a.tokens().size() < 2) {
        return Comparison.no(
            differ("words", a.tokens().get(typo), b.tokens().get(typo), true)
                + (a.tokens().size() < 2
                    ? " (no typo tolerance for a name of one word)"
                    : " (a typo is tolerated only when the other words are spelled alike)"));
      }
      return Comparison.yes(
          RULE_TYPO_GUARDED,
          0.8,
          a.tokens().get(typo).display()
              + " ~ "
              + b.tokens().get(typo).display()
              + ": one typo in a long word; the other words are spelled alike");
    }
    if (allSame) {
      return Comparison.yes(
          RULE_TRANSLITERATION, 0.97, "same words once particles and \"the\" are removed");
    }
    return Comparison.yes(RULE_TRANSLITERATION, 0.93, String.join("; ", notes));
  }

  // --- shared ---

  /**
   * A typo: both words have 7 or more letters, the same first and last letter, one edit apart as
   * written (insertion, deletion, substitution or swap of neighbours) and at most one apart by key.
   */
  static boolean typoClose(NameToken x, NameToken y) {
    String s = x.text();
    String t = y.text();
    return Math.min(s.length(), t.length()) >= TYPO_MIN_LETTERS
        && s.charAt(0) == t.charAt(0)
        && s.charAt(s.length() - 1) == t.charAt(t.length() - 1)
        && editDistance(s, t, true) == 1
        && editDistance(x.key(), y.key(), false) <= 1;
  }

  /** Levenshtein distance, with swaps of neighbouring letters counted once when asked. */
  static int editDistance(String s, String t, boolean swaps) {
    int n = s.length();
    int m = t.length();
    if (Math.abs(n - m) > 2) {
      return Math.abs(n - m);
    }
    int[][] d = new int[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= m; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= m; j++) {
        int cost = s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (swaps
            && i > 1
            && j > 1
            && s.charAt(i - 1) == t.charAt(j - 2)
            && s.charAt(i - 2) == t.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[n][m];
  }

  /** "Hifter ~ Haftar: same consonant skeleton h-f-t-r, vowels differ". */
  static String spelling(NameToken x, NameToken y) {
    boolean viaAlt = !x.key().equals(y.key());
    boolean vowelsAlike =
        viaAlt ? x.altVowels().equals(y.altVowels()) : x.vowels().equals(y.vowels());
    boolean consonantsAlike = consonants(x.text()).equals(consonants(y.text()));
    String how;
    if (consonantsAlike) {
      how = "vowels differ";
    } else if (vowelsAlike) {
      how = "equivalent consonant spellings";
    } else {
      how = "equivalent consonant spellings, vowels differ";
    }
    return x.display()
        + " ~ "
        + y.display()
        + ": same consonant skeleton "
        + TransliterationKeys.skeletonDisplay(viaAlt ? x.alt() : x.key())
        + ", "
        + (viaAlt ? "w read as a vowel, " : "")
        + how;
  }

  private static String differ(String what, NameToken x, NameToken y, boolean strict) {
    String base = "different " + what + ": " + x.display() + " ≠ " + y.display();
    if (x.key().equals(y.key())) {
      return base
          + " (same consonant skeleton "
          + TransliterationKeys.skeletonDisplay(x.key())
          + " but vowels "
          + String.join("-", x.vowels())
          + " and "
          + String.join("-", y.vowels())
          + " are not transliterations of one another"
          + (strict ? "" : ": front a/e/i against back o/u")
          + ")";
    }
    return base + " (keys " + x.key() + " and " + y.key() + ")";
  }

  /** The letters of a word without vowels, doubled letters once. */
  private static String consonants(String word) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if ("aeiouyw".indexOf(c) < 0 && (b.length() == 0 || b.charAt(b.length() - 1) != c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static String names(List<NameToken> tokens) {
    StringBuilder b = new StringBuilder();
    for (NameToken t : tokens) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(t.display());
    }
    return b.toString();
  }
}
