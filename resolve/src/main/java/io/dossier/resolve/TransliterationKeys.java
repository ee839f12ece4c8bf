// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.resolve;

import io.dossier.model.EntityType;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Transliteration-aware keys of names: how Dossier sees that Haftar, Hifter, Heftir and Hiftar, or
 * Gaddafi, Qadhafi and Kadhafi, are spellings of one name, and the prefixed blocking keys under
 * which resolved entities are registered.
 *
 * <h2>The vowel-class key of a word</h2>
 *
 * <p>{@link #fold Folded} (NFKD, diacritics removed, lower case, apostrophes and the ayn/hamza
 * marks {@code ' ’ ʿ ʾ `} dropped), then read as consonant classes of Latin transliterations of
 * Arabic, Persian, Russian and Chinese names:
 *
 * <ul>
 *   <li>{@code q g k ck gh} and a hard {@code c} → {@code k}; a soft {@code c} (before e, i, y) →
 *       {@code s}; {@code x} → {@code ks}
 *   <li>{@code dh d} → {@code d}; {@code th t} → {@code t}; {@code ph f} → {@code f}
 *   <li>{@code j dj dzh zh} → {@code j}; {@code sh ch sch tch} → {@code sh}; {@code kh} stays apart
 *   <li>{@code v w} → {@code v} (Jawad, Javad; Lawrow, Lavrov); a second reading, used for matching
 *       and as extra blocking keys, puts a {@code w} after a vowel into the vowel (Dawud, Daoud,
 *       Daud; Rowhani, Rouhani); a {@code y} that does not start the word is a vowel
 *   <li>every run of vowels becomes one vowel marker {@code a}; doubled consonants count once; a
 *       final {@code h} after a vowel is dropped (Fatimah, Fatima); a final {@code ij}, {@code yj}
 *       or {@code ej} ends in a vowel (Zelenskij, Sergej)
 * </ul>
 *
 * <p>So {@code Haftar}, {@code Hifter}, {@code Heftir} and {@code Hiftar} all have the key {@code
 * haftar} (consonant skeleton h-f-t-r), while {@code Mahmoud} ({@code mahmad}), {@code Muhammad}
 * ({@code mahamad}) and {@code Ahmad} ({@code ahmad}) differ. The key loses the vowels, so deciding
 * with it alone would merge Hassan and Hussein, or Oman and Amman: {@link NameMatcher} also
 * compares the vowels themselves ({@link #vowelsCompatible}).
 *
 * <h2>Names</h2>
 *
 * <p>A name is split into words (spaces, hyphens, dots). Particles ({@code al- el- ad- ar- as- ash-
 * at- az- an- ul- ud-} …, hyphenated or separate, any case) are dropped; {@code Abd} joins the word
 * after it and its own particle ({@code Abd al-Rahman}, {@code Abdel Rahman}, {@code Abdul Rahman}
 * and {@code Abdelrahman} are all {@code abdrahman}); {@code bin}, {@code ibn} and other name
 * connectors ({@code von der}, {@code de}, {@code le}) are kept and joined to the next word ({@code
 * Osama bin Laden} has the surname {@code binladen}). A person name written surname first with a
 * comma ({@code AL-WARFELLI, Mahmoud Ali}) or with the surname in capitals ({@code HAFTAR Khalifa})
 * is put back in given-name order.
 *
 * <h2>Blocking keys</h2>
 *
 * <p>{@link #keys} gives the prefixed keys under which an entity is registered; a prefix keeps
 * kinds apart: {@value #EXACT} exact normalized name, {@value #PERSON} a person's given name and
 * surname keys (order-independent), {@value #SURNAME} a person's surname key, {@value #GIVEN} a
 * person's given-name key, {@value #SKELETON} consonant skeleton (blocking only, never a decision),
 * {@value #NAME} the word keys of other names in order, {@value #INITIALS} the initials of a
 * multiword organisation or place, {@value #ACRONYM} an acronym.
 */
public final class TransliterationKeys {

  /** Prefix of the exact normalized name ({@link NameKeys#exact}). */
  public static final String EXACT = "n:";

  /** Prefix of a person's given-name and surname keys, sorted (so word order does not matter). */
  public static final String PERSON = "p:";

  /** Prefix of a person's surname key. */
  public static final String SURNAME = "s:";

  /** Prefix of a person's given-name key. */
  public static final String GIVEN = "g:";

  /** Prefix of the consonant skeleton: a blocking key only, for names with a typo. */
  public static final String SKELETON = "k:";

  /** Prefix of the in-order word keys of an organisation, place or other name. */
  public static final String NAME = "v:";

  /** Prefix of the initials of a multiword organisation, place or other name. */
  public static final String INITIALS = "i:";

  /** Prefix of an acronym (one defined in the text, or a name that is an acronym). */
  public static final String ACRONYM = "a:";

  /** Particles written as a hyphenated prefix ("al-Werfalli", "ad-Din", "an-Nusra"). */
  private static final Set<String> HYPHEN_PARTICLES =
      Set.of(
          "al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ul", "ud", "ur", "adh", "ath",
          "ed", "es", "et", "ez");

  /**
   * Particles written as a separate word in person names ("Ali Al Zintani"). "as", "at" and "an"
   * are left out: as separate words they are given names (An) or English words.
   */
  private static final Set<String> WORD_PARTICLES =
      Set.of("al", "el", "ad", "ar", "ash", "az", "ul", "ud", "ur", "adh", "ath", "ed", "es");

  /** Separate particles dropped from organisation and place names ("Jabhat al Nusra"). */
  private static final Set<String> PLAIN_PARTICLES = Set.of("al", "el");

  /** Name connectors that are part of the name and join the word after them. */
  private static final Set<String> CONNECTORS =
      Set.of(
          "bin", "ibn", "ben", "bint", "ould", "van", "von", "der", "den", "de", "di", "da", "du",
          "del", "della", "la", "le", "dos", "das", "ter", "ten");

  /** Kunya heads that form one given name with the word after them ("Abu Bakr"). */
  private static final Set<String> KUNYA = Set.of("abu", "abou");

  private static final Set<String> SUFFIXES = Set.of("jr", "jnr", "sr", "snr", "ii", "iii", "iv");

  /** Words whose initial an acronym may or may not include ("Mission in Libya" → UNSMIL). */
  private static final Set<String> OPTIONAL_INITIALS =
      Set.of(
          "of", "the", "for", "and", "in", "on", "at", "to", "a", "an", "de", "des", "du", "del",
          "della", "di", "da", "al", "el", "la", "le", "y", "et", "fi", "wa", "von", "van", "der",
          "&");

  /** "abdel", "abdul", "abdur", "abdash": Abd with its article, written as one word. */
  private static final Pattern ABD_WITH_PARTICLE =
      Pattern.compile("abd[aeiou](?:l|r|s|sh|t|d|z|n)");

  /** "abdelaziz", "abdullah": Abd, its article and the name in one word. */
  private static final Pattern ABD_L_JOINED = Pattern.compile("abd[aeiou]l(.{2,})");

  /** "abdurrahman", "abdessalam": Abd with a sun-letter article assimilated (doubled). */
  private static final Pattern ABD_ASSIMILATED = Pattern.compile("abd[aeiou]((sh|[rstdzn])\\2.+)");

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /** Vowel classes: strict compares a, i, u (e matches all); lenient compares front, back. */
  private static final int A = 1;

  private static final int I = 2;
  private static final int U = 4;
  private static final int FRONT = 1;
  private static final int BACK = 2;

  private TransliterationKeys() {}

  // --- words ---

  /**
   * Folds a string for comparison: some letters that Unicode does not decompose are spelled out
   * ({@code č}→ch, {@code š}→sh, {@code ž}→zh, {@code ǧ}→j, {@code ø}→o, {@code ß}→ss …), then NFKD
   * with combining marks removed, lower case, and apostrophes and the ayn/hamza marks dropped.
   * Spaces and other punctuation are kept.
   */
  public static String fold(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    if (plainAscii(lower)) {
      return lower; // the common case needs neither decomposition nor mark removal
    }
    StringBuilder b = new StringBuilder(lower.length() + 4);
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      switch (c) {
        case 'č', 'ć' -> b.append("ch");
        case 'š' -> b.append("sh");
        case 'ž' -> b.append("zh");
        case 'ǧ' -> b.append('j');
        case 'ḫ' -> b.append("kh");
        case 'ṯ', 'þ' -> b.append("th");
        case 'ḏ' -> b.append("dh");
        case 'ġ' -> b.append("gh");
        case 'ø' -> b.append('o');
        case 'æ' -> b.append("ae");
        case 'œ' -> b.append("oe");
        case 'ß' -> b.append("ss");
        case 'đ', 'ð' -> b.append('d');
        case 'ł' -> b.append('l');
        case 'ı' -> b.append('i');
        case 'ħ' -> b.append('h');
        case '\'', '’', '‘', 'ʿ', 'ʾ', 'ʼ', 'ʻ', '`', '´', '′', 'ʹ' -> {
          // apostrophes, ayn and hamza carry no letter in Latin transliteration
        }
        default -> b.append(c);
      }
    }
    String n = Normalizer.normalize(b, Normalizer.Form.NFKD);
    return MARKS.matcher(n).replaceAll("");
  }

  private static boolean plainAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x80 || c == '\'' || c == '`') {
        return false;
      }
    }
    return true;
  }

  /**
   * The vowel-class key of one word ({@code "Hifter"} → {@code "haftar"}); characters other than
   * letters and digits are ignored.
   */
  public static String tokenKey(String word) {
    return analyse(lettersOnly(fold(word))).key();
  }

  /**
   * The consonant skeleton of one word: its vowel-class key without the vowel markers ({@code
   * "Haftar"} → {@code "hftr"}). A blocking key only, never a decision.
   */
  public static String skeleton(String word) {
    return skeletonOfKey(tokenKey(word));
  }

  /**
   * Whether two words have the same vowel-class key and vowels that can transliterate one another,
   * run by run: strictly (a, i/y and o/u apart, e matching any of them as it stands for short
   * vowels: Hassan ≠ Hussein, Oman ≠ Amman, Gaza ≠ Giza, Yusuf = Youssef) or leniently (front a, i,
   * y against back o, u, e matching both: Haftar = Hifter, Hassan ≠ Hussein).
   */
  public static boolean vowelsCompatible(String a, String b, boolean strict) {
    return compatible(analyse(lettersOnly(fold(a))), analyse(lettersOnly(fold(b))), strict);
  }

  // --- names ---

  /** The folded words of a name that matter for matching, in given-name-first order. */
  public static List<String> tokens(EntityType type, String name) {
    return parse(type, name).tokens().stream().map(NameToken::text).toList();
  }

  /**
   * The vowel-class keys of a name's words, in order, joined by spaces ({@code "Abdel Rahman
   * al-Hifter"} → {@code "abdrahman haftar"}); for an acronym, its letters.
   */
  public static String nameKey(EntityType type, String name) {
    return parse(type, name).orderedKey();
  }

  /**
   * A person's given-name and surname keys, sorted and joined by a space, so that "Haftar Khalifa"
   * and "Khalifa Hifter" share it; empty for a name of one word.
   */
  public static String personKey(String name) {
    ParsedName p = parse(EntityType.PERSON, name);
    return p.tokens().size() < 2 ? "" : sortedPair(p.first().key(), p.last().key());
  }

  /** A person's surname key (the key of the last word after particles); empty if no letters. */
  public static String surnameKey(String name) {
    ParsedName p = parse(EntityType.PERSON, name);
    return p.empty() ? "" : p.last().key();
  }

  /**
   * Whether a name is shaped like an acronym: 2 to 8 letters once dots are removed, starting with a
   * capital, at least two capitals and more capitals than small letters ({@code LNA}, {@code U.N.},
   * {@code UNSMIL}, {@code HoR}).
   */
  public static boolean isAcronym(String name) {
    String s = name.strip().replace(".", "");
    if (s.length() < 2 || s.length() > 8 || !Character.isUpperCase(s.charAt(0))) {
      return false;
    }
    int upper = 0;
    int lower = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isUpperCase(c)) {
        upper++;
      } else if (Character.isLowerCase(c)) {
        lower++;
      } else {
        return false;
      }
    }
    return upper >= 2 && lower < upper;
  }

  /**
   * The possible acronyms of a multiword name, in lower case: the initials of its words (hyphen
   * parts count as words), where each of the words {@code of the for and in on de al …} may or may
   * not contribute: {@code "Libyan National Army"} → {@code lna}; {@code "United Nations Support
   * Mission in Libya"} → {@code unsmil} and {@code unsml}; {@code "United Nations"} → {@code un}.
   * Empty for a name of one word or an acronym.
   */
  public static Set<String> initials(String name) {
    if (isAcronym(name)) {
      return Set.of();
    }
    List<Character> letters = new ArrayList<>();
    List<Boolean> optional = new ArrayList<>();
    for (String word : words(name)) {
      for (String part : word.split("-")) {
        String folded = lettersOnly(fold(part));
        if (folded.equals("the") && letters.isEmpty()) {
          continue; // "the Libyan National Army" is LNA, never TLNA
        }
        if (!folded.isEmpty()) {
          letters.add(folded.charAt(0));
          optional.add(OPTIONAL_INITIALS.contains(folded));
        }
      }
    }
    if (letters.size() < 2 || letters.size() > 24) {
      return Set.of();
    }
    List<Integer> optionalAt = new ArrayList<>();
    for (int i = 0; i < optional.size(); i++) {
      if (optional.get(i)) {
        optionalAt.add(i);
      }
    }
    Set<String> out = new LinkedHashSet<>();
    if (optionalAt.size() <= 4) {
      for (int mask = (1 << optionalAt.size()) - 1; mask >= 0; mask--) {
        addInitials(out, letters, optionalAt, mask);
      }
    } else {
      addInitials(out, letters, optionalAt, (1 << optionalAt.size()) - 1);
      addInitials(out, letters, optionalAt, 0);
    }
    return out;
  }

  private static void addInitials(
      Set<String> out, List<Character> letters, List<Integer> optionalAt, int mask) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < letters.size(); i++) {
      int o = optionalAt.indexOf(i);
      if (o < 0 || (mask & (1 << o)) != 0) {
        b.append(letters.get(i));
      }
    }
    if (b.length() >= 2) {
      out.add(b.toString());
    }
  }

  /**
   * The prefixed blocking keys of one name of an entity of {@code type} (see the class comment):
   * {@code n:} always; for a person of two or more words {@code p: k: s: g:}, for one word {@code
   * s:}; otherwise {@code a:} for an acronym, or {@code v: k:} and, for several words, {@code i:}.
   */
  public static List<String> keys(EntityType type, String name) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    Set<String> out = new LinkedHashSet<>();
    String exact = NameKeys.exact(name);
    if (!exact.isEmpty()) {
      out.add(EXACT + exact);
    }
    ParsedName p = parse(type, name);
    if (p.empty()) {
      return List.copyOf(out);
    }
    if (type == EntityType.PERSON) {
      NameToken first = p.first();
      NameToken last = p.last();
      if (p.bare()) {
        out.add(SURNAME + last.key());
        out.add(SURNAME + last.alt());
      } else {
        for (String f : List.of(first.key(), first.alt())) {
          for (String l : List.of(last.key(), last.alt())) {
            out.add(PERSON + sortedPair(f, l));
          }
        }
        out.add(SKELETON + sortedPair(dash(first.skeleton()), dash(last.skeleton())));
        out.add(SURNAME + last.key());
        out.add(SURNAME + last.alt());
        out.add(GIVEN + first.key());
        out.add(GIVEN + first.alt());
      }
    } else if (p.acronym() != null) {
      out.add(ACRONYM + p.acronym());
    } else {
      out.add(NAME + p.orderedKey());
      out.add(NAME + p.altOrderedKey());
      StringBuilder skeleton = new StringBuilder();
      for (NameToken t : p.tokens()) {
        if (skeleton.length() > 0) {
          skeleton.append(' ');
        }
        skeleton.append(dash(t.skeleton()));
      }
      out.add(SKELETON + skeleton);
      for (String i : initials(name)) {
        out.add(INITIALS + i);
      }
    }
    return List.copyOf(out);
  }

  /** The union of {@link #keys} over several names, in order, without repeats. */
  public static List<String> keys(EntityType type, Collection<String> names) {
    Set<String> out = new LinkedHashSet<>();
    for (String name : names) {
      out.addAll(keys(type, name));
    }
    return List.copyOf(out);
  }

  // --- package internals ---

  static boolean compatible(NameToken a, NameToken b, boolean strict) {
    if (a.key().equals(b.key()) && runsCompatible(a.vowels(), b.vowels(), strict)) {
      return true;
    }
    return (a.hasAlt() || b.hasAlt())
        && a.alt().equals(b.alt())
        && runsCompatible(a.altVowels(), b.altVowels(), strict);
  }

  /** Whether the keys or the w-as-vowel readings of two words are equal. */
  static boolean sameKey(NameToken a, NameToken b) {
    return a.key().equals(b.key()) || a.alt().equals(b.alt());
  }

  private static boolean runsCompatible(List<String> a, List<String> b, boolean strict) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if ((classes(a.get(i), strict) & classes(b.get(i), strict)) == 0) {
        return false;
      }
    }
    return true;
  }

  private static int classes(String run, boolean strict) {
    int c = 0;
    for (int i = 0; i < run.length(); i++) {
      switch (run.charAt(i)) {
        case 'a' -> c |= strict ? A : FRONT;
        case 'e' -> c |= strict ? A | I | U : FRONT | BACK; // Heftir, Mohammed, Youssef
        case 'i', 'y' -> c |= strict ? I : FRONT;
        default -> c |= strict ? U : BACK; // o, u, w
      }
    }
    return c;
  }

  static String skeletonOfKey(String key) {
    return key.replace("a", "");
  }

  /** The skeleton for explanations: "h-f-t-r", with sh and kh spelled out. */
  static String skeletonDisplay(String key) {
    StringBuilder b = new StringBuilder();
    for (char c : skeletonOfKey(key).toCharArray()) {
      if (b.length() > 0) {
        b.append('-');
      }
      b.append(c == 'c' ? "sh" : c == 'x' ? "kh" : String.valueOf(c));
    }
    return b.toString();
  }

  /**
   * The keys and vowel runs of a folded word of letters and digits: the key proper, where {@code w}
   * is the consonant {@code v} (Jawad = Javad, Lawrow = Lavrov), and the reading where a {@code w}
   * after a vowel belongs to the vowel (Dawud = Daoud, Rowhani = Rouhani).
   */
  static NameToken analyse(String word) {
    String s = word;
    int n = s.length();
    if (n > 3 && s.charAt(n - 1) == 'j' && "iey".indexOf(s.charAt(n - 2)) >= 0) {
      s = s.substring(0, n - 1) + "i";
    }
    if (n > 2 && s.charAt(n - 1) == 'h' && vowelAt(s, n - 2, false)) {
      s = s.substring(0, n - 1);
    }
    List<String> runs = new ArrayList<>();
    String key = read(s, false, runs);
    if (s.indexOf('w', 1) < 0) {
      return new NameToken(word, key, runs, key, runs);
    }
    List<String> altRuns = new ArrayList<>();
    String alt = read(s, true, altRuns);
    return new NameToken(word, key, runs, alt, altRuns);
  }

  private static String read(String s, boolean wVowel, List<String> runs) {
    int n = s.length();
    StringBuilder key = new StringBuilder(n);
    StringBuilder run = null;
    int i = 0;
    while (i < n) {
      if (vowelAt(s, i, wVowel)) {
        if (run == null) {
          run = new StringBuilder();
        }
        run.append(s.charAt(i));
        i++;
        continue;
      }
      if (run != null) {
        key.append('a');
        runs.add(run.toString());
        run = null;
      }
      String symbol;
      int length = 2;
      if (s.startsWith("tsch", i)) {
        symbol = "c";
        length = 4;
      } else if (s.startsWith("dzh", i)) {
        symbol = "j";
        length = 3;
      } else if (s.startsWith("sch", i) || s.startsWith("tch", i)) {
        symbol = "c";
        length = 3;
      } else {
        String two = i + 1 < n ? s.substring(i, i + 2) : "";
        symbol =
            switch (two) {
              case "kh" -> "x";
              case "gh", "ck" -> "k";
              case "dh" -> "d";
              case "th" -> "t";
              case "ph" -> "f";
              case "sh", "ch" -> "c";
              case "zh", "dj" -> "j";
              default -> null;
            };
        if (symbol == null) {
          length = 1;
          char c = s.charAt(i);
          symbol =
              switch (c) {
                case 'q', 'g', 'k' -> "k";
                case 'c' -> i + 1 < n && "eiy".indexOf(s.charAt(i + 1)) >= 0 ? "s" : "k";
                case 'x' -> "ks";
                case 'w' -> "v";
                default -> String.valueOf(c);
              };
        }
      }
      for (int k = 0; k < symbol.length(); k++) {
        char c = symbol.charAt(k);
        if (key.length() == 0 || key.charAt(key.length() - 1) != c) {
          key.append(c);
        }
      }
      i += length;
    }
    if (run != null) {
      key.append('a');
      runs.add(run.toString());
    }
    return key.toString();
  }

  private static boolean vowelAt(String s, int i, boolean wVowel) {
    char c = s.charAt(i);
    return switch (c) {
      case 'a', 'e', 'i', 'o', 'u' -> true;
      case 'y' -> i > 0;
      case 'w' -> wVowel && i > 0 && vowelAt(s, i - 1, true);
      default -> false;
    };
  }

  private static String lettersOnly(String folded) {
    StringBuilder b = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static String sortedPair(String a, String b) {
    return a.compareTo(b) <= 0 ? a + " " + b : b + " " + a;
  }

  private static String dash(String skeleton) {
    return skeleton.isEmpty() ? "-" : skeleton;
  }

  // --- parsing ---

  /** One word part while a name is parsed. */
  private static final class Part {
    String text;
    final boolean lowerCase;
    final boolean hyphenated;

    Part(String text, boolean lowerCase, boolean hyphenated) {
      this.text = text;
      this.lowerCase = lowerCase;
      this.hyphenated = hyphenated;
    }
  }

  /** Splits a name into words: spaces, dots and punctuation other than hyphens separate. */
  private static List<String> words(String name) {
    StringBuilder b = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        b.append(c);
      } else if (c == '-' || c == '‐' || c == '‑') {
        b.append('-');
      } else if ("'’‘ʿʾʼʻ`´′ʹ".indexOf(c) >= 0) {
        b.append(c);
      } else {
        b.append(' ');
      }
    }
    List<String> out = new ArrayList<>();
    for (String w : b.toString().split(" ")) {
      String trimmed = stripHyphens(w);
      if (!trimmed.isEmpty()) {
        out.add(trimmed);
      }
    }
    return out;
  }

  private static String stripHyphens(String w) {
    int start = 0;
    int end = w.length();
    while (start < end && w.charAt(start) == '-') {
      start++;
    }
    while (end > start && w.charAt(end - 1) == '-') {
      end--;
    }
    return w.substring(start, end);
  }

  /** The parts of the words, folded, with their case and whether a hyphen follows them. */
  private static List<Part> parts(List<String> words) {
    List<Part> out = new ArrayList<>();
    for (String word : words) {
      List<String> pieces = new ArrayList<>(2);
      int start = 0;
      for (int i = 0; i <= word.length(); i++) {
        if (i == word.length() || word.charAt(i) == '-') {
          if (i > start) {
            pieces.add(word.substring(start, i));
          }
          start = i + 1;
        }
      }
      for (int i = 0; i < pieces.size(); i++) {
        String piece = pieces.get(i);
        String folded = lettersOnly(fold(piece));
        if (!folded.isEmpty()) {
          out.add(new Part(folded, !hasUpperCase(piece), i < pieces.size() - 1));
        }
      }
    }
    return out;
  }

  /** Parses a name for matching (see the class comment). */
  static ParsedName parse(EntityType type, String name) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    String text = name.strip();
    if (type != EntityType.PERSON && isAcronym(text)) {
      String letters = lettersOnly(fold(text));
      return new ParsedName(type, name, List.of(analyse(letters)), letters, null, false);
    }
    return type == EntityType.PERSON ? parsePerson(name, text) : parsePlain(type, name, text);
  }

  private static ParsedName parsePerson(String original, String text) {
    String inverted = null;
    if (text.indexOf(',') >= 0) {
      List<String> pieces = new ArrayList<>();
      for (String piece : text.split(",")) {
        if (!piece.isBlank()) {
          pieces.add(piece.strip());
        }
      }
      if (pieces.size() == 3 && SUFFIXES.contains(lettersOnly(fold(pieces.get(2))))) {
        pieces.remove(2);
      }
      if (pieces.size() == 2) {
        text = pieces.get(1) + " " + pieces.get(0);
        inverted = "comma";
      } else {
        text = text.replace(',', ' ');
      }
    }
    List<String> words = words(text);
    if (inverted == null) {
      int run = 0;
      boolean long3 = false;
      while (run < words.size() && shouted(words.get(run))) {
        long3 |= letterCount(words.get(run)) >= 3;
        run++;
      }
      boolean restMixed = run > 0 && run < words.size();
      for (int i = run; i < words.size() && restMixed; i++) {
        restMixed = hasLowerCase(words.get(i));
      }
      if (long3 && restMixed) {
        List<String> reordered = new ArrayList<>(words.subList(run, words.size()));
        reordered.addAll(words.subList(0, run));
        words = reordered;
        inverted = "capitals";
      }
    }
    List<Part> parts = parts(words);
    boolean particles = false;
    List<Part> kept = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      Part p = parts.get(i);
      boolean hasNext = i + 1 < parts.size();
      boolean prefix = p.hyphenated && HYPHEN_PARTICLES.contains(p.text);
      boolean separate =
          !p.hyphenated
              && WORD_PARTICLES.contains(p.text)
              && (i > 0 || p.lowerCase)
              && (i == 0 || !parts.get(i - 1).hyphenated);
      if (hasNext && (prefix || separate)) {
        particles = true;
      } else {
        kept.add(p);
      }
    }
    List<Part> joined = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      Part p = kept.get(i);
      boolean hasNext = i + 1 < kept.size();
      boolean abd = p.text.startsWith("abd");
      Matcher inWord;
      if (hasNext
          && ((abd && (p.text.length() == 3 || ABD_WITH_PARTICLE.matcher(p.text).matches()))
              || KUNYA.contains(p.text))) {
        String head = KUNYA.contains(p.text) ? p.text : "abd";
        joined.add(new Part(head + kept.get(i + 1).text, p.lowerCase, false));
        i++;
      } else if (abd
          && ((inWord = ABD_L_JOINED.matcher(p.text)).matches()
              || (inWord = ABD_ASSIMILATED.matcher(p.text)).matches())) {
        joined.add(new Part("abd" + inWord.group(1), p.lowerCase, p.hyphenated));
      } else if (CONNECTORS.contains(p.text)
          && hasNext
          && (i > 0 || !p.text.equals("ben") || p.lowerCase)) {
        StringBuilder chain = new StringBuilder();
        int j = i;
        while (j < kept.size() && CONNECTORS.contains(kept.get(j).text)) {
          String c = kept.get(j).text;
          chain.append(c.equals("ibn") ? "bin" : c);
          j++;
        }
        if (j < kept.size()) {
          chain.append(kept.get(j).text);
          joined.add(new Part(chain.toString(), p.lowerCase, false));
          i = j;
        } else {
          joined.add(p);
        }
      } else {
        joined.add(p);
      }
    }
    while (joined.size() > 1 && SUFFIXES.contains(joined.get(joined.size() - 1).text)) {
      joined.remove(joined.size() - 1);
    }
    return new ParsedName(EntityType.PERSON, original, tokensOf(joined), null, inverted, particles);
  }

  private static ParsedName parsePlain(EntityType type, String original, String text) {
    List<Part> parts = parts(words(text));
    boolean particles = false;
    List<Part> kept = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      Part p = parts.get(i);
      boolean hasNext = i + 1 < parts.size();
      if (p.text.equals("the") && (hasNext || !kept.isEmpty())) {
        continue;
      }
      boolean prefix = p.hyphenated && HYPHEN_PARTICLES.contains(p.text);
      boolean separate = !p.hyphenated && PLAIN_PARTICLES.contains(p.text);
      if (hasNext && (prefix || separate)) {
        particles = true;
      } else {
        kept.add(p);
      }
    }
    return new ParsedName(type, original, tokensOf(kept), null, null, particles);
  }

  private static List<NameToken> tokensOf(List<Part> parts) {
    List<NameToken> out = new ArrayList<>(parts.size());
    for (Part p : parts) {
      out.add(analyse(p.text));
    }
    return out;
  }

  /** A word written in capitals ("HAFTAR", "AL-WARFELLI"). */
  private static boolean shouted(String word) {
    return letterCount(word) >= 2 && !hasLowerCase(word);
  }

  private static int letterCount(String word) {
    int n = 0;
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLetter(word.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  private static boolean hasUpperCase(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isUpperCase(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasLowerCase(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLowerCase(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
