// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.spark;

import io.dossier.ingest.dedup.MinHash;
import io.dossier.model.Article;
import io.dossier.model.Claim;
import io.dossier.model.EntityHead;
import io.dossier.model.EntityKey;
import io.dossier.model.Event;
import io.dossier.model.Geocode;
import io.dossier.model.Relation;
import io.dossier.model.ResolvedDocument;
import io.dossier.model.ResolvedMention;
import io.dossier.model.TimeExpression;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

/**
 * The Parquet tables of a batch run, one folder each under the output folder. Flat columns for what
 * analytics filter on; nested model records (an event mention, a merged event, a claim) as their
 * JSON in a {@code body} column, in the shape the store keeps them. {@code seq} is the document's
 * place in input order (the store's ingest order) and {@code ord} an item's place in its document
 * or table.
 *
 * <ul>
 *   <li>{@code documents}: the article fields of {@code documents.jsonl}, plus {@code seq}, {@code
 *       url}, {@code content_hash}, {@code published_basis} (enum name) and the near-duplicate
 *       {@code signature} and {@code bands};
 *   <li>{@code entities}: {@code id, type, name}, the creating {@code document}, {@code seq},
 *       {@code ord}, {@code mentions}, {@code documents} and {@code aliases} (name, mentions,
 *       rule);
 *   <li>{@code mentions}: every resolved mention ({@code entity, document, start, end, text, title,
 *       rule});
 *   <li>{@code keys}: the blocking keys each document registers for its entities;
 *   <li>{@code times}: normalized time expressions;
 *   <li>{@code event_mentions}, {@code claim_mentions}: per-document facts ({@code body} JSON,
 *       {@code geocode} JSON);
 *   <li>{@code events}, {@code claims}: merged events and linked claims ({@code body} JSON);
 *   <li>{@code relations}: relations between entities ({@code id, subject, predicate, object,
 *       sources}, {@code body} JSON).
 * </ul>
 */
