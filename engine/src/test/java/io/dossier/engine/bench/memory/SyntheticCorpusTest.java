// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.bench.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dossier.engine.bench.Benchmark;
import io.dossier.engine.bench.claims.CachedAnnotation;
import io.dossier.engine.pipeline.ArticleProcessor;
import io.dossier.engine.pipeline.TextAnnotation;
import io.dossier.model.AnnotatedText;
import io.dossier.model.Article;
import io.dossier.model.Dependency;
import io.dossier.model.IngestIssue;
import io.dossier.model.InvalidInputException;
import io.dossier.model.Layer;
import io.dossier.model.NerMention;
import io.dossier.model.Sentence;
import io.dossier.model.Span;
import io.dossier.model.TimeExpression;
import io.dossier.model.Token;
import io.dossier.store.StoreLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticCorpusTest {
  private static final Map<String, String> NAMES =
      Map.of(
          "Amira Bouzid", "PERSON",
          "Karim Tahar", "PERSON",
          "Nour Haddad", "PERSON",
          "Desert Shield Brigade", "ORGANIZATION",
          "Coastal Guard", "ORGANIZATION",
          "Misrata", "LOCATION");

  private static final String[] PARAGRAPHS = {
    "Amira Bouzid said the Desert Shield Brigade attacked Misrata on Friday.",
    "Karim Tahar denied it.",
    "The Coastal Guard's commander Nour Haddad was not available.",
    "Fighting resumed in Misrata on Sunday.",
    "Amira Bouzid's office said 12 people died.",
    "Nour Haddad met Karim Tahar.",
  };

  /**
   * A model-free annotator: one sentence per paragraph, whitespace tokens (trailing punctuation and
   * "'s" split off), the names above tagged, weekdays as dates, a chain of dependency edges.
   */
  static final class ParagraphAnnotation implements TextAnnotation {
    private static final Pattern WORD = Pattern.compile("[^\\s.,']+|'s|[.,]");

    @Override
    public String name() {
      return "paragraphs";
    }

    @Override
    public Set<Layer> provides() {
      return Set.of(
          Layer.TOKENS,
          Layer.SENTENCES,
          Layer.POS,
          Layer.LEMMAS,
          Layer.NER,
          Layer.TIMES,
          Layer.DEPENDENCIES);
    }

    @Override
    public AnnotatedText annotate(Article article) {
      String text = article.text();
      List<Token> tokens = new ArrayList<>();
      List<Sentence> sentences = new ArrayList<>();
      List<NerMention> ner = new ArrayList<>();
      List<TimeExpression> times = new ArrayList<>();
      List<Dependency> deps = new ArrayList<>();
      int start = 0;
      while (start < text.length()) {
        int end = text.indexOf("\n\n", start);
        end = end < 0 ? text.length() : end;
        int first = tokens.size();
        Matcher m = WORD.matcher(text).region(start, end);
        while (m.find()) {
          String w = m.group();
          tokens.add(
              new Token(
                  tokens.size(), new Span(m.start(), m.end()), w, w, "NN", "O", sentences.size()));
          if (w.equals("Friday") || w.equals("Sunday")) {
            times.add(new TimeExpression(new Span(m.start(), m.end()), w, "DATE", "2024-W10-5"));
          }
        }
        for (Map.Entry<String, String> e : NAMES.entrySet()) {
          int at = text.indexOf(e.getKey(), start);
          while (at >= 0 && at < end) {
            int from = -1;
            int to = -1;
            for (int t = first; t < tokens.size(); t++) {
              if (tokens.get(t).span().start() == at) {
                from = t;
              }
              if (tokens.get(t).span().end() == at + e.getKey().length()) {
                to = t + 1;
              }
            }
            Span span = new Span(at, at + e.getKey().length());
            ner.add(new NerMention(span, e.getKey(), e.getValue(), from, to));
            at = text.indexOf(e.getKey(), at + 1);
          }
        }
        deps.add(new Dependency(-1, first, "root"));
        for (int t = first + 1; t < tokens.size(); t++) {
          deps.add(new Dependency(t - 1, t, "dep"));
        }
        sentences.add(new Sentence(sentences.size(), new Span(start, end), first, tokens.size()));
        start = end + 2;
      }
      ner.sort((a, b) -> a.span().compareTo(b.span()));
      return new AnnotatedText(article.id(), text, tokens, sentences, ner, times, deps, provides());
    }
  }

  /** Base articles of four to six paragraphs each, written as JSON Lines. */
  private static Path writeBases(Path dir, int n) throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < n; i++) {
      StringBuilder text = new StringBuilder();
      for (int p = 0; p < 4 + i % 3; p++) {
        text.append(p > 0 ? "\\n\\n" : "").append(PARAGRAPHS[(i + p) % PARAGRAPHS.length]);
      }
      lines
          .append("{\"id\":\"base-")
          .append(i)
          .append("\",\"outlet\":\"Wire\",\"published\":\"2024-03-0")
          .append(1 + i % 9)
          .append("\",\"text\":\"")
          .append(text)
          .append("\"}\n");
    }
    Path file = dir.resolve("bases.jsonl");
    Files.writeString(file, lines.toString(), StandardCharsets.UTF_8);
    return file;
  }

  private static List<SyntheticCorpus.Base> bases(Path file) {
    List<IngestIssue> issues = new ArrayList<>();
    List<Article> articles = Benchmark.read(List.of(file), 0, issues);
    assertTrue(issues.isEmpty(), issues.toString());
    ParagraphAnnotation annotation = new ParagraphAnnotation();
    return articles.stream().map(a -> new SyntheticCorpus.Base(a, annotation.annotate(a))).toList();
  }

  @Test
  void everySpanIndexAndWordIsMovedToTheNewText(@TempDir Path dir) throws IOException {
    SyntheticCorpus corpus = new SyntheticCorpus(bases(writeBases(dir, 12)), 7, 5);
    for (long i = 0; i < 40; i++) {
      AnnotatedText a = corpus.article(i).annotation();
      String text = a.text();
      for (Token t : a.tokens()) {
        assertEquals(t.word(), t.span().of(text), "token " + t + " of article " + i);
        assertEquals(t.index(), a.tokens().indexOf(t));
        Sentence s = a.sentences().get(t.sentence());
        assertTrue(s.firstToken() <= t.index() && t.index() < s.endToken());
        assertTrue(s.span().contains(t.span()));
      }
      for (NerMention m : a.nerMentions()) {
        assertEquals(m.text(), m.span().of(text));
        assertEquals(m.span().start(), a.tokens().get(m.firstToken()).span().start());
        assertEquals(m.span().end(), a.tokens().get(m.endToken() - 1).span().end());
      }
      for (TimeExpression x : a.times()) {
        assertEquals(x.text(), x.span().of(text));
      }
      for (Dependency d : a.dependencies()) {
        assertTrue(d.dependent() < a.tokens().size());
        if (d.governor() >= 0) {
          assertEquals(
              a.tokens().get(d.governor()).sentence(), a.tokens().get(d.dependent()).sentence());
        }
      }
      // one paragraph per sentence here: the blocks are joined by blank lines
      assertEquals(a.sentences().size() - 1, text.split("\n\n", -1).length - 1);
    }
  }

  @Test
  void aboutHalfOfTheNamesAreRespelledPerWorldAndConsistentlyWithinOne(@TempDir Path dir)
      throws IOException {
    SyntheticCorpus corpus = new SyntheticCorpus(bases(writeBases(dir, 12)), 7, 5);
    Set<String> world0 = names(corpus, 0, 5);
    Set<String> world1 = names(corpus, 5, 10);
    assertNotEquals(world0, world1);
    Set<String> kept = new HashSet<>(world0);
    kept.retainAll(world1);
    assertFalse(kept.isEmpty(), "names not respelled stay the same in every world");
    for (String name : NAMES.keySet()) {
      if (!NAMES.get(name).equals("LOCATION") && SyntheticCorpus.renamed(name)) {
        assertFalse(world0.contains(name) || world1.contains(name), name);
      }
    }
    assertTrue(world0.stream().noneMatch(n -> n.endsWith(SyntheticCorpus.suffix(1))));
    assertEquals("qa", SyntheticCorpus.suffix(0));
    assertEquals("qba", SyntheticCorpus.suffix(26));
  }

  private static Set<String> names(SyntheticCorpus corpus, int from, int to) {
    Set<String> names = new HashSet<>();
    for (int i = from; i < to; i++) {
      corpus.article(i).annotation().nerMentions().forEach(m -> names.add(m.text()));
    }
    return names;
  }

  @Test
  void theSameNumberGivesTheSameArticleAndIdsRoundTrip(@TempDir Path dir) throws IOException {
    List<SyntheticCorpus.Base> bases = bases(writeBases(dir, 12));
    SyntheticCorpus a = new SyntheticCorpus(bases, 7, 5);
    SyntheticCorpus b = new SyntheticCorpus(bases, 7, 5);
    assertEquals(a.article(17), b.article(17));
    assertNotEquals(a.article(17).text(), a.article(18).text());
    assertEquals(17, SyntheticCorpus.number(SyntheticCorpus.id(17)));
    assertEquals(17, SyntheticCorpus.number("d-" + SyntheticCorpus.id(17)));
    assertEquals(-1, SyntheticCorpus.number("d-abc"));
  }

  @Test
  void theReaderKeepsTheSynthesizedTextsSoTheReplayFitsThem(@TempDir Path dir) throws IOException {
    SyntheticCorpus corpus = new SyntheticCorpus(bases(writeBases(dir, 12)), 7, 5);
    Path file = dir.resolve("synth.jsonl");
    MemoryBenchmark.write(corpus, 30, file);
    List<IngestIssue> issues = new ArrayList<>();
    List<Article> read = Benchmark.read(List.of(file), 0, issues);
    assertEquals(30, read.size(), issues.toString());
    ReplayAnnotation replay = new ReplayAnnotation(corpus, new ParagraphAnnotation().provides());
    for (Article article : read) {
      AnnotatedText a = replay.annotate(article);
      assertEquals(article.text(), a.text());
      assertEquals(article.id(), a.document());
    }
    Article other = read.get(0).withId("d-other");
    assertThrows(InvalidInputException.class, () -> replay.annotate(other));
  }

  @Test
  void theBenchmarkIngestsTheSynthesizedCorpusIntoARealStore(@TempDir Path dir)
      throws IOException, InterruptedException {
    Path bases = writeBases(dir, 12);
    Path cache = dir.resolve("cache");
    // fill the cache the benchmark reads, so that no CoreNLP model is loaded
    Set<Layer> layers = ArticleProcessor.requiredLayers(ArticleProcessor.standardStages());
    CachedAnnotation cached = new CachedAnnotation(cache, layers, ParagraphAnnotation::new);
    for (Article a : Benchmark.read(List.of(bases), 0, new ArrayList<>())) {
      cached.annotate(a);
    }
    List<MemoryBenchmark.Checkpoint> seen = new ArrayList<>();
    MemoryBenchmark.Result r =
        new MemoryBenchmark(bases, cache, 2, 7, 20)
            .run(
                60,
                20,
                dir.resolve("synth.jsonl"),
                StoreLocation.parse(dir.resolve("store").toString()),
                line -> {},
                seen::add);
    assertEquals(60, r.summary().ingested(), r.summary().issues().toString());
    assertEquals(0, r.summary().failed());
    assertEquals(List.of(20L, 40L, 60L), seen.stream().map(c -> c.articles()).toList());
    assertTrue(r.entities() > NAMES.size(), "respelled names are new entities: " + r.entities());
    assertTrue(r.mentions() > 60);
    assertTrue(r.checkpoints().stream().allMatch(c -> c.liveBytes() > 0));
  }
}
