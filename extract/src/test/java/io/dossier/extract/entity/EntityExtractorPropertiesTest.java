// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.model.AnnotatedText;
import io.dossier.model.EntityMention;
import io.dossier.model.LocalEntity;
import io.dossier.model.NerMention;
import io.dossier.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Invariants of extraction over generated news-like sentences and arbitrary NER spans: seeded
 * random inputs, so a failure names the seed and the text and can be replayed.
 */
class EntityExtractorPropertiesTest {

  private static final List<String> PIECES =
      List.of(
          "Karim",
          "Tarhouni",
          "Belqasim",
          "Nabil",
          "al-Zintani",
          "Zintani",
          "Zoë",
          "Salamé",
          "Warfa's",
          "Warfa’s",
          "'s",
          "’s",
          "'",
          "General",
          "Gen.",
          "Field",
          "Marshal",
          "Lt.",
          "spokesman",
          "Deputy",
          "Prime",
          "Minister",
          "former",
          "President",
          "CDA",
          "UN",
          "Coastal",
          "Defence",
          "Army",
          "Libya",
          "Libyan",
          "the",
          "The",
          "of",
          "forces",
          "said",
          "Coastal Defence Army (CDA)",
          "CDA (Coastal Defence Army)",
          "Karim Tarhouni",
          "Field Marshal Karim Belqasim Tarhouni",
          "Tarek al-Zintani",
          "CDA spokesman",
          "(",
          ")",
          ",",
          ".",
          "“",
          "”",
          "\"",
          "-",
          "—",
          "CDA-led",
          "U.N.",
          "Corp.",
          "?",
          "ـ",
          "\u0301");

  private static final List<String> SEPARATORS =
      List.of(" ", " ", " ", " ", "", "  ", "\n", "\u00a0");

  private static final List<String> TYPES =
      List.of("PERSON", "ORGANIZATION", "LOCATION", "MISC", "PERSON", "DATE", "O");

  private static final Set<String> LINKS =
      Set.of(
          EntityExtractor.LINK_CANONICAL,
          EntityExtractor.LINK_SAME_NAME,
          EntityExtractor.LINK_SURNAME,
          EntityExtractor.LINK_PARTIAL_NAME,
          EntityExtractor.LINK_ACRONYM);

  private static final long SEED = 20261122L;

  private final EntityExtractor extractor = new EntityExtractor();

  @Test
  void mentionsOnTokenRangesAreWellFormed() {
    Random random = new Random(SEED);
    for (int run = 0; run < 1500; run++) {
      String text = randomText(random);
      List<int[]> offsets = Texts.tokenize(text, true);
      Texts.Builder builder = Texts.of("d1", text);
      int mentions = offsets.isEmpty() ? 0 : random.nextInt(12);
      for (int k = 0; k < mentions; k++) {
        int first = random.nextInt(offsets.size());
        int end = Math.min(offsets.size(), first + 1 + random.nextInt(6));
        int start = offsets.get(first)[0];
        int stop = offsets.get(end - 1)[1];
        boolean wrongHints = random.nextInt(4) == 0;
        builder.rawNer(
            new NerMention(
                new Span(start, stop),
                text.substring(start, stop),
                TYPES.get(random.nextInt(TYPES.size())),
                wrongHints ? random.nextInt(50) : first,
                wrongHints ? random.nextInt(50) : end));
      }
      checkWellFormed(builder.build(), run);
    }
  }

  /** A naive tagger: each run of capitalized tokens is a mention of a random type, or is missed. */
  @Test
  void mentionsOnCapitalizedRunsAreWellFormed() {
    Random random = new Random(SEED + 2);
    for (int run = 0; run < 1500; run++) {
      String text = randomText(random);
      List<int[]> offsets = Texts.tokenize(text, true);
      Texts.Builder builder = Texts.of("d1", text);
      int i = 0;
      while (i < offsets.size()) {
        int j = i;
        while (j < offsets.size() && Character.isUpperCase(text.charAt(offsets.get(j)[0]))) {
          j++;
        }
        if (j > i && random.nextInt(3) > 0) {
          int start = offsets.get(i)[0];
          int stop = offsets.get(j - 1)[1];
          builder.rawNer(
              new NerMention(
                  new Span(start, stop),
                  text.substring(start, stop),
                  TYPES.get(random.nextInt(5)),
                  i,
                  j));
        }
        i = Math.max(j, i + 1);
      }
      checkWellFormed(builder.build(), run);
    }
  }

  @Test
  void mentionsOnArbitraryCharacterSpansAreWellFormed() {
    Random random = new Random(SEED + 1);
    for (int run = 0; run < 1500; run++) {
      String text = randomText(random);
      Texts.Builder builder = Texts.of("d1", text);
      int mentions = text.isEmpty() ? 0 : random.nextInt(12);
      for (int k = 0; k < mentions; k++) {
        int a = random.nextInt(text.length() + 1);
        int b = Math.min(text.length(), a + random.nextInt(30));
        builder.rawNer(
            new NerMention(
                new Span(a, b),
                text.substring(a, b),
                TYPES.get(random.nextInt(TYPES.size())),
                random.nextInt(40) - 5,
                random.nextInt(40) - 5));
      }
      checkWellFormed(builder.build(), run);
    }
  }

  private static String randomText(Random random) {
    StringBuilder b = new StringBuilder();
    int pieces = random.nextInt(41);
    for (int i = 0; i < pieces; i++) {
      b.append(PIECES.get(random.nextInt(PIECES.size())));
      b.append(SEPARATORS.get(random.nextInt(SEPARATORS.size())));
    }
    return b.toString();
  }

  private void checkWellFormed(AnnotatedText text, int run) {
    try {
      checkWellFormed(text);
    } catch (AssertionError e) {
      throw new AssertionError(
          "run " + run + ", text [" + text.text() + "], NER " + text.nerMentions(), e);
    }
  }

  private void checkWellFormed(AnnotatedText text) {
    List<LocalEntity> entities = extractor.extract(text);
    List<EntityMention> all = new ArrayList<>();
    int previousFirst = -1;
    for (int i = 0; i < entities.size(); i++) {
      LocalEntity e = entities.get(i);
      assertThat(e.index()).isEqualTo(i);
      assertThat(e.name()).isNotBlank().isEqualTo(Names.collapseWhitespace(e.name()));
      assertThat(e.mentions()).extracting(m -> m.span().start()).isSorted();
      assertThat(e.mentions().get(0).span().start()).isGreaterThan(previousFirst);
      previousFirst = e.mentions().get(0).span().start();
      assertThat(e.mentions()).filteredOn(m -> m.link().equals("canonical")).hasSize(1);
      for (EntityMention m : e.mentions()) {
        assertThat(text.text().substring(m.span().start(), m.span().end())).isEqualTo(m.text());
        assertThat(m.text()).isNotBlank().isEqualTo(m.text().strip());
        assertThat(m.type()).isEqualTo(e.type());
        assertThat(m.link()).isIn(LINKS);
        assertThat(m.provenance().rule())
            .isIn(EntityExtractor.RULE_NER, EntityExtractor.RULE_ACRONYM_SCAN);
        assertThat(m.provenance().document()).isEqualTo("d1");
        all.add(m);
      }
    }
    all.sort(Comparator.comparing(EntityMention::span));
    for (int i = 1; i < all.size(); i++) {
      assertThat(all.get(i).span().overlaps(all.get(i - 1).span())).isFalse();
    }
    assertThat(extractor.extract(text)).isEqualTo(entities);
  }
}