final class Tables {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Tables.class);

  static final String DOCUMENTS = "documents";
  static final String ENTITIES = "entities";
  static final String MENTIONS = "mentions";
  static final String KEYS = "keys";
  static final String TIMES = "times";
  static final String EVENT_MENTIONS = "event_mentions";
  static final String CLAIM_MENTIONS = "claim_mentions";
  static final String EVENTS = "events";
  static final String CLAIMS = "claims";
  static final String RELATIONS = "relations";

  /** Every table, in the order written. */
  static final List<String> ALL =
      List.of(
          DOCUMENTS,
          ENTITIES,
          MENTIONS,
          KEYS,
          TIMES,
          EVENT_MENTIONS,
          CLAIM_MENTIONS,
          EVENTS,
          CLAIMS,
          RELATIONS);

  private static final DataType STRING = DataTypes.StringType;
  private static final DataType LONG = DataTypes.LongType;
  private static final DataType INT = DataTypes.IntegerType;

  static final StructType DOCUMENTS_SCHEMA =
      schema(
          field("seq", LONG, false),
          field("id", STRING, false),
          field("source", STRING, false),
          field("outlet", STRING, true),
          field("title", STRING, true),
          field("published", STRING, true),
          field("published_basis", STRING, false),
          field("language", STRING, false),
          field("text", STRING, false),
          field("removed", DataTypes.createArrayType(STRING, false), false),
          field("url", STRING, true),
          field("content_hash", STRING, false),
          field("duplicate_of", STRING, true),
          field("signature", DataTypes.createArrayType(INT, false), false),
          field("bands", DataTypes.createArrayType(STRING, false), false));

  static final StructType ALIAS_SCHEMA =
      schema(
          field("name", STRING, false),
          field("mentions", INT, false),
          field("rule", STRING, false));

  static final StructType ENTITIES_SCHEMA =
      schema(
          field("id", STRING, false),
          field("type", STRING, false),
          field("name", STRING, false),
          field("document", STRING, false),
          field("seq", LONG, false),
          field("ord", INT, false),
          field("mentions", INT, false),
          field("documents", DataTypes.createArrayType(STRING, false), false),
          field("aliases", DataTypes.createArrayType(ALIAS_SCHEMA, false), false));

  static final StructType MENTIONS_SCHEMA =
      schema(
          field("entity", STRING, false),
          field("document", STRING, false),
          field("seq", LONG, false),
          field("ord", INT, false),
          field("start", INT, false),
          field("end", INT, false),
          field("text", STRING, false),
          field("title", STRING, true),
          field("rule", STRING, false));

  static final StructType KEYS_SCHEMA =
      schema(
          field("document", STRING, false),
          field("seq", LONG, false),
          field("ord", INT, false),
          field("type", STRING, false),
          field("key", STRING, false),
          field("entity", STRING, false));

  static final StructType TIMES_SCHEMA =
      schema(
          field("document", STRING, false),
          field("seq", LONG, false),
          field("ord", INT, false),
          field("start", INT, false),
          field("end", INT, false),
          field("text", STRING, false),
          field("type", STRING, false),
          field("value", STRING, true));

  static final StructType EVENT_MENTIONS_SCHEMA =
      schema(
          field("document", STRING, false),
          field("seq", LONG, false),
          field("ord", INT, false),
          field("type", STRING, false),
          field("body", STRING, false),
          field("geocode", STRING, true));

  static final StructType CLAIM_MENTIONS_SCHEMA =
      schema(
          field("document", STRING, false),
          field("seq", LONG, false),
          field("ord", INT, false),
          field("body", STRING, false));

  static final StructType EVENTS_SCHEMA =
      schema(
          field("id", STRING, false),
          field("ord", INT, false),
          field("type", STRING, false),
          field("body", STRING, false));

  static final StructType CLAIMS_SCHEMA =
      schema(
          field("id", STRING, false),
          field("ord", INT, false),
          field("document", STRING, false),
          field("kind", STRING, false),
          field("body", STRING, false));

  static final StructType RELATIONS_SCHEMA =
      schema(
          field("id", STRING, false),
          field("ord", INT, false),
          field("subject", STRING, false),
          field("predicate", STRING, false),
          field("object", STRING, false),
          field("sources", DataTypes.createArrayType(STRING, false), false),
          field("body", STRING, false));

  /** Rows per task when a table built in the driver is written (events, claims). */
  private static final int DRIVER_SLICE = 2_000;

  private final SparkSession spark;

  Tables(SparkSession spark) {
    this.spark = spark;
  }

  /** Writes every table under {@code out}; returns the rows per table. */
  Map<String, Long> write(
      JavaRDD<BatchJob.Resolved> resolved, FactsInDriver.Merged merged, String out) {
    Map<String, Long> rows = new LinkedHashMap<>();
    rows.put(
        DOCUMENTS,
        save(resolved.flatMap(rowsOf(Tables::documentRows)), DOCUMENTS_SCHEMA, out, DOCUMENTS));
    rows.put(ENTITIES, save(entityRows(resolved), ENTITIES_SCHEMA, out, ENTITIES));
    rows.put(
        MENTIONS,
        save(resolved.flatMap(rowsOf(Tables::mentionRows)), MENTIONS_SCHEMA, out, MENTIONS));
    rows.put(KEYS, save(resolved.flatMap(rowsOf(Tables::keyRows)), KEYS_SCHEMA, out, KEYS));
    rows.put(TIMES, save(resolved.flatMap(rowsOf(Tables::timeRows)), TIMES_SCHEMA, out, TIMES));
    rows.put(
        EVENT_MENTIONS,
        save(
            resolved.flatMap(rowsOf(Tables::eventMentionRows)),
            EVENT_MENTIONS_SCHEMA,
            out,
            EVENT_MENTIONS));
    rows.put(
        CLAIM_MENTIONS,
        save(
            resolved.flatMap(rowsOf(Tables::claimMentionRows)),
            CLAIM_MENTIONS_SCHEMA,
            out,
            CLAIM_MENTIONS));
    List<Row> events = new ArrayList<>();
    for (Event e : merged.events()) {
      events.add(RowFactory.create(e.id(), events.size(), e.type().name(), Codec.write(e)));
    }
    rows.put(EVENTS, save(events, EVENTS_SCHEMA, out, EVENTS));
    List<Row> claims = new ArrayList<>();
    for (Claim c : merged.claims()) {
      claims.add(
          RowFactory.create(
              c.id(), claims.size(), c.document(), c.mention().kind().name(), Codec.write(c)));
    }
    rows.put(CLAIMS, save(claims, CLAIMS_SCHEMA, out, CLAIMS));
    List<Row> relations = new ArrayList<>();
    for (Relation r : merged.relations()) {
      relations.add(
          RowFactory.create(
              r.id(),
              relations.size(),
              r.subject(),
              r.predicate().wire(),
              r.object(),
              r.sources().toArray(new String[0]),
              Codec.write(r)));
    }
    rows.put(RELATIONS, save(relations, RELATIONS_SCHEMA, out, RELATIONS));
    return rows;
  }

  private long save(JavaRDD<Row> rows, StructType schema, String out, String table) {
    LongAccumulator written = spark.sparkContext().longAccumulator(table);
    Dataset<Row> frame =
        spark.createDataFrame(
            rows.map(
                r -> {
                  written.add(1);
                  return r;
                }),
            schema);
    long t0 = System.nanoTime();
    frame.write().parquet(out + "/" + table);
    LOG.debug("Wrote {} in {} ms", table, (System.nanoTime() - t0) / 1_000_000);
    return written.value();
  }

  /** Rows built in the driver, shipped in slices of at most {@value #DRIVER_SLICE} rows. */
  private long save(List<Row> rows, StructType schema, String out, String table) {
    long t0 = System.nanoTime();
    int slices = Math.max(1, (rows.size() + DRIVER_SLICE - 1) / DRIVER_SLICE);
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    spark.createDataFrame(jsc.parallelize(rows, slices), schema).write().parquet(out + "/" + table);
    LOG.debug("Wrote {} in {} ms", table, (System.nanoTime() - t0) / 1_000_000);
    return rows.size();
  }

  /** Rows of one resolved document. */
  private interface RowsOf extends Serializable {
    List<Row> rows(long seq, ResolvedDocument doc, int[] signature);
  }

  private static FlatMapFunction<BatchJob.Resolved, Row> rowsOf(RowsOf f) {
    return r -> f.rows(r.seq, r.document(), r.signature).iterator();
  }

  private static List<Row> documentRows(long seq, ResolvedDocument doc, int[] signature) {
    Article a = doc.article();
    return List.of(
        RowFactory.create(
            seq,
            a.id(),
            a.source(),
            a.outlet(),
            a.title(),
            a.published() == null ? null : a.published().toString(),
            a.publishedBasis().name(),
            a.language(),
            a.text(),
            a.removed().toArray(new String[0]),
            a.url(),
            a.contentHash(),
            a.duplicateOf(),
            boxed(signature),
            MinHash.bands(signature).toArray(new String[0])));
  }

  private static Integer[] boxed(int[] values) {
    Integer[] out = new Integer[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = values[i];
    }
    return out;
  }

  private static List<Row> mentionRows(long seq, ResolvedDocument doc, int[] signature) {
    List<Row> out = new ArrayList<>();
    for (ResolvedMention m : doc.mentions()) {
      out.add(
          RowFactory.create(
              m.entity(),
              m.document(),
              seq,
              out.size(),
              m.span().start(),
              m.span().end(),
              m.text(),
              m.title(),
              m.rule()));
    }
    return out;
  }

  private static List<Row> keyRows(long seq, ResolvedDocument doc, int[] signature) {
    List<Row> out = new ArrayList<>();
    for (EntityKey k : doc.keys()) {
      out.add(
          RowFactory.create(
              doc.article().id(), seq, out.size(), k.type().name(), k.key(), k.entity()));
    }
    return out;
  }

  private static List<Row> timeRows(long seq, ResolvedDocument doc, int[] signature) {
    List<Row> out = new ArrayList<>();
    for (TimeExpression t : doc.analysis().times()) {
      out.add(
          RowFactory.create(
              doc.article().id(),
              seq,
              out.size(),
              t.span().start(),
              t.span().end(),
              t.text(),
              t.type(),
              t.value()));
    }
    return out;
  }

  private static List<Row> eventMentionRows(long seq, ResolvedDocument doc, int[] signature) {
    List<Row> out = new ArrayList<>();
    for (int i = 0; i < doc.analysis().events().size(); i++) {
      Geocode geocode = doc.geocodes().get(i);
      out.add(
          RowFactory.create(
              doc.article().id(),
              seq,
              i,
              doc.analysis().events().get(i).type().name(),
              Codec.write(doc.analysis().events().get(i)),
              geocode == null ? null : Codec.write(geocode)));
    }
    return out;
  }

  private static List<Row> claimMentionRows(long seq, ResolvedDocument doc, int[] signature) {
    List<Row> out = new ArrayList<>();
    for (int i = 0; i < doc.analysis().claims().size(); i++) {
      out.add(
          RowFactory.create(
              doc.article().id(), seq, i, Codec.write(doc.analysis().claims().get(i))));
    }
    return out;
  }

  /** A mention as the entity table aggregates it. */
  private record Seen(long seq, int start, String document, String text, String rule)
      implements Serializable {}

  /** A created entity: its head, where it was created and its place there. */
  private record Created(String type, String name, String document, long seq, int ord)
      implements Serializable {}

  /**
   * One row per created entity, with what the store computes for {@code entities.jsonl}: mention
   * count, documents in ingest order, aliases most used first (ties: first appearance) with the
   * link rule of their first mention.
   */
  private static JavaRDD<Row> entityRows(JavaRDD<BatchJob.Resolved> resolved) {
    var created =
        resolved.flatMapToPair(
            r -> {
              ResolvedDocument doc = r.document();
              List<Tuple2<String, Created>> out = new ArrayList<>();
              List<EntityHead> heads = doc.newEntities();
              for (int i = 0; i < heads.size(); i++) {
                EntityHead h = heads.get(i);
                out.add(
                    new Tuple2<>(
                        h.id(),
                        new Created(h.type().name(), h.name(), doc.article().id(), r.seq, i)));
              }
              return out.iterator();
            });
    var seen =
        resolved.flatMapToPair(
            r -> {
              ResolvedDocument doc = r.document();
              List<Tuple2<String, Seen>> out = new ArrayList<>();
              for (ResolvedMention m : doc.mentions()) {
                out.add(
                    new Tuple2<>(
                        m.entity(),
                        new Seen(
                            r.seq, m.span().start(), m.document(), m.text(), linkRule(m.rule()))));
              }
              return out.iterator();
            });
    return created
        .leftOuterJoin(seen.groupByKey())
        .map(
            t -> {
              Created c = t._2()._1();
              List<Seen> mentions = new ArrayList<>();
              if (t._2()._2().isPresent()) {
                t._2()._2().get().forEach(mentions::add);
              }
              mentions.sort(Comparator.comparingLong(Seen::seq).thenComparingInt(Seen::start));
              Set<String> documents = new LinkedHashSet<>();
              Map<String, int[]> counts = new LinkedHashMap<>();
              Map<String, String> rules = new LinkedHashMap<>();
              for (Seen m : mentions) {
                documents.add(m.document());
                counts.computeIfAbsent(m.text(), x -> new int[1])[0]++;
                rules.putIfAbsent(m.text(), m.rule());
              }
              List<String> names = new ArrayList<>(counts.keySet());
              names.sort(Comparator.comparingInt((String n) -> -counts.get(n)[0]));
              Row[] aliases = new Row[names.size()];
              for (int i = 0; i < names.size(); i++) {
                String n = names.get(i);
                aliases[i] = RowFactory.create(n, counts.get(n)[0], rules.get(n));
              }
              return RowFactory.create(
                  t._1(),
                  c.type(),
                  c.name(),
                  c.document(),
                  c.seq(),
                  c.ord(),
                  mentions.size(),
                  documents.toArray(new String[0]),
                  aliases);
            });
  }

  /** The store's alias rule: the part after {@code ;} of a mention's rule. */
  private static String linkRule(String rule) {
    int separator = rule.indexOf(';');
    return separator < 0 ? rule : rule.substring(separator + 1);
  }

  private static StructType schema(StructField... fields) {
    return DataTypes.createStructType(fields);
  }

  private static StructField field(String name, DataType type, boolean nullable) {
    return DataTypes.createStructField(name, type, nullable);
  }
}
