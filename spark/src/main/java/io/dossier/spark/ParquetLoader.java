// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.spark;

import io.dossier.model.Article;
import io.dossier.model.Claim;
import io.dossier.model.ClaimMention;
import io.dossier.model.ConfigException;
import io.dossier.model.DocumentAnalysis;
import io.dossier.model.EntityHead;
import io.dossier.model.EntityKey;
import io.dossier.model.EntityType;
import io.dossier.model.Event;
import io.dossier.model.EventMention;
import io.dossier.model.Geocode;
import io.dossier.model.PublishedBasis;
import io.dossier.model.Relation;
import io.dossier.model.ResolvedDocument;
import io.dossier.model.ResolvedMention;
import io.dossier.model.Span;
import io.dossier.model.TimeExpression;
import io.dossier.store.DerivedState;
import io.dossier.store.KnowledgeBase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Loads the Parquet tables of a batch run ({@link Tables}) into a store through {@link
 * KnowledgeBase}: every document in input order with its entities, mentions, keys, time expressions
 * and event and claim mentions, committed one by one as {@code dossier ingest} commits them, then
 * the merged events and linked claims of the run as the store's derived tables.
 *
 * <p>The run resolved its entities against each other only, so the target must be empty (or already
 * hold exactly this run: loading again is a no-op). To add a corpus to a store that holds other
 * documents, ingest it.
 */
public final class ParquetLoader {
  private final SparkSession spark;

  public ParquetLoader(SparkSession spark) {
    this.spark = Objects.requireNonNull(spark, "spark");
  }

  /** What a load did. */
  public record Result(long documents, long events, long claims, boolean alreadyLoaded) {}

  /** Loads the tables under {@code dir} into {@code kb}. */
  public Result load(String dir, KnowledgeBase kb) throws java.io.IOException {
    requireTables(dir);
    for (String table : Tables.ALL) {
      spark.read().parquet(dir + "/" + table).createOrReplaceTempView("dossier_" + table);
    }
    long documents = spark.table("dossier_" + Tables.DOCUMENTS).count();
    if (kb.documentCount() > 0) {
      List<String> ids =
          spark
              .table("dossier_" + Tables.DOCUMENTS)
              .select("id")
              .as(org.apache.spark.sql.Encoders.STRING())
              .collectAsList();
      if (kb.documentCount() == ids.size() && ids.stream().allMatch(kb::containsDocument)) {
        return new Result(documents, kb.eventCount(), kb.claimCount(), true);
      }
      throw new ConfigException(
          "the store already holds "
              + kb.documentCount()
              + " other documents; load a Spark run into a new store, or add the inputs with"
              + " 'dossier ingest'");
    }
    Dataset<Row> joined =
        spark.sql(
            "SELECT d.*, m.items AS mention_items, k.items AS key_items, t.items AS time_items,"
                + " e.items AS entity_items, em.items AS event_items, cm.items AS claim_items"
                + " FROM dossier_documents d"
                + " LEFT JOIN (SELECT seq, collect_list(struct(ord, entity, start, `end`, text,"
                + " title, rule)) items FROM dossier_mentions GROUP BY seq) m ON d.seq = m.seq"
                + " LEFT JOIN (SELECT seq, collect_list(struct(ord, type, key, entity)) items"
                + " FROM dossier_keys GROUP BY seq) k ON d.seq = k.seq"
                + " LEFT JOIN (SELECT seq, collect_list(struct(ord, start, `end`, text, type,"
                + " value)) items FROM dossier_times GROUP BY seq) t ON d.seq = t.seq"
                + " LEFT JOIN (SELECT seq, collect_list(struct(ord, id, type, name)) items"
                + " FROM dossier_entities GROUP BY seq) e ON d.seq = e.seq"
                + " LEFT JOIN (SELECT seq, collect_list(struct(ord, body, geocode)) items"
                + " FROM dossier_event_mentions GROUP BY seq) em ON d.seq = em.seq"
                + " LEFT JOIN (SELECT seq, collect_list(struct(ord, body)) items"
                + " FROM dossier_claim_mentions GROUP BY seq) cm ON d.seq = cm.seq"
                + " ORDER BY d.seq");
    Iterator<Row> rows = joined.toLocalIterator();
    while (rows.hasNext()) {
      Row row = rows.next();
      ResolvedDocument doc = document(row);
      int[] signature = ints(row, "signature");
      List<String> bands = strings(row, "bands");
      kb.commit(doc, signature, bands);
    }
    List<Event> events = new ArrayList<>();
    for (Row r : bodies(Tables.EVENTS)) {
      events.add(Codec.read(r.getAs("body"), Event.class));
    }
    List<Claim> claims = new ArrayList<>();
    for (Row r : bodies(Tables.CLAIMS)) {
      claims.add(Codec.read(r.getAs("body"), Claim.class));
    }
    List<Relation> relations = new ArrayList<>();
    for (Row r : bodies(Tables.RELATIONS)) {
      relations.add(Codec.read(r.getAs("body"), Relation.class));
    }
    DerivedState state = kb.derivedState();
    kb.replaceDerived(events, claims, relations, state.documents(), state.curations());
    return new Result(documents, events.size(), claims.size(), false);
  }

