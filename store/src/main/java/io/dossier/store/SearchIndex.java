// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.store;

import io.dossier.model.Article;
import io.dossier.model.EntityHead;
import io.dossier.model.StorageException;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene full-text index of a store: derived data, rebuilt from the database whenever it lags.
 *
 * <p>Each Lucene commit records in its user data the ingest sequence number up to which every
 * document (and every entity those documents touched) is in the index, the curation sequence number
 * up to which every curator's decision is reflected, and the index layout version. Updates replace
 * by a unique {@code key} term, so indexing something twice never duplicates it. The open {@link
 * IndexWriter} holds {@code write.lock}, which also keeps a second process from opening the same
 * store. Searches use near-real-time readers, so they see updates before the next Lucene commit.
 */
final class SearchIndex implements Closeable {

  private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

  /** Layout of the indexed fields; change it whenever they change, to force a rebuild. */
  static final String LAYOUT = "1";

  private static final String SEQ_KEY = "dossier.indexed-seq";
  private static final String CURATION_KEY = "dossier.curated-seq";
  private static final String LAYOUT_KEY = "dossier.index-layout";
  private static final String STORE_KEY = "dossier.store";

  private static final String KEY = "key";
  private static final String KIND = "kind";
  private static final String ID = "id";
  private static final String LABEL = "label";
  private static final String TITLE = "title";
  private static final String TEXT = "text";
  private static final String OUTLET = "outlet";
  private static final String NAME = "name";
  private static final String ALIAS = "alias";
  private static final String TYPE = "type";

  /** Searched fields and their weights: names and titles count more than body text. */
  private static final Map<String, Float> FIELD_BOOSTS =
      Map.of(NAME, 3f, ALIAS, 2f, TITLE, 2f, TEXT, 1f, OUTLET, 0.5f);

  /** Fields where a whole-phrase match earns a bonus. */
  private static final List<String> PHRASE_FIELDS = List.of(NAME, ALIAS, TITLE, TEXT);

  /** Fields where near spellings ({@code Hafter} for {@code Haftar}) match, with less weight. */
  private static final List<String> FUZZY_FIELDS = List.of(NAME, ALIAS);

  /** Caps keep any user query far below Lucene's limit of 1024 clauses. */
  private static final int MAX_QUERY_TERMS = 32;

  private static final int MAX_FUZZY_TERMS = 8;
  private static final int FUZZY_EXPANSIONS = 10;
  private static final int FUZZY_MIN_LENGTH = 5;
  private static final int LABEL_LENGTH = 80;
  private static final Set<String> HIT_FIELDS = Set.of(KIND, ID, LABEL);

  private final Path path;
  private final Directory directory;
  private final Analyzer analyzer;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final String store;
  private final long committedSeq;
  private final long committedCurationSeq;

  private SearchIndex(
      Path path, Directory directory, Analyzer analyzer, IndexWriter writer, String store)
      throws IOException {
    this.path = path;
    this.directory = directory;
    this.analyzer = analyzer;
    this.writer = writer;
    this.store = store;
    Map<String, String> data = commitData(writer);
    // an index of another database (a cache kept for a server that was replaced) starts over
    this.committedSeq =
        store.equals(data.getOrDefault(STORE_KEY, "")) ? readCommittedSeq(data) : -1;
    this.committedCurationSeq = readCommittedCurationSeq(data);
    this.searchers = new SearcherManager(writer, null);
  }

  /**
   * Opens the index in {@code path}, creating it if missing; an unreadable index (corrupt, or
   * written by another Lucene version) is emptied, so that {@link #committedSeq()} asks for a full
   * rebuild.
   *
   * @param store identifies the database the index is derived from: an index recorded for another
   *     one asks for a full rebuild too ({@code ""} where the index lives beside its database)
   * @throws StorageException if another process holds the index, or it cannot be created
   */
  static SearchIndex open(Path path, String store) {
    SearchIndex index = openUnlessLocked(path, store);
    if (index == null) {
      throw new StorageException(
          "Store "
              + path.getParent()
              + " is in use: "
              + path.resolve(IndexWriter.WRITE_LOCK_NAME)
              + " is held by another Dossier process or store instance; close that one first");
    }
    return index;
  }

