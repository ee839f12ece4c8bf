// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.bench.resolution;

import io.dossier.engine.bench.resolution.CorefMetrics.Scores;
import io.dossier.model.Article;
import io.dossier.model.DocumentAnalysis;
import io.dossier.model.EntityMention;
import io.dossier.model.EntityType;
import io.dossier.model.Ids;
import io.dossier.model.LocalEntity;
import io.dossier.model.Provenance;
import io.dossier.model.PublishedBasis;
import io.dossier.model.ResolvedDocument;
import io.dossier.model.ResolvedMention;
import io.dossier.model.Span;
import io.dossier.resolve.NameKeys;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Cross-document entity resolution measured on ECB+ with gold within-document chains.
 *
 * <p>Each document becomes one {@link DocumentAnalysis} whose local entities are the gold
 * within-document chains of the selected participant mentions (mentions of one {@code instance} in
 * that document, {@code INTRA} chains included, a mention without instance alone). A local entity
 * is named by its longest proper-name mention (see {@link #properName}); chains with no proper-name
 * mention ("he", "the police") are, depending on {@link UnnamedChains}, named by their longest
 * mention or kept out of resolution. The documents of one topic go through the resolver in
 * document-id order, starting from an empty knowledge base per topic; the entity id a mention ends
 * up with is its predicted cross-document cluster and the gold {@code instance} its key cluster.
 * Only cross-document linking is measured: within-document chains come from the gold annotation.
 */
public final class EcbPlusEvaluation {

  /** Which participant mentions are evaluated. */
  public enum Kinds {
    /** {@code HUMAN_PART_PER} (persons) and {@code HUMAN_PART_ORG} (organisations). */
    PERSON_ORGANIZATION("HUMAN_PART_PER + HUMAN_PART_ORG"),
    /** Every {@code HUMAN_PART_*} tag (adds GPE, generic, vehicle, metonymy, facility). */
    ALL_HUMAN_PARTICIPANTS("all HUMAN_PART_*");

    private final String label;

    Kinds(String label) {
      this.label = label;
    }

    /** How the selection is written in reports. */
    public String label() {
      return label;
    }

    boolean accepts(String kind) {
      return this == ALL_HUMAN_PARTICIPANTS
          ? kind.startsWith("HUMAN_PART_")
          : kind.equals("HUMAN_PART_PER") || kind.equals("HUMAN_PART_ORG");
    }
  }

  /** What happens to a chain that has no proper-name mention (only "he", "the police", …). */
  public enum UnnamedChains {
    /** Resolved like the others under its longest mention text ("the police"). */
    RESOLVE_BY_LONGEST_TEXT("resolved by longest text"),
    /** Not given to the resolver: it stays a document-local entity, as without NER it would. */
    KEEP_LOCAL("kept document-local");

    private final String label;

    UnnamedChains(String label) {
      this.label = label;
    }

    /** How the policy is written in reports. */
    public String label() {
      return label;
    }
  }

  /**
   * One evaluation setting.
   *
   * @param kinds the mentions evaluated
   * @param unnamed the treatment of chains without a proper name
   * @param corefSentencesOnly score only mentions in the document's {@code coref_sentences}
   * @param foldSameNameSingletons fold a proper-name mention without instance into the chain of the
   *     same name in its document (or into one local entity with the other unlinked mentions of
   *     that name), as the extractor's same-name rule would; ECB+ leaves many repeated names
   *     unlinked outside the coreference sentences, and several local entities with one name in one
   *     article is an input the real pipeline never produces. The gold key is not changed.
   */
  public record Setting(
      Kinds kinds,
      UnnamedChains unnamed,
      boolean corefSentencesOnly,
      boolean foldSameNameSingletons) {

    public Setting {
      Objects.requireNonNull(kinds, "kinds");
      Objects.requireNonNull(unnamed, "unnamed");
    }

    /** A setting that folds same-name singletons into their chain (the default). */
    public Setting(Kinds kinds, UnnamedChains unnamed, boolean corefSentencesOnly) {
      this(kinds, unnamed, corefSentencesOnly, true);
    }

    /** A one-line description for reports. */
    public String describe() {
      return kinds.label()
          + "; unnamed chains "
          + unnamed.label()
          + "; "
          + (corefSentencesOnly ? "coref_sentences only" : "all sentences")
          + (foldSameNameSingletons ? "" : "; same-name singletons not folded");
    }
  }

  /**
   * The outcome of one resolver in one setting.
   *
   * @param resolver the resolver's name
   * @param setting the setting
   * @param topics topics scored
   * @param mentions mentions scored
   * @param keyEntities gold clusters (singletons included), summed over topics
   * @param responseEntities predicted clusters, summed over topics
   * @param micro scores pooled over topics (numerators and denominators summed)
   * @param macroConllF1 CoNLL F1 averaged over topics
   * @param perTopic scores per topic number
   * @param missedLinks gold entities that the resolver left split, described by the names of the
   *     parts, most mentions first (over the chains given to the resolver that have a scored
   *     mention)
   * @param wrongMerges resolved entities that join different gold entities, described the same way
   */
  public record Result(
      String resolver,
      Setting setting,
      int topics,
      int mentions,
      int keyEntities,
      int responseEntities,
      Scores micro,
      double macroConllF1,
      Map<Integer, Scores> perTopic,
      List<String> missedLinks,
      List<String> wrongMerges) {

    public Result {
      Objects.requireNonNull(resolver, "resolver");
      Objects.requireNonNull(setting, "setting");
      Objects.requireNonNull(micro, "micro");
      perTopic = Map.copyOf(perTopic);
      missedLinks = List.copyOf(missedLinks);
      wrongMerges = List.copyOf(wrongMerges);
    }

    /** MUC, B³ and CEAF-e F1 averaged over topics, in that order. */
    public double[] macroF1() {
      double[] f = new double[3];
      for (Scores s : perTopic.values()) {
        f[0] += s.muc().f1() / perTopic.size();
        f[1] += s.bCubed().f1() / perTopic.size();
        f[2] += s.ceafE().f1() / perTopic.size();
      }
      return f;
    }
  }

  /** Tokens that are capitalized at the start of a sentence but are not names. */
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          ("he she it they we i you him her them us me his hers its their theirs our my your who"
                  + " whom whose which that this these those the a an some all both each another"
                  + " other one someone somebody everyone anyone no none")
              .split(" "));

  /** Honorifics the extractor keeps as a title attribute, not as part of the name. */
  private static final Pattern HONORIFIC = Pattern.compile("^(?:Mr|Mrs|Ms|Miss|Dr)\\.?\\s+");

  private static final Pattern EDGE_PUNCTUATION =
      Pattern.compile("^[\\p{Pi}\\p{Ps}\"'`]+|[\\p{Pf}\\p{Pe}\"'`,;:.!?]+$");
  private static final Pattern LEADING_QUOTES = Pattern.compile("^[\\p{Pi}\\p{Ps}\"'`]+");
  private static final Pattern TRAILING_QUOTES = Pattern.compile("[\\p{Pf}\\p{Pe}\"`,;:]+$");
  private static final Pattern POSSESSIVE = Pattern.compile("(?:['’]s|['’])$");
  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}&.]{1,7}");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private final EcbPlusCorpus corpus;

  /** An evaluation over {@code corpus}. */
  public EcbPlusEvaluation(EcbPlusCorpus corpus) {
    this.corpus = Objects.requireNonNull(corpus, "corpus");
  }

  /** Runs {@code setup} once per topic and scores it in {@code setting}. */
  public Result run(ResolverSetup setup, Setting setting) {
    Map<String, EcbPlusCorpus.Document> docs = new HashMap<>();
    for (EcbPlusCorpus.Document d : corpus.documents()) {
      docs.put(d.id(), d);
    }
    Map<String, List<EcbPlusCorpus.Mention>> byDocument = new HashMap<>();
    for (EcbPlusCorpus.Mention m : corpus.mentions()) {
      if (setting.kinds().accepts(m.kind()) && docs.containsKey(m.document())) {
        byDocument.computeIfAbsent(m.document(), k -> new ArrayList<>()).add(m);
      }
    }
    Map<Integer, List<EcbPlusCorpus.Document>> topics = new TreeMap<>();
    for (EcbPlusCorpus.Document d : corpus.documents()) {
      topics.computeIfAbsent(d.topic(), k -> new ArrayList<>()).add(d);
    }

    Map<Integer, Scores> perTopic = new LinkedHashMap<>();
    Scores micro = Scores.ZERO;
    int mentions = 0;
    int keyEntities = 0;
    int responseEntities = 0;
    List<Outcome> outcomes = new ArrayList<>();
    for (Map.Entry<Integer, List<EcbPlusCorpus.Document>> topic : topics.entrySet()) {
      List<EcbPlusCorpus.Document> ordered = new ArrayList<>(topic.getValue());
      ordered.sort(Comparator.comparing(EcbPlusCorpus.Document::id));
      ResolverSetup.Session session = setup.open();
      Map<String, String> keyOf = new LinkedHashMap<>(); // mention ref → gold cluster
      Map<String, String> responseOf = new HashMap<>(); // mention ref → predicted entity
      for (EcbPlusCorpus.Document doc : ordered) {
        List<EcbPlusCorpus.Mention> ms = byDocument.getOrDefault(doc.id(), List.of());
        Predicate<EcbPlusCorpus.Mention> scored =
            m -> !setting.corefSentencesOnly() || doc.corefSentences().contains(m.sentence());
        List<Chain> chains = chains(doc, ms, setting.foldSameNameSingletons());
        List<LocalEntity> entities = new ArrayList<>();
        for (Chain c : chains) {
          if (resolves(c, setting)) {
            entities.add(c.toLocalEntity(doc, entities.size()));
          }
        }
        Map<Span, String> entityBySpan = new HashMap<>();
        if (!entities.isEmpty()) {
          ResolvedDocument rd =
              session.add(new DocumentAnalysis(article(doc), entities, List.of()));
          for (ResolvedMention rm : rd.mentions()) {
            entityBySpan.put(rm.span(), rm.entity());
          }
        }
        for (int i = 0; i < chains.size(); i++) {
          Chain c = chains.get(i);
          String local = "local:" + doc.id() + "#" + i;
          EcbPlusCorpus.Mention first = c.mentions().get(0);
          String entity =
              resolves(c, setting) ? entityBySpan.get(new Span(first.start(), first.end())) : null;
          // only chains the resolver saw, and that are scored, can be its errors
          if (entity != null && c.mentions().stream().anyMatch(scored)) {
            outcomes.add(
                new Outcome(
                    topic.getKey(),
                    c.name(),
                    c.mentions().stream()
                        .map(EcbPlusCorpus.Mention::instance)
                        .filter(Objects::nonNull)
                        .findFirst()
                        .orElse("singleton:" + doc.id() + "/" + first.id()),
                    entity,
                    c.mentions().size()));
          }
          for (EcbPlusCorpus.Mention m : c.mentions()) {
            if (!scored.test(m)) {
              continue;
            }
            String ref = doc.id() + "/" + m.id();
            keyOf.put(ref, m.instance() == null ? "singleton:" + ref : m.instance());
            String predicted =
                resolves(c, setting) ? entityBySpan.get(new Span(m.start(), m.end())) : null;
            responseOf.put(ref, predicted == null ? local : predicted);
          }
        }
      }
      Collection<List<String>> key = group(keyOf);
      Collection<List<String>> response = group(responseOf);
      Scores s = CorefMetrics.score(key, response);
      perTopic.put(topic.getKey(), s);
      micro = micro.plus(s);
      mentions += keyOf.size();
      keyEntities += key.size();
      responseEntities += response.size();
    }
    double macro = perTopic.values().stream().mapToDouble(Scores::conllF1).average().orElse(0);
    return new Result(
        setup.name(),
        setting,
        perTopic.size(),
        mentions,
        keyEntities,
        responseEntities,
        micro,
        macro,
        perTopic,
        errors(outcomes, Outcome::gold, Outcome::entity, " ≠ "),
        errors(outcomes, Outcome::entity, Outcome::gold, " + "));
  }

  /** What happened to one chain: its gold entity and the entity it was resolved to. */
  private record Outcome(int topic, String name, String gold, String entity, int mentions) {}

  /**
   * Groups of chains that share {@code same} but are split by {@code split}, described by the names
   * of the parts, most mentions first.
   */
  private static List<String> errors(
      List<Outcome> outcomes,
      Function<Outcome, String> same,
      Function<Outcome, String> split,
      String separator) {
    Map<String, Map<String, List<Outcome>>> groups = new LinkedHashMap<>();
    for (Outcome o : outcomes) {
      groups
          .computeIfAbsent(o.topic() + "|" + same.apply(o), k -> new LinkedHashMap<>())
          .computeIfAbsent(split.apply(o), k -> new ArrayList<>())
          .add(o);
    }
    List<Map.Entry<Integer, String>> found = new ArrayList<>();
    for (Map<String, List<Outcome>> parts : groups.values()) {
      if (parts.size() < 2) {
        continue;
      }
      int mentions = 0;
      int topic = 0;
      Map<String, Integer> names = new LinkedHashMap<>(); // part name → parts with that name
      for (List<Outcome> part : parts.values()) {
        Map<String, Integer> byName = new LinkedHashMap<>();
        for (Outcome o : part) {
          byName.merge(o.name(), o.mentions(), Integer::sum);
          mentions += o.mentions();
          topic = o.topic();
        }
        String top =
            byName.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse("?");
        names.merge(top, 1, Integer::sum);
      }
      List<String> described = new ArrayList<>();
      names.forEach((n, k) -> described.add("\"" + n + "\"" + (k > 1 ? " ×" + k : "")));
      found.add(
          Map.entry(
              mentions,
              "topic "
                  + topic
                  + ": "
                  + String.join(separator, described)
                  + ", "
                  + parts.size()
                  + " parts"));
    }
    found.sort(Map.Entry.<Integer, String>comparingByKey().reversed());
    return found.stream().map(e -> e.getValue() + " (" + e.getKey() + " mentions)").toList();
  }

  private static boolean resolves(Chain chain, Setting setting) {
    return chain.named() || setting.unnamed() == UnnamedChains.RESOLVE_BY_LONGEST_TEXT;
  }

  private static Collection<List<String>> group(Map<String, String> clusterOf) {
    Map<String, List<String>> clusters = new LinkedHashMap<>();
    clusterOf.forEach((ref, c) -> clusters.computeIfAbsent(c, k -> new ArrayList<>()).add(ref));
    return clusters.values();
  }

  /** The gold within-document chains of one document, ordered by first mention. */
  static List<Chain> chains(
      EcbPlusCorpus.Document doc, List<EcbPlusCorpus.Mention> mentions, boolean fold) {
    Map<String, List<EcbPlusCorpus.Mention>> groups = new LinkedHashMap<>();
    List<EcbPlusCorpus.Mention> sorted = new ArrayList<>(mentions);
    sorted.sort(
        Comparator.comparingInt(EcbPlusCorpus.Mention::start)
            .thenComparingInt(EcbPlusCorpus.Mention::end));
    for (EcbPlusCorpus.Mention m : sorted) {
      String chain = m.instance() == null ? "singleton:" + m.id() : m.instance();
      groups.computeIfAbsent(chain, k -> new ArrayList<>()).add(m);
    }
    List<Chain> chains = new ArrayList<>();
    for (List<EcbPlusCorpus.Mention> g : groups.values()) {
      chains.add(Chain.of(doc, g));
    }
    if (!fold) {
      return chains;
    }
    // the chain each proper name belongs to: a linked chain if one has it, else the first mention
    Map<String, Integer> home = new HashMap<>();
    for (int pass = 0; pass < 2; pass++) {
      for (int i = 0; i < chains.size(); i++) {
        Chain c = chains.get(i);
        boolean singleton = c.mentions().get(0).instance() == null;
        if (c.named() && singleton == (pass == 1)) {
          home.putIfAbsent(c.type() + "|" + NameKeys.exact(c.name()), i);
        }
      }
    }
    Map<Integer, List<EcbPlusCorpus.Mention>> merged = new LinkedHashMap<>();
    for (int i = 0; i < chains.size(); i++) {
      Chain c = chains.get(i);
      int target = i;
      if (c.named() && c.mentions().get(0).instance() == null) {
        target = home.get(c.type() + "|" + NameKeys.exact(c.name()));
      }
      merged.computeIfAbsent(target, k -> new ArrayList<>()).addAll(c.mentions());
    }
    List<Chain> folded = new ArrayList<>();
    for (List<EcbPlusCorpus.Mention> g : merged.values()) {
      g.sort(
          Comparator.comparingInt(EcbPlusCorpus.Mention::start)
              .thenComparingInt(EcbPlusCorpus.Mention::end));
      folded.add(Chain.of(doc, g));
    }
    folded.sort(Comparator.comparingInt(c -> c.mentions().get(0).start()));
    return folded;
  }

  /**
   * One gold within-document chain with the name and type it is given.
   *
   * @param mentions its mentions in text order
   * @param name the name the resolver sees
   * @param named whether the name comes from a proper-name mention
   * @param type the entity type of the naming mention's tag
   * @param acronym an all-capitals mention of the chain that abbreviates a longer name, if any
   */
  record Chain(
      List<EcbPlusCorpus.Mention> mentions,
      String name,
      boolean named,
      EntityType type,
      @Nullable String acronym) {

    static Chain of(EcbPlusCorpus.Document doc, List<EcbPlusCorpus.Mention> mentions) {
      String name = null;
      EcbPlusCorpus.Mention naming = null;
      for (EcbPlusCorpus.Mention m : mentions) {
        if (properName(doc, m)) {
          String n = clean(nameSpan(m.text()));
          if (name == null || n.length() > name.length()) {
            name = n;
            naming = m;
          }
        }
      }
      boolean named = naming != null;
      if (naming == null) {
        for (EcbPlusCorpus.Mention m : mentions) {
          if (naming == null || m.text().length() > naming.text().length()) {
            naming = m;
          }
        }
        naming = Objects.requireNonNull(naming);
        name = clean(naming.text());
      }
      name = Objects.requireNonNull(name);
      String acronym = null;
      if (named && SPACE.split(name).length > 1) {
        for (EcbPlusCorpus.Mention m : mentions) {
          String t = clean(m.text());
          if (ACRONYM.matcher(t).matches() && !t.equals(name)) {
            acronym = t;
            break;
          }
        }
      }
      return new Chain(mentions, name, named, typeOf(naming.kind()), acronym);
    }

    LocalEntity toLocalEntity(EcbPlusCorpus.Document doc, int index) {
      String articleId = Ids.documentFromGiven(doc.id());
      List<EntityMention> ems = new ArrayList<>();
      for (EcbPlusCorpus.Mention m : mentions) {
        Span span = new Span(m.start(), m.end());
        String text = span.of(doc.text());
        String link = ems.isEmpty() ? "canonical" : "gold-chain";
        ems.add(
            new EntityMention(
                new Provenance(articleId, span, "gold:ecbplus", "1.0"),
                text,
                typeOf(m.kind()),
                null,
                link));
      }
      return new LocalEntity(index, type, name.isEmpty() ? "?" : name, acronym, ems);
    }
  }

  /**
   * Whether a mention is a proper name: it has a capitalized token that is not a pronoun or
   * determiner and, when it opens the sentence, is not also written in lower case in the document
   * ("Police said…" next to "the police").
   */
  static boolean properName(EcbPlusCorpus.Document doc, EcbPlusCorpus.Mention m) {
    String[] tokens = SPACE.split(m.text().strip());
    boolean sentenceInitial = doc.sentenceStarts().contains(m.start());
    for (int i = 0; i < tokens.length; i++) {
      String t = tokens[i];
      if (t.isEmpty() || !Character.isUpperCase(t.charAt(0))) {
        continue;
      }
      String lower = t.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
      if (FUNCTION_WORDS.contains(lower)) {
        continue;
      }
      if (i == 0 && sentenceInitial && writtenInLowerCase(doc.text(), lower)) {
        continue;
      }
      return true;
    }
    return false;
  }

  private static boolean writtenInLowerCase(String text, String word) {
    if (word.isEmpty()) {
      return false;
    }
    return Pattern.compile("(?<![\\p{L}])" + Pattern.quote(word) + "(?![\\p{L}])")
        .matcher(text)
        .find();
  }

  /**
   * The part of a mention from its first to its last capitalized word, as a named-entity tagger
   * would delimit it ("stepmom Esther Williams" → "Esther Williams").
   */
  static String nameSpan(String text) {
    String[] tokens = SPACE.split(text.strip());
    int first = -1;
    int last = -1;
    for (int i = 0; i < tokens.length; i++) {
      String t = EDGE_PUNCTUATION.matcher(tokens[i]).replaceAll("");
      if (!t.isEmpty() && Character.isUpperCase(t.charAt(0))) {
        if (first < 0 && !FUNCTION_WORDS.contains(t.toLowerCase(Locale.ROOT))) {
          first = i;
        }
        if (first >= 0) {
          last = i;
        }
      }
    }
    if (first < 0) {
      return text;
    }
    return String.join(" ", Arrays.asList(tokens).subList(first, last + 1));
  }

  /** The name as the extractor would give it: no possessive ending, no honorific. */
  static String clean(String text) {
    String s = SPACE.matcher(text.strip()).replaceAll(" ");
    s = LEADING_QUOTES.matcher(s).replaceAll("");
    s = TRAILING_QUOTES.matcher(s).replaceAll("");
    s = POSSESSIVE.matcher(s).replaceFirst("");
    s = HONORIFIC.matcher(s).replaceFirst("");
    return s.strip();
  }

  static EntityType typeOf(String kind) {
    switch (kind) {
      case "HUMAN_PART_PER":
      case "HUMAN_PART_GENERIC":
        return EntityType.PERSON;
      case "HUMAN_PART_ORG":
      case "HUMAN_PART_MET":
        return EntityType.ORGANIZATION;
      case "HUMAN_PART_GPE":
      case "HUMAN_PART_FAC":
        return EntityType.LOCATION;
      default:
        return EntityType.MISC;
    }
  }

  private static Article article(EcbPlusCorpus.Document doc) {
    return new Article(
        Ids.documentFromGiven(doc.id()),
        "ecbplus:" + doc.id(),
        null,
        null,
        null,
        PublishedBasis.UNKNOWN,
        "en",
        doc.text(),
        List.of(),
        null,
        Ids.sha256(doc.text()),
        null);
  }
}
