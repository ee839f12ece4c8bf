// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest.date;

import io.dossier.model.PublishedBasis;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Decides an article's publication date.
 *
 * <p>Order: a date from the input's metadata; else a date in the article's URL ({@code
 * /2017/07/24/}, {@code /2017/jul/24/}, {@code /2017-07-24/}, {@code /20170724/}, see {@link
 * #fromUrl}); else the default date given for the run (all three {@link PublishedBasis#METADATA});
 * else a date inferred from the text ({@link PublishedBasis#INFERRED}); else unknown. A URL date
 * counts as metadata: the publisher's system put it in the address when the article was published,
 * so it is as much a statement about the document as a {@code <meta>} date, and unlike text
 * inference it does not guess which date of the story is the publication date. It ranks below
 * explicit metadata because a URL keeps the first publication day when the page's metadata gives a
 * corrected one, and above the run's default because the input carries it. Inference only uses
 * explicit full dates with a year ({@code July 17, 2017}, {@code 17 July 2017}, {@code Monday, 17
 * July 2017}, {@code Jul. 17, 2017}, {@code 2017-07-17}); all-numeric forms count only when one
 * reading is impossible ({@code 26/07/2017}, {@code 07/26/2017}), so {@code 07/08/2017} is ignored
 * as ambiguous, and so are relative expressions ({@code Sunday}, {@code last month}). A dateline
 * date wins: the first explicit date in the first {@value #DATELINE_WINDOW} characters of the body
 * that is not part of the narrative (not preceded by a preposition such as "on" or "since"), as in
 * {@code TRIPOLI, July 24, 2017 (Reuters) —} or {@code Published: 24 July 2017}. Otherwise the
 * latest explicit date in the title and body is taken, since an article is published after the
 * events it reports. The current date is never used.
 */
public final class PublicationDates {
  /** How far into the body a date still counts as the dateline. */
  public static final int DATELINE_WINDOW = 200;

  private static final String MONTH =
      "(?:January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\b";
  private static final String YEAR = "(?:19|20)\\d\\d(?!\\d)";
  private static final String DAY = "[0-3]?\\d(?:st|nd|rd|th)?(?![\\d])";

  private static final Pattern EXPLICIT_DATE =
      Pattern.compile(
          "\\b(?<d1>"
              + DAY
              + ")\\s+(?:of\\s+)?(?<m1>"
              + MONTH
              + ")\\.?,?\\s+(?<y1>"
              + YEAR
              + ")"
              + "|\\b(?<m2>"
              + MONTH
              + ")\\.?\\s+(?<d2>"
              + DAY
              + "),?\\s+(?<y2>"
              + YEAR
              + ")"
              + "|(?<![\\d/.-])(?<y3>"
              + YEAR
              + ")(?<sep>[-/])(?<m3>[01]\\d)\\k<sep>(?<d3>[0-3]\\d)(?![\\d])"
              // numeric day/month/year or month/day/year: only taken when one reading is
              // impossible (a first or second number above 12), see toDate
              + "|(?<![\\d/.-])(?<a4>[0-3]?\\d)(?<sep4>[/.])(?<b4>[0-3]?\\d)\\k<sep4>(?<y4>"
              + YEAR
              + ")(?![\\d/-]|\\.\\d)",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern NARRATIVE_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:on|since|until|till|from|by|before|after|in|between|and|to|of|through"
              + "|during|around|as of|or|than|at|for)\\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)"
              + "day,?\\s+)?(?:the\\s+)?$");

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));

  /** ISO date or date-time; the time, offset and zone are optional; a space may replace 'T'. */
  private static final DateTimeFormatter ISO =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .optionalStart()
          .appendPattern("['T'][' ']")
          .append(DateTimeFormatter.ISO_LOCAL_TIME)
          .optionalStart()
          .appendOffset("+HH:MM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HHMM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendLiteral('[')
          .parseCaseSensitive()
          .appendZoneRegionId()
          .appendLiteral(']')
          .optionalEnd()
          .optionalEnd()
          .toFormatter(Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT)
          .withChronology(IsoChronology.INSTANCE);

  /** A date in a URL path; the separators must agree, and digits may not run on. */
  private static final Pattern URL_DATE =
      Pattern.compile(
          "(?<=[/_-])(?<y>(?:19|20)\\d\\d)"
              + "(?:(?<s>[/_-])(?<m>[01]?\\d|"
              + "(?i:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}))\\k<s>(?<d>[0-3]?\\d)"
              + "|(?<m8>[01]\\d)(?<d8>[0-3]\\d))"
              + "(?=$|[/_.-])");

  private static final Pattern ISO_PREFIX = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})[T ]");
  private static final Pattern BASIC_ISO = Pattern.compile("^\\d{8}$");
  private static final int MAX_TEXTUAL_METADATA = 100;

  /** Earliest year of a publication date taken from page metadata. */
  public static final int MIN_YEAR = 1900;

  /** Latest year of a publication date taken from page metadata. */
  public static final int MAX_YEAR = 2099;

  private PublicationDates() {}

  /**
   * Decides the publication date as described in the class comment, for an article without a URL.
   *
   * @param metadata the date from the input's metadata, if any
   * @param fallback the default date for inputs without one, if any
   * @param title the headline, if any
   * @param body the article text
   */
  public static PublicationDate decide(
      @Nullable LocalDate metadata,
      @Nullable LocalDate fallback,
      @Nullable String title,
      String body) {
    return decide(metadata, null, fallback, title, body);
  }

  /**
   * Decides the publication date as described in the class comment.
   *
   * @param metadata the date from the input's metadata, if any
   * @param url the article's URL (canonical, else where it was fetched), if any
   * @param fallback the default date for inputs without one, if any
   * @param title the headline, if any
   * @param body the article text
   */
  public static PublicationDate decide(
      @Nullable LocalDate metadata,
      @Nullable String url,
      @Nullable LocalDate fallback,
      @Nullable String title,
      String body) {
    if (metadata != null) {
      return new PublicationDate(metadata, PublishedBasis.METADATA);
    }
    Optional<LocalDate> fromUrl = url == null ? Optional.empty() : fromUrl(url);
    if (fromUrl.isPresent()) {
      return new PublicationDate(fromUrl.get(), PublishedBasis.METADATA);
    }
    if (fallback != null) {
      return new PublicationDate(fallback, PublishedBasis.METADATA);
    }
    return inferFromText(title, body)
        .map(date -> new PublicationDate(date, PublishedBasis.INFERRED))
        .orElse(PublicationDate.UNKNOWN);
  }

  /** The date the text itself gives (dateline, else latest explicit date), if any. */
  public static Optional<LocalDate> inferFromText(@Nullable String title, String body) {
    List<DateMention> inBody = explicitDates(body);
    for (DateMention mention : inBody) {
      if (mention.start() >= DATELINE_WINDOW) {
        break;
      }
      if (!NARRATIVE_BEFORE.matcher(body.substring(0, mention.start())).find()) {
        return Optional.of(mention.date());
      }
    }
    List<DateMention> all = new ArrayList<>(inBody);
    if (title != null) {
      all.addAll(explicitDates(title));
    }
    return all.stream().map(DateMention::date).max(LocalDate::compareTo);
  }

  /**
   * The date written in the path of an http(s) {@code url}, if any: {@code /2017/07/24/}, {@code
   * /2017/jul/24/} (month name or abbreviation), {@code /2017-07-24/} or {@code /20170724/}, also
   * at the end of the path or joined to a slug by a hyphen or underscore ({@code
   * /news/2017-07-24-port-reopens}, {@code /news/port-reopens-20170724.html}). The first such date
   * in the path counts. Only full dates: {@code /2017/07/} alone gives none. Numbers that are no
   * valid date ({@code /20171399/}) and years outside {@value #MIN_YEAR}–{@value #MAX_YEAR} are
   * ignored, and so are the host, the query and the fragment ({@code ?date=…} may be a search).
   */
  public static Optional<LocalDate> fromUrl(String url) {
    String path = urlPath(url);
    if (path == null) {
      return Optional.empty();
    }
    Matcher m = URL_DATE.matcher(path);
    while (m.find()) {
      int year = Integer.parseInt(m.group("y"));
      boolean compact = m.group("m8") != null;
      String monthText = compact ? m.group("m8") : m.group("m");
      Integer month =
          Character.isDigit(monthText.charAt(0))
              ? Integer.valueOf(Integer.parseInt(monthText))
              : MONTHS.get(monthText.substring(0, 3).toLowerCase(Locale.ROOT));
      if (month == null) {
        continue;
      }
      try {
        LocalDate date = LocalDate.of(year, month, Integer.parseInt(m.group(compact ? "d8" : "d")));
        if (isPlausible(date)) {
          return Optional.of(date);
        }
      } catch (DateTimeException e) {
        // "/2017/02/30/" or an 8-digit id that is no date: look further
      }
    }
    return Optional.empty();
  }

  /** The path of an http(s) URL, or null for anything else. */
  private static @Nullable String urlPath(String url) {
    String u = url.strip();
    String lower = u.toLowerCase(Locale.ROOT);
    int start;
    if (lower.startsWith("http://")) {
      start = "http://".length();
    } else if (lower.startsWith("https://")) {
      start = "https://".length();
    } else {
      return null;
    }
    int slash = u.indexOf('/', start);
    if (slash < 0) {
      return null;
    }
    int end = u.length();
    for (char c : new char[] {'?', '#'}) {
      int i = u.indexOf(c, slash);
      if (i >= 0 && i < end) {
        end = i;
      }
    }
    return u.substring(slash, end);
  }

  /** Every explicit full date in {@code text}, in order. */
  public static List<DateMention> explicitDates(String text) {
    List<DateMention> mentions = new ArrayList<>();
    Matcher m = EXPLICIT_DATE.matcher(text);
    while (m.find()) {
      LocalDate date = toDate(m);
      if (date != null) {
        mentions.add(new DateMention(date, m.start(), m.end()));
      }
    }
    return mentions;
  }

  /**
   * Parses an ISO date or date-time ({@code 2017-07-24}, {@code 2017-07-24T10:00:00Z}, {@code
   * 2017-07-24T10:00+02:00}, {@code 2017-07-24 10:00:00}) to the calendar date as written, without
   * converting between time zones.
   */
  public static Optional<LocalDate> parseIso(String value) {
    try {
      return Optional.of(LocalDate.from(ISO.parse(value.strip())));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Parses a date from page metadata, leniently: ISO forms (also with an unusual time part), RFC
   * 1123 ({@code Mon, 24 Jul 2017 10:00:00 GMT}), {@code 20170724}, or a short value holding one
   * explicit date ({@code July 24, 2017 10:00 AM}). Placeholder dates outside {@value
   * #MIN_YEAR}–{@value #MAX_YEAR} (such as {@code 0001-01-01}) count as no date.
   */
  public static Optional<LocalDate> parseMetadata(String value) {
    return parseMetadataValue(value.strip()).filter(PublicationDates::isPlausible);
  }

  private static Optional<LocalDate> parseMetadataValue(String v) {
    Optional<LocalDate> iso = parseIso(v);
    if (iso.isPresent()) {
      return iso;
    }
    Matcher prefix = ISO_PREFIX.matcher(v);
    if (prefix.find()) {
      return parseIso(prefix.group(1));
    }
    if (BASIC_ISO.matcher(v).matches()) {
      return parse(v, DateTimeFormatter.BASIC_ISO_DATE);
    }
    Optional<LocalDate> rfc = parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
    if (rfc.isPresent() || v.length() > MAX_TEXTUAL_METADATA) {
      return rfc;
    }
    List<DateMention> dates = explicitDates(v);
    return dates.isEmpty() ? Optional.empty() : Optional.of(dates.get(0).date());
  }

  private static boolean isPlausible(LocalDate date) {
    return date.getYear() >= MIN_YEAR && date.getYear() <= MAX_YEAR;
  }

  private static Optional<LocalDate> parse(String value, DateTimeFormatter format) {
    try {
      return Optional.of(
          format == DateTimeFormatter.RFC_1123_DATE_TIME
              ? ZonedDateTime.parse(value, format).toLocalDate()
              : LocalDate.parse(value, format));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static @Nullable LocalDate toDate(Matcher m) {
    int year;
    int month;
    int day;
    if (m.group("y3") != null) {
      year = Integer.parseInt(m.group("y3"));
      month = Integer.parseInt(m.group("m3"));
      day = Integer.parseInt(m.group("d3"));
    } else if (m.group("y4") != null) {
      int a = Integer.parseInt(m.group("a4"));
      int b = Integer.parseInt(m.group("b4"));
      if (a > 12 && b <= 12) { // 26/07/2017: day first
        day = a;
        month = b;
      } else if (b > 12 && a <= 12) { // 07/26/2017: month first
        day = b;
        month = a;
      } else {
        return null; // 07/08/2017 could be either: not an explicit date
      }
      year = Integer.parseInt(m.group("y4"));
    } else {
      boolean dayFirst = m.group("m1") != null;
      String monthName = m.group(dayFirst ? "m1" : "m2");
      // Month names must be capitalized ("May 5, 2017", "MAY 5, 2017"), not the verb "may".
      if (!Character.isUpperCase(monthName.charAt(0))) {
        return null;
      }
      month = MONTHS.get(monthName.substring(0, 3).toLowerCase(Locale.ROOT));
      day = leadingNumber(m.group(dayFirst ? "d1" : "d2"));
      year = Integer.parseInt(m.group(dayFirst ? "y1" : "y2"));
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null; // "February 30, 2017" is no date
    }
  }

  private static int leadingNumber(String day) {
    int value = 0;
    for (int i = 0; i < day.length() && Character.isDigit(day.charAt(i)); i++) {
      value = value * 10 + (day.charAt(i) - '0');
    }
    return value;
  }
}