  /** As {@link #open}, but null when another process or instance holds the index. */
  static @Nullable SearchIndex openUnlessLocked(Path path, String store) {
    FSDirectory directory;
    try {
      Files.createDirectories(path);
      directory = FSDirectory.open(path);
    } catch (IOException e) {
      throw new StorageException(
          "Cannot open the search index " + path + ": " + e + "; check that the folder is writable",
          e);
    }
    Analyzer analyzer = new FoldingAnalyzer();
    try {
      return openWriter(
          path, directory, analyzer, IndexWriterConfig.OpenMode.CREATE_OR_APPEND, store);
    } catch (LockObtainFailedException e) {
      closeAfterFailure(directory, analyzer, e);
      return null;
    } catch (IOException unreadable) {
      log.warn(
          "Search index {} is unreadable and is rebuilt from the database: {}",
          path,
          unreadable.toString());
      try {
        for (String file : directory.listAll()) {
          directory.deleteFile(file);
        }
        return openWriter(path, directory, analyzer, IndexWriterConfig.OpenMode.CREATE, store);
      } catch (IOException e) {
        e.addSuppressed(unreadable);
        closeAfterFailure(directory, analyzer, e);
        throw new StorageException(
            "Cannot recreate the search index "
                + path
                + ": "
                + e
                + "; delete that folder and open the store again",
            e);
      }
    }
  }

