// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.extract.time;

import io.dossier.model.AnnotatedText;
import io.dossier.model.Sentence;
import io.dossier.model.TimeExpression;
import io.dossier.model.Token;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Moves a bare weekday told in the past tense back to the past. SUTime resolves "Friday" to the
 * nearest Friday, which is often after the article was published: "fighters were executed on
 * Friday" in an article of Tuesday 11 July 2017 would become 14 July. News reports what happened,
 * so when the weekday's sentence has a past-tense verb and no future marker, and the resolved date
 * is after the article date, the date moves back one week. Explicit dates ("Friday, July 14") and
 * future sentences ("talks will resume on Friday") are left alone. A bare weekday ("Friday",
 * "Friday night") is first set to the day of that name in the publication week (Monday to Sunday),
 * SUTime's usual answer, because SUTime's own value for it can change with the documents it
 * annotated before.
 */
public final class PastWeekdays {
  private static final Pattern WEEKDAY =
      Pattern.compile("(?i)\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b");
  private static final Pattern DAY_VALUE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(.*)$");

  /** A weekday alone, perhaps with a part of the day: "Friday", "Friday night". */
  private static final Pattern BARE_WEEKDAY =
      Pattern.compile(
          "(?i)^((?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:\\s+(?:morning|afternoon|evening|night))?$");

  private static final Set<String> FUTURE =
      Set.of("will", "'ll", "’ll", "shall", "next", "tomorrow", "upcoming", "scheduled", "planned");
  private static final Set<String> PAST_TAGS = Set.of("VBD");

  private PastWeekdays() {}

  /** The time expressions of {@code text}, with past-tense weekdays moved before the article. */
  public static List<TimeExpression> correct(AnnotatedText text, @Nullable LocalDate articleDate) {
    if (articleDate == null) {
      return text.times();
    }
    List<TimeExpression> out = new ArrayList<>(text.times().size());
    for (TimeExpression t : text.times()) {
      out.add(correct(text, t, articleDate));
    }
    return out;
  }

  private static TimeExpression correct(AnnotatedText text, TimeExpression t, LocalDate article) {
    String value = t.value();
    if (value == null
        || !WEEKDAY.matcher(t.text()).find()
        || t.text().chars().anyMatch(Character::isDigit)) {
      return t;
    }
    Matcher m = DAY_VALUE.matcher(value);
    if (!m.matches()) {
      return t;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(m.group(1));
    } catch (DateTimeParseException e) {
      return t;
    }
    Matcher bare = BARE_WEEKDAY.matcher(t.text().strip());
    if (bare.matches()) {
      // SUTime's value for a bare weekday can depend on the documents it annotated before (the
      // same article gave 2017-07-14, then 2017-07-07 in one JVM); its usual answer is the day of
      // that name in the publication week, Monday to Sunday, so that is computed here instead
      DayOfWeek day = DayOfWeek.valueOf(bare.group(1).toUpperCase(Locale.ROOT));
      LocalDate sameWeek =
          article.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(day.ordinal());
      if (!sameWeek.equals(date)) {
        date = sameWeek;
        t = new TimeExpression(t.span(), t.text(), t.type(), date + m.group(2));
      }
    }
    if (!date.isAfter(article) || !pastTense(text, t)) {
      return t;
    }
    return new TimeExpression(t.span(), t.text(), t.type(), date.minusWeeks(1) + m.group(2));
  }

  /** The sentence around {@code t} has a past-tense verb and no word pointing to the future. */
  private static boolean pastTense(AnnotatedText text, TimeExpression t) {
    Sentence sentence = null;
    for (Sentence s : text.sentences()) {
      if (s.span().contains(t.span())) {
        sentence = s;
        break;
      }
    }
    if (sentence == null) {
      return false;
    }
    boolean past = false;
    for (int i = sentence.firstToken(); i < sentence.endToken() && i < text.tokens().size(); i++) {
      Token token = text.tokens().get(i);
      if (FUTURE.contains(token.word().toLowerCase(Locale.ROOT))) {
        return false;
      }
      if (token.pos() != null && PAST_TAGS.contains(token.pos())) {
        past = true;
      }
    }
    return past;
  }
}
