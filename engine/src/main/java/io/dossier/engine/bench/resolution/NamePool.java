// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.bench.resolution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dossier.model.EntityType;
import io.dossier.model.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Name parts from which synthetic entities are built: given names and surnames harvested from the
 * development data at run time, or generated from syllables when no data are at hand.
 *
 * @param givenNames first tokens of two-token capitalized names
 * @param surnames last tokens of two-token capitalized names
 * @param source where the parts came from, for reports
 */
public record NamePool(List<String> givenNames, List<String> surnames, String source) {

  private static final Pattern BIGRAM =
      Pattern.compile("(?<![\\p{L}])(\\p{Lu}\\p{Ll}{2,})\\s(\\p{Lu}\\p{Ll}{2,})(?![\\p{L}])");

  /** Capitalized words that start sentences or headlines but are not names. */
  private static final Set<String> NOT_NAMES =
      Set.of(
          ("The This That These Those And But For When While After Before His Her Their Our"
                  + " Its She They There What Who Why How With From Into About Monday Tuesday"
                  + " Wednesday Thursday Friday Saturday Sunday January February March April June July"
                  + " August September October November December Mr Mrs")
              .split(" "));

  public NamePool {
    givenNames = List.copyOf(givenNames);
    surnames = List.copyOf(surnames);
    Objects.requireNonNull(source, "source");
    if (givenNames.isEmpty() || surnames.isEmpty()) {
      throw new IllegalArgumentException("a name pool needs given names and surnames");
    }
  }

  /**
   * A pool from whatever development data exist: person names of ECB+ chains ({@code ecbplus}) and
   * capitalized bigrams of PolNeAR articles ({@code polnearArticles}); either may be {@code null}
   * or missing. Falls back to {@link #generated} when neither yields names.
   */
  public static NamePool fromData(
      @Nullable EcbPlusCorpus ecbplus, @Nullable Path polnearArticles, long seed) {
    Set<String> given = new LinkedHashSet<>();
    Set<String> last = new LinkedHashSet<>();
    List<String> sources = new ArrayList<>();
    if (ecbplus != null) {
      int before = last.size();
      for (EcbPlusCorpus.Mention m : ecbplus.mentions()) {
        if (m.kind().equals("HUMAN_PART_PER")) {
          addBigrams(m.text(), given, last);
        }
      }
      if (last.size() > before) {
        sources.add("ECB+ person mentions");
      }
    }
    if (polnearArticles != null && Files.isRegularFile(polnearArticles)) {
      int before = last.size();
      ObjectMapper json = new ObjectMapper();
      try (BufferedReader in = Files.newBufferedReader(polnearArticles, StandardCharsets.UTF_8)) {
        int lineNo = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          lineNo++;
          if (line.isBlank()) {
            continue;
          }
          JsonNode text;
          try {
            text = json.readTree(line).get("text");
          } catch (IOException e) {
            throw new InvalidInputException(polnearArticles + ":" + lineNo + ": " + e, e);
          }
          if (text != null) {
            addBigrams(text.asText(), given, last);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + polnearArticles, e);
      }
      if (last.size() > before) {
        sources.add("PolNeAR capitalized bigrams");
      }
    }
    if (given.size() < 50 || last.size() < 50) {
      return generated(seed);
    }
    return new NamePool(
        new ArrayList<>(given),
        new ArrayList<>(last),
        String.join(" + ", sources)
            + " ("
            + given.size()
            + " given names, "
            + last.size()
            + " surnames)");
  }

  /** A pool generated from syllables, for runs without the development data. */
  public static NamePool generated(long seed) {
    Random random = new Random(seed);
    String[] onsets = {
      "b", "d", "f", "g", "h", "j", "k", "l", "m", "n", "r", "s", "t", "w", "z", "kh", "sh", "dh",
      "q"
    };
    String[] vowels = {"a", "e", "i", "o", "u", "ou", "ai"};
    Set<String> given = new LinkedHashSet<>();
    Set<String> last = new LinkedHashSet<>();
    while (given.size() < 2000) {
      given.add(word(random, onsets, vowels, 2 + random.nextInt(2)));
    }
    while (last.size() < 5000) {
      last.add(word(random, onsets, vowels, 2 + random.nextInt(3)));
    }
    return new NamePool(
        new ArrayList<>(given),
        new ArrayList<>(last),
        "generated from syllables (no development data found)");
  }

  private static String word(Random random, String[] onsets, String[] vowels, int syllables) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < syllables; i++) {
      sb.append(onsets[random.nextInt(onsets.length)])
          .append(vowels[random.nextInt(vowels.length)]);
    }
    if (random.nextBoolean()) {
      sb.append(onsets[random.nextInt(onsets.length)]);
    }
    return Character.toUpperCase(sb.charAt(0)) + sb.substring(1);
  }

  private static void addBigrams(String text, Set<String> given, Set<String> last) {
    Matcher m = BIGRAM.matcher(text);
    while (m.find()) {
      if (!NOT_NAMES.contains(m.group(1)) && !NOT_NAMES.contains(m.group(2))) {
        given.add(m.group(1));
        last.add(m.group(2));
      }
    }
  }

  /** Words that end organisation names built from a surname ("Haddad Brigade"). */
  static final List<String> ORGANIZATION_WORDS =
      List.of(
          "Brigade",
          "Council",
          "Party",
          "Front",
          "Army",
          "Movement",
          "Agency",
          "Group",
          "Foundation",
          "Ministry",
          "Battalion",
          "Union");

  /** The name of synthetic entity {@code i}: deterministic, and the same for the same index. */
  String nameOf(long i, EntityType type) {
    long h = mix(i);
    String surname = surnames.get((int) Math.floorMod(h, (long) surnames.size()));
    if (type == EntityType.ORGANIZATION) {
      return surname
          + " "
          + ORGANIZATION_WORDS.get((int) Math.floorMod(h >>> 20, (long) ORGANIZATION_WORDS.size()));
    }
    return givenNames.get((int) Math.floorMod(h >>> 32, (long) givenNames.size())) + " " + surname;
  }

  private static long mix(long x) {
    long z = x + 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