  private static SearchIndex openWriter(
      Path path,
      Directory directory,
      Analyzer analyzer,
      IndexWriterConfig.OpenMode mode,
      String store)
      throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(mode);
    IndexWriter writer = new IndexWriter(directory, config);
    try {
      return new SearchIndex(path, directory, analyzer, writer, store);
    } catch (IOException | RuntimeException e) {
      try {
        writer.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  private static void closeAfterFailure(Directory directory, Analyzer analyzer, Exception failure) {
    analyzer.close();
    try {
      directory.close();
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }

  private static Map<String, String> commitData(IndexWriter writer) {
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    Map<String, String> values = new HashMap<>();
    if (data != null) {
      data.forEach(entry -> values.put(entry.getKey(), entry.getValue()));
    }
    return values;
  }

  private static long readCommittedSeq(Map<String, String> values) {
    String seq = values.get(SEQ_KEY);
    if (seq == null || !LAYOUT.equals(values.get(LAYOUT_KEY))) {
      return -1;
    }
    try {
      return Long.parseLong(seq);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** An index written before curation existed covers no decision: 0 then. */
  private static long readCommittedCurationSeq(Map<String, String> values) {
    String seq = values.get(CURATION_KEY);
    if (seq == null) {
      return 0;
    }
    try {
      return Long.parseLong(seq);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** The folder of the index. */
  Path path() {
    return path;
  }

  /**
   * The ingest sequence number up to which the last Lucene commit (as found when opening) covers
   * every document; {@code -1} when the index is new, unreadable or of another layout and must be
   * rebuilt from scratch.
   */
  long committedSeq() {
    return committedSeq;
  }

  /**
   * The curation sequence number up to which the last Lucene commit (as found when opening)
   * reflects every curator's decision; {@code -1} when unreadable.
   */
  long committedCurationSeq() {
    return committedCurationSeq;
  }

  /** Removes everything, before a full rebuild. */
  void clear() throws IOException {
    writer.deleteAll();
  }

  /** Adds or replaces a document. */
  void putDocument(Article article) throws IOException {
    Document doc = new Document();
    doc.add(new StringField(KEY, SearchHit.DOCUMENT + ":" + article.id(), Field.Store.NO));
    doc.add(new StringField(KIND, SearchHit.DOCUMENT, Field.Store.YES));
    doc.add(new StringField(ID, article.id(), Field.Store.YES));
    doc.add(new StoredField(LABEL, documentLabel(article)));
    if (article.title() != null) {
      doc.add(new TextField(TITLE, article.title(), Field.Store.NO));
    }
    doc.add(new TextField(TEXT, article.text(), Field.Store.NO));
    if (article.outlet() != null) {
      doc.add(new TextField(OUTLET, article.outlet(), Field.Store.NO));
    }
    writer.updateDocument(new Term(KEY, SearchHit.DOCUMENT + ":" + article.id()), doc);
  }

  /** Adds or replaces an entity with all the surface forms it is known by. */
  void putEntity(EntityHead entity, Collection<String> aliases) throws IOException {
    Document doc = new Document();
    doc.add(new StringField(KEY, SearchHit.ENTITY + ":" + entity.id(), Field.Store.NO));
    doc.add(new StringField(KIND, SearchHit.ENTITY, Field.Store.YES));
    doc.add(new StringField(ID, entity.id(), Field.Store.YES));
    doc.add(new StringField(TYPE, entity.type().name(), Field.Store.NO));
    doc.add(new StoredField(LABEL, entity.name()));
    doc.add(new TextField(NAME, entity.name(), Field.Store.NO));
    for (String alias : aliases) {
      doc.add(new TextField(ALIAS, alias, Field.Store.NO));
    }
    writer.updateDocument(new Term(KEY, SearchHit.ENTITY + ":" + entity.id()), doc);
  }

  /** Removes an entity (one merged into another); nothing happens if it is not indexed. */
  void deleteEntity(String id) throws IOException {
    writer.deleteDocuments(new Term(KEY, SearchHit.ENTITY + ":" + id));
  }

  /**
   * Makes everything added so far durable, recording that it covers documents up to {@code seq} and
   * curation decisions up to {@code curationSeq}.
   */
  void commit(long seq, long curationSeq) throws IOException {
    writer.setLiveCommitData(
        Map.of(
                SEQ_KEY,
                Long.toString(seq),
                CURATION_KEY,
                Long.toString(curationSeq),
                LAYOUT_KEY,
                LAYOUT,
                STORE_KEY,
                store)
            .entrySet());
    writer.commit();
  }

  /** Best hits first; never fails on the content of {@code text}. */
  List<SearchHit> search(String text, int limit) throws IOException {
    Query query = queryFor(text);
    if (query == null) {
      return List.of();
    }
    searchers.maybeRefresh();
    IndexSearcher searcher = searchers.acquire();
    try {
      TopDocs top = searcher.search(query, limit);
      StoredFields stored = searcher.storedFields();
      List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
      for (ScoreDoc scoreDoc : top.scoreDocs) {
        Document doc = stored.document(scoreDoc.doc, HIT_FIELDS);
        hits.add(new SearchHit(doc.get(KIND), doc.get(ID), doc.get(LABEL), scoreDoc.score));
      }
      return hits;
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * Builds the query from the analyzed words of {@code text}, without any query syntax: Lucene
   * operators and special characters in user input are plain text. Null when there are no words.
   */
  @Nullable Query queryFor(String text) {
    List<String> terms = analyze(text);
    if (terms.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (Map.Entry<String, Float> field : FIELD_BOOSTS.entrySet()) {
      for (String term : terms) {
        query.add(
            new BoostQuery(new TermQuery(new Term(field.getKey(), term)), field.getValue()),
            BooleanClause.Occur.SHOULD);
      }
    }
    if (terms.size() > 1) {
      for (String field : PHRASE_FIELDS) {
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        terms.forEach(term -> phrase.add(new Term(field, term)));
        query.add(
            new BoostQuery(phrase.build(), FIELD_BOOSTS.get(field)), BooleanClause.Occur.SHOULD);
      }
    }
    int fuzzy = 0;
    for (String term : terms) {
      if (term.length() < FUZZY_MIN_LENGTH || fuzzy++ >= MAX_FUZZY_TERMS) {
        continue;
      }
      int edits = term.length() >= 8 ? 2 : 1;
      for (String field : FUZZY_FIELDS) {
        Query near = new FuzzyQuery(new Term(field, term), edits, 0, FUZZY_EXPANSIONS, true);
        query.add(new BoostQuery(near, 0.3f * FIELD_BOOSTS.get(field)), BooleanClause.Occur.SHOULD);
      }
    }
    return query.build();
  }

  private List<String> analyze(String text) {
    Set<String> terms = new LinkedHashSet<>();
    try (TokenStream stream = analyzer.tokenStream(TEXT, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (terms.size() < MAX_QUERY_TERMS && stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      // analysis of an in-memory string does no I/O
      throw new UncheckedIOException("analysis of a query string failed", e);
    }
    return List.copyOf(terms);
  }

  private static String documentLabel(Article article) {
    if (article.title() != null && !article.title().isBlank()) {
      return article.title().strip();
    }
    String text = article.text().strip().replaceAll("\\s+", " ");
    if (text.isEmpty()) {
      return article.id();
    }
    if (text.length() <= LABEL_LENGTH) {
      return text;
    }
    int end =
        Character.isHighSurrogate(text.charAt(LABEL_LENGTH - 1)) ? LABEL_LENGTH - 1 : LABEL_LENGTH;
    return text.substring(0, end) + "…";
  }

  /** Closes searchers and writer without committing; call {@link #commit} first. */
  @Override
  public void close() throws IOException {
    try {
      searchers.close();
    } finally {
      try {
        writer.rollback();
      } finally {
        try {
          directory.close();
        } finally {
          analyzer.close();
        }
      }
    }
  }
}
