// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.extract.event;

import io.dossier.model.CasualtyCount;
import io.dossier.model.Span;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads a number phrase around a number token: digits and number words ("18", "1,200", "eighteen",
 * "twenty-five", "two dozen"), qualifiers before it ("at least", "more than", "about", "up to"),
 * ranges ("18 to 20", "between 18 and 20", "18-20") and vague plurals coded as ACLED does ("dozens"
 * 12, "hundreds" 100, "thousands" 1000).
 */
final class Numbers {

  private static final Map<String, Integer> WORDS =
      Map.ofEntries(
          Map.entry("zero", 0),
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("seventeen", 17),
          Map.entry("eighteen", 18),
          Map.entry("nineteen", 19),
          Map.entry("twenty", 20),
          Map.entry("thirty", 30),
          Map.entry("forty", 40),
          Map.entry("fifty", 50),
          Map.entry("sixty", 60),
          Map.entry("seventy", 70),
          Map.entry("eighty", 80),
          Map.entry("ninety", 90));

  private static final Map<String, Integer> MULTIPLIERS =
      Map.of("dozen", 12, "hundred", 100, "thousand", 1000);

  /** Vague plurals and the value ACLED codes them with. */
  private static final Map<String, Integer> VAGUE =
      Map.of("dozens", 12, "hundreds", 100, "thousands", 1000, "scores", 20);

  /** Qualifiers written before the number, longest first, with the qualifier they set. */
  private static final List<String[]> BEFORE =
      List.of(
          new String[] {"no fewer than", "at-least"},
          new String[] {"no less than", "at-least"},
          new String[] {"as many as", "at-most"},
          new String[] {"at least", "at-least"},
          new String[] {"more than", "at-least"},
          new String[] {"upwards of", "at-least"},
          new String[] {"in excess of", "at-least"},
          new String[] {"at most", "at-most"},
          new String[] {"up to", "at-most"},
          new String[] {"fewer than", "at-most"},
          new String[] {"less than", "at-most"},
          new String[] {"an estimated", "about"},
          new String[] {"over", "at-least"},
          new String[] {"about", "about"},
          new String[] {"around", "about"},
          new String[] {"approximately", "about"},
          new String[] {"roughly", "about"},
          new String[] {"nearly", "about"},
          new String[] {"almost", "about"},
          new String[] {"some", "about"},
          new String[] {"reportedly", "about"});

  private Numbers() {}

  /** The value of one number token ("18", "1,200", "eighteen", "twenty-five"), if it is one. */
  static OptionalInt value(String word) {
    String w = word.toLowerCase(java.util.Locale.ROOT);
    if (w.matches("\\d{1,3}(,\\d{3})+|\\d{1,7}")) {
      return OptionalInt.of(Integer.parseInt(w.replace(",", "")));
    }
    Integer v = WORDS.get(w);
    if (v != null) {
      return OptionalInt.of(v);
    }
    int dash = w.indexOf('-');
    if (dash > 0) {
      Integer tens = WORDS.get(w.substring(0, dash));
      Integer ones = WORDS.get(w.substring(dash + 1));
      if (tens != null && ones != null && tens >= 20 && tens % 10 == 0 && ones < 10) {
        return OptionalInt.of(tens + ones);
      }
    }
    return OptionalInt.empty();
  }

  /** Whether the token starts or is part of a number phrase. */
  static boolean numeric(Graph g, int t) {
    String w = g.lower(t);
    return value(w).isPresent()
        || MULTIPLIERS.containsKey(w)
        || VAGUE.containsKey(w)
        || g.pos(t).equals("CD") && w.matches("[\\d,]+");
  }

