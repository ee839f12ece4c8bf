// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.extract.claim;

import io.dossier.model.AnnotatedText;
import io.dossier.model.Dependency;
import io.dossier.model.EntityMention;
import io.dossier.model.EntityType;
import io.dossier.model.Layer;
import io.dossier.model.LocalEntity;
import io.dossier.model.Provenance;
import io.dossier.model.Sentence;
import io.dossier.model.Span;
import io.dossier.model.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a hand-made parse for tests: a simple tokenizer that keeps offsets (quote marks, commas
 * and {@code 's} are tokens; a sentence ends at ". ! ?" unless a closing quote follows, then after
 * it; a blank line always ends one), part-of-speech tags and lemmas from a small dictionary
 * (capitalized words are NNP), dependency edges named by word ({@code "said"}, or {@code "said#2"}
 * for the second occurrence; tokens without an edge get a self-loop), and entities named by their
 * mention texts.
 */
final class Parsed {
  private static final Pattern TOKEN =
      Pattern.compile(
          "(?:Gen|Col|Dr|Mr|Ms)\\.(?=\\s)|''|``|['’]s\\b|[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+)*|\\S",
          Pattern.UNICODE_CHARACTER_CLASS);

  private static final Map<String, String[]> DICT = new LinkedHashMap<>();

  static {
    for (String v :
        List.of(
            "said:say",
            "says:say",
            "told:tell",
            "added:add",
            "denied:deny",
            "accused:accuse",
            "claimed:claim",
            "reported:report",
            "warned:warn",
            "shelled:shell",
            "fell:fall",
            "destroyed:destroy",
            "attacked:attack",
            "hold:hold",
            "was:be",
            "is:be",
            "will:will",
            "verify:verify",
            "retreat:retreat",
            "retreated:retreat",
            "seems:seem",
            "expected:expect",
            "shows:show",
            "saying:say",
            "issued:issue",
            "deny:deny",
            "killed:kill",
            "held:hold",
            "issued:issue",
            "looted:loot",
            "came:come",
            "stopped:stop",
            "lost:lose",
            "won:win",
            "voted:vote",
            "declined:decline",
            "rejected:reject",
            "responded:respond",
            "argued:argue",
            "described:describe",
            "attacked:attack",
            "resolved:resolve",
            "tried:try",
            "regrets:regret",
            "fumed:fume",
            "backing:back",
            "shouted:shout",
            "asked:ask",
            "named:name")) {
      String[] p = v.split(":");
      DICT.put(
          p[0],
          new String[] {
            p[0].endsWith("s") && !p[0].equals("was") && !p[0].equals("is")
                ? "VBZ"
                : p[0].equals("will")
                    ? "MD"
                    : p[0].equals("hold") || p[0].equals("retreat") || p[0].equals("verify")
                        ? "VB"
                        : "VBD",
            p[1]
          });
    }
    for (String w : List.of("he", "she", "it", "they", "we", "i")) {
      DICT.put(w, new String[] {"PRP", w});
    }
    for (String w : List.of("the", "a", "an", "its", "this")) {
      DICT.put(w, new String[] {"DT", w});
    }
    for (String w : List.of("that", "of", "for", "to", "in", "by", "on", "according")) {
      DICT.put(w, new String[] {"IN", w});
    }
    for (String w : List.of("allegedly", "reportedly", "not", "never", "also")) {
      DICT.put(w, new String[] {"RB", w});
    }
  }

  private final String document;
  private final String text;
  private final List<String[]> edges = new ArrayList<>();
  private final List<Object[]> entities = new ArrayList<>();
  private final Map<String, String> pos = new LinkedHashMap<>();
  private final Map<String, String> lemmas = new LinkedHashMap<>();
  private boolean parse = true;

  private Parsed(String document, String text) {
    this.document = document;
    this.text = text;
  }

  static Parsed of(String text) {
    return new Parsed("d1", text);
  }

  /** An edge {@code governor -relation-> dependent}, words with optional {@code #n}. */
  Parsed dep(String governor, String relation, String dependent) {
    edges.add(new String[] {governor, relation, dependent});
    return this;
  }

  /** Overrides the tag of a word. */
  Parsed pos(String word, String tag) {
    pos.put(word, tag);
    return this;
  }

  /** Overrides the tag and lemma of a word. */
  Parsed pos(String word, String tag, String lemma) {
    pos.put(word, tag);
    lemmas.put(word, lemma);
    return this;
  }

  /** An entity with the given mention texts (each the next unused occurrence). */
  Parsed entity(EntityType type, String... mentions) {
    entities.add(new Object[] {type, mentions});
    return this;
  }

  /** Leaves the dependency layer empty (as for sentences too long to parse). */
  Parsed unparsed() {
    parse = false;
    return this;
  }

  AnnotatedText text() {
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    int sentence = 0;
    int first = 0;
    int sentenceStart = -1;
    int lastEnd = 0;
    boolean pendingEnd = false;
    while (m.find()) {
      String w = m.group();
      boolean closingQuote = w.equals("”") || w.equals("\"") || w.equals("''");
      boolean blank = text.substring(lastEnd, m.start()).contains("\n\n");
      if ((pendingEnd && !closingQuote) || (blank && tokens.size() > first)) {
        sentences.add(
            new Sentence(sentence, new Span(sentenceStart, lastEnd), first, tokens.size()));
        sentence++;
        first = tokens.size();
        pendingEnd = false;
      }
      if (tokens.size() == first) {
        sentenceStart = m.start();
      }
      String lower = w.toLowerCase(Locale.ROOT);
      String[] d = DICT.get(lower);
      String tag =
          pos.getOrDefault(
              w,
              d != null
                  ? d[0]
                  : Character.isUpperCase(w.charAt(0))
                      ? "NNP"
                      : Character.isLetterOrDigit(w.charAt(0)) ? "NN" : w);
      String lemma = lemmas.getOrDefault(w, d != null ? d[1] : lower);
      tokens.add(
          new Token(tokens.size(), new Span(m.start(), m.end()), w, lemma, tag, "O", sentence));
      lastEnd = m.end();
      if (w.equals(".") || w.equals("!") || w.equals("?")) {
        pendingEnd = true;
      } else if (pendingEnd && closingQuote) {
        pendingEnd = true;
      }
    }
    if (tokens.size() > first) {
      sentences.add(new Sentence(sentence, new Span(sentenceStart, lastEnd), first, tokens.size()));
    }
    List<Dependency> deps = new ArrayList<>();
    if (parse) {
      for (String[] e : edges) {
        deps.add(new Dependency(find(tokens, e[0]), find(tokens, e[2]), e[1]));
      }
      // every other token gets a self-loop, so that it counts as parsed but links to nothing
      for (Token t : tokens) {
        if (deps.stream().noneMatch(x -> x.dependent() == t.index())) {
          deps.add(new Dependency(t.index(), t.index(), "orphan"));
        }
      }
    }
    return new AnnotatedText(
        document,
        text,
        tokens,
        sentences,
        List.of(),
        List.of(),
        deps,
        parse
            ? Set.of(
                Layer.TOKENS,
                Layer.SENTENCES,
                Layer.POS,
                Layer.LEMMAS,
                Layer.NER,
                Layer.DEPENDENCIES)
            : Set.of(Layer.TOKENS, Layer.SENTENCES, Layer.POS, Layer.LEMMAS, Layer.NER));
  }

  List<LocalEntity> entities() {
    List<LocalEntity> out = new ArrayList<>();
    List<Span> used = new ArrayList<>();
    for (Object[] e : entities) {
      EntityType type = (EntityType) e[0];
      String[] names = (String[]) e[1];
      List<EntityMention> mentions = new ArrayList<>();
      for (String name : names) {
        int from = 0;
        while (true) {
          int at = text.indexOf(name, from);
          if (at < 0) {
            throw new IllegalArgumentException("no unused '" + name + "' in: " + text);
          }
          Span span = new Span(at, at + name.length());
          if (used.stream().noneMatch(span::overlaps)) {
            used.add(span);
            mentions.add(
                new EntityMention(
                    new Provenance(document, span, "test", "1"), name, type, null, "test"));
            break;
          }
          from = at + 1;
        }
      }
      mentions.sort((a, b) -> a.span().compareTo(b.span()));
      out.add(new LocalEntity(out.size(), type, names[0], null, mentions));
    }
    return out;
  }

  private static int find(List<Token> tokens, String word) {
    String w = word;
    int nth = 1;
    int hash = word.lastIndexOf('#');
    if (hash > 0) {
      w = word.substring(0, hash);
      nth = Integer.parseInt(word.substring(hash + 1));
    }
    int seen = 0;
    for (Token t : tokens) {
      if (t.word().equals(w) && ++seen == nth) {
        return t.index();
      }
    }
    throw new IllegalArgumentException("no token '" + word + "'");
  }
}