  /** Fails with a one-line message unless {@code dir} holds every table of a batch run. */
  void requireTables(String dir) throws java.io.IOException {
    org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(dir);
    FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
    for (String table : Tables.ALL) {
      if (!fs.exists(new org.apache.hadoop.fs.Path(root, table))) {
        throw new ConfigException(
            "no Parquet table '"
                + table
                + "' in "
                + dir
                + "; --parquet must name the --out folder of a 'dossier spark' run");
      }
    }
  }

  private List<Row> bodies(String table) {
    return spark.table("dossier_" + table).orderBy("ord").select("body").collectAsList();
  }

  private static ResolvedDocument document(Row row) {
    String id = row.getAs("id");
    String published = row.getAs("published");
    Article article =
        new Article(
            id,
            row.getAs("source"),
            row.getAs("outlet"),
            row.getAs("title"),
            published == null ? null : LocalDate.parse(published),
            PublishedBasis.valueOf(row.getAs("published_basis")),
            row.getAs("language"),
            row.getAs("text"),
            strings(row, "removed"),
            row.getAs("url"),
            row.getAs("content_hash"),
            row.getAs("duplicate_of"));
    List<ResolvedMention> mentions = new ArrayList<>();
    for (Row m : items(row, "mention_items")) {
      mentions.add(
          new ResolvedMention(
              m.getAs("entity"),
              id,
              new Span(m.<Integer>getAs("start"), m.<Integer>getAs("end")),
              m.getAs("text"),
              m.getAs("title"),
              m.getAs("rule")));
    }
    List<EntityKey> keys = new ArrayList<>();
    for (Row k : items(row, "key_items")) {
      keys.add(
          new EntityKey(k.getAs("key"), EntityType.valueOf(k.getAs("type")), k.getAs("entity")));
    }
    List<TimeExpression> times = new ArrayList<>();
    for (Row t : items(row, "time_items")) {
      times.add(
          new TimeExpression(
              new Span(t.<Integer>getAs("start"), t.<Integer>getAs("end")),
              t.getAs("text"),
              t.getAs("type"),
              t.getAs("value")));
    }
    List<EntityHead> created = new ArrayList<>();
    for (Row e : items(row, "entity_items")) {
      created.add(
          new EntityHead(e.getAs("id"), EntityType.valueOf(e.getAs("type")), e.getAs("name")));
    }
    List<EventMention> events = new ArrayList<>();
    Map<Integer, Geocode> geocodes = new HashMap<>();
    for (Row e : items(row, "event_items")) {
      String geocode = e.getAs("geocode");
      if (geocode != null) {
        geocodes.put(events.size(), Codec.read(geocode, Geocode.class));
      }
      events.add(Codec.read(e.getAs("body"), EventMention.class));
    }
    List<ClaimMention> claims = new ArrayList<>();
    for (Row c : items(row, "claim_items")) {
      claims.add(Codec.read(c.getAs("body"), ClaimMention.class));
    }
    // the within-article entities are not kept: the store keeps only what resolution made of them
    DocumentAnalysis analysis = new DocumentAnalysis(article, List.of(), times, events, claims);
    return new ResolvedDocument(analysis, created, mentions, keys, geocodes);
  }

  /** The structs of an aggregated column, by their {@code ord}; empty for none. */
  private static List<Row> items(Row row, String column) {
    int i = row.fieldIndex(column);
    if (row.isNullAt(i)) {
      return List.of();
    }
    List<Row> list = new ArrayList<>(row.<Row>getList(i));
    list.sort(Comparator.comparingInt(r -> r.<Integer>getAs("ord")));
    return list;
  }

  private static List<String> strings(Row row, String column) {
    int i = row.fieldIndex(column);
    return row.isNullAt(i) ? List.of() : List.copyOf(row.<String>getList(i));
  }

  private static int[] ints(Row row, String column) {
    int index = row.fieldIndex(column);
    if (row.isNullAt(index)) {
      return new int[0];
    }
    List<Integer> list = row.getList(index);
    int[] out = new int[list.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = list.get(i);
    }
    return out;
  }
}