  /**
   * The count written around token {@code t} (a number token, or the head noun of a phrase whose
   * number precedes it), or null. Tokens outside {@code [from, to)} are not read.
   */
  static @Nullable CasualtyCount around(Graph g, int t, int from, int to) {
    // find a number token: t itself or one of the few tokens before it ("18 Syrian soldiers")
    int n = -1;
    if (numeric(g, t)) {
      n = t;
    } else {
      for (int i = t - 1; i >= Math.max(from, t - 4); i--) {
        if (numeric(g, i)) {
          n = i;
          break;
        }
        String p = g.pos(i);
        if (!(p.startsWith("JJ") || p.startsWith("NN") || p.equals("HYPH") || p.equals("VBN"))) {
          break;
        }
      }
    }
    if (n < 0) {
      return null;
    }
    // found the upper end of a range ("18 to 20 villagers"): start from its lower end
    if (n - 2 >= from
        && Set.of("to", "and", "or", "-", "–").contains(g.lower(n - 1))
        && numeric(g, n - 2)
        && !VAGUE.containsKey(g.lower(n))) {
      n = n - 2;
    }
    // extend to the whole number token run: "two dozen", "two hundred", "3 000"
    int first = n;
    while (first - 1 >= from && numeric(g, first - 1) && !VAGUE.containsKey(g.lower(first))) {
      first--;
    }
    int last = n;
    while (last + 1 < to && numeric(g, last + 1) && !VAGUE.containsKey(g.lower(last + 1))) {
      last++;
    }
    Integer low = runValue(g, first, last);
    if (low == null) {
      return null;
    }
    int high = low;
    String qualifier = "exact";
    boolean vague = false;
    if (first == last && VAGUE.containsKey(g.lower(first))) {
      vague = true;
      qualifier = "vague";
    }
    // "a dozen"
    int start = first;
    if (first - 1 >= from
        && (g.lower(first - 1).equals("a") || g.lower(first - 1).equals("an"))
        && MULTIPLIERS.containsKey(g.lower(first))) {
      start = first - 1;
    }
    // range after: "18 to 20", "18-20", "18 or 20"
    int end = last;
    if (!vague && last + 2 < to) {
      String link = g.lower(last + 1);
      if (link.equals("to") || link.equals("-") || link.equals("or") || link.equals("–")) {
        int r = last + 2;
        int rl = r;
        while (rl + 1 < to && numeric(g, rl + 1)) {
          rl++;
        }
        Integer upper = numeric(g, r) ? runValue(g, r, rl) : null;
        if (upper != null && upper > low) {
          high = upper;
          qualifier = "range";
          end = rl;
        }
      }
    }
    // a range written as one token: "18-20"
    String single = g.word(first);
    if (first == last && single.matches("\\d+[-–]\\d+")) {
      String[] parts = single.split("[-–]");
      int a = Integer.parseInt(parts[0]);
      int b = Integer.parseInt(parts[1]);
      if (b > a) {
        low = a;
        high = b;
        qualifier = "range";
      }
    }
    // "between 18 and 20"
    if (!vague
        && last + 2 < to
        && g.lower(last + 1).equals("and")
        && start - 1 >= from
        && g.lower(start - 1).equals("between")) {
      int r = last + 2;
      int rl = r;
      while (rl + 1 < to && numeric(g, rl + 1)) {
        rl++;
      }
      Integer upper = numeric(g, r) ? runValue(g, r, rl) : null;
      if (upper != null && upper > low) {
        high = upper;
        qualifier = "range";
        end = rl;
        start = start - 1;
      }
    }
    // qualifier before
    if (!qualifier.equals("range")) {
      for (String[] q : BEFORE) {
        String[] words = q[0].split(" ");
        int s = start - words.length;
        if (s < from) {
          continue;
        }
        boolean match = true;
        for (int k = 0; k < words.length; k++) {
          if (!g.lower(s + k).equals(words[k])) {
            match = false;
            break;
          }
        }
        if (match) {
          start = s;
          if (!vague) {
            qualifier = q[1];
          }
          break;
        }
      }
    }
    Span span = new Span(g.token(start).span().start(), g.token(end).span().end());
    return new CasualtyCount(low, high, qualifier, span, g.text().textOf(span));
  }

  /** The value of a run of number tokens ("two dozen" 24, "two hundred" 200), or null. */
  private static @Nullable Integer runValue(Graph g, int first, int last) {
    long total = 0;
    long current = 0;
    boolean any = false;
    for (int i = first; i <= last; i++) {
      String w = g.lower(i);
      Integer vague = VAGUE.get(w);
      if (vague != null) {
        return first == last ? vague : null;
      }
      Integer mult = MULTIPLIERS.get(w);
      if (mult != null) {
        current = (current == 0 ? 1 : current) * mult;
        if (mult >= 1000) {
          total += current;
          current = 0;
        }
        any = true;
        continue;
      }
      OptionalInt v = value(w);
      if (v.isEmpty()) {
        return null;
      }
      current += v.getAsInt();
      any = true;
    }
    long sum = total + current;
    return any && sum <= Integer.MAX_VALUE ? (int) sum : null;
  }
}
