// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Whether SUTime can find a time expression in a sentence: true unless no token is a possible
 * anchor of one. Only sentences that pass are given to SUTime and the numeric classifiers, which
 * cost far more than the rest of the tokenize…ner pipeline together.
 *
 * <p>The anchors are derived from SUTime's rules in CoreNLP 4.5.10 ({@code
 * edu/stanford/nlp/models/sutime/english.sutime.txt}, {@code english.holidays.sutime.txt}, {@code
 * defs.sutime.txt}): every rule that yields a temporal value needs at least one token that is a
 * number (a digit anywhere in the token, or a number or ordinal word, for years such as "nineteen
 * ninety"), or one of the temporal words those rules list (time units, times of day, seasons,
 * weekdays and months with their abbreviations, today/tomorrow/yesterday/tonight, decades,
 * holidays, periodic words such as "weekly", and the reference words "now", "present", "current",
 * "currently", "past", "once", "previously", "recently", "future", "medieval", and "time" for "at
 * the time"). Modifiers ("last", "next", "early", "the") never make a time expression on their own.
 * Matching ignores case and is done on every part of a hyphenated token ("three-month"), so the set
 * is a superset: it lets through many sentences SUTime finds nothing in ("may", "second", "fall"
 * are words), never the other way round. {@code TimeCandidatesIT} checks that on real text the
 * selective pipeline finds exactly the time expressions of the full one.
 */
final class TimeCandidates {

  private TimeCandidates() {}

  private static final Set<String> WORDS =
      Stream.of(
              // time units (TIMEUNIT_MAP and the duration rules)
              "year yr month mo day hour hr minute min second sec millisecond millisec week wk",
              "fortnight quarter decade century centurys centuries millennia millennium millenia",
              "millenium",
              // times of day
              "morning afternoon evening dusk twilight dawn daybreak sunrise sunup sundown sunset",
              "midday noon midnight teatime lunchtime dinnertime suppertime daylight daytime",
              "nighttime night overnight workday workweek weekday weekend birthday",
              // seasons
              "summer winter fall autumn spring",
              // relative days
              "yesterday today tomorrow tonight tonite",
              // weekdays and abbreviations
              "monday tuesday wednesday thursday friday saturday sunday",
              "mon tue tues wed weds thur thurs fri sat sun",
              // months and abbreviations
              "january february march april may june july august september october november",
              "december jan feb mar apr jun jul aug sep sept oct nov dec",
              // decades
              "oughts noughts twenties thirties forties fifties sixties seventies eighties nineties",
              // holidays
              "halloween christmas xmas x-mas easter thanksgiving eve valentine patrick mayo",
              "inauguration groundhog fools memorial labor labour columbus mlk ides nones",
              // reference times
              "now present current currently past once twice thrice previously recently future",
              "medieval recent ago hence time",
              // number and ordinal words (years spelled out, "$INT_TIMES")
              "one two three four five six seven eight nine ten eleven twelve twenty thirty forty",
              "fifty sixty seventy eighty ninety hundred thousand million billion trillion",
              "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth",
              "twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth",
              "hundredth dozen",
              // fiscal quarters
              "q1 q2 q3 q4")
          .flatMap(line -> Stream.of(line.split(" ")))
          .collect(Collectors.toUnmodifiableSet());

  /** Suffixes of periodic words ({@code /.*(yearly|annual|...)/} in SUTime's rules). */
  private static final List<String> SUFFIXES =
      List.of(
          "yearly",
          "annually",
          "annual",
          "hourly",
          "nightly",
          "daily",
          "weekly",
          "monthly",
          "quarterly",
          "centennial",
          "teen",
          "teenth");

  private static final Pattern ROMAN = Pattern.compile("[IVXLCDM]+");

  /**
   * Whether the numeric classifiers may tag this token NUMBER over a CRF tag: a cardinal (POS
   * {@code CD}) or a Roman numeral ("II" in "World War II"; "I" unless it is the pronoun).
   */
  static boolean mayBeNumber(String word, @Nullable String tag) {
    return "CD".equals(tag)
        || (ROMAN.matcher(word).matches() && (word.length() > 1 || !"PRP".equals(tag)));
  }

  /** Whether any of the words can anchor a time expression. */
  static boolean mayContainTime(List<String> words) {
    for (String word : words) {
      if (isAnchor(word)) {
        return true;
      }
    }
    return false;
  }

  /** Whether this one token can anchor a time expression (see the class comment). */
  static boolean isAnchor(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isDigit(word.charAt(i))) {
        return true;
      }
    }
    String lower = word.toLowerCase(Locale.ROOT);
    if (anchorWord(lower)) {
      return true;
    }
    if (lower.indexOf('-') >= 0 || lower.indexOf('\u00a0') >= 0 || lower.indexOf(' ') >= 0) {
      for (String part : lower.split("[-\u00a0 ]+")) {
        if (!part.isEmpty() && anchorWord(part)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean anchorWord(String lower) {
    String w = lower;
    // abbreviations with a period ("Jan.", "Sept."), possessives ("Monday's"), plurals
    while (w.endsWith(".") || w.endsWith("'") || w.endsWith("\u2019")) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.endsWith("'s") || w.endsWith("\u2019s")) {
      w = w.substring(0, w.length() - 2);
    }
    if (WORDS.contains(w)
        || (w.endsWith("s") && WORDS.contains(w.substring(0, w.length() - 1)))
        || (w.endsWith("ies") && WORDS.contains(w.substring(0, w.length() - 3) + "y"))) {
      return true;
    }
    for (String suffix : SUFFIXES) {
      if (w.endsWith(suffix) || w.endsWith(suffix + "s")) {
        return true;
      }
    }
    return false;
  }
}
