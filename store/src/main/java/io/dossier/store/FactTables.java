// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.dossier.model.Claim;
import io.dossier.model.ClaimMention;
import io.dossier.model.Event;
import io.dossier.model.EventMention;
import io.dossier.model.Geocode;
import io.dossier.model.Participant;
import io.dossier.model.Relation;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The SQL of event and claim facts: mentions stored with their document, and the derived tables of
 * merged events and linked claims. Records are kept as JSON bodies (their shape is the model's);
 * the columns beside them are what queries filter on.
 */
final class FactTables {

  /** Strings up to this long read from fact bodies are interned (names, rules, cues, types). */
  static final int INTERNED_LENGTH = 64;

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .addModule(
              new SimpleModule("dossier-interned-strings")
                  .addDeserializer(String.class, new InterningStringDeserializer()))
          .build();

  /**
   * Reads strings as Jackson does, interning the short ones: the fact bodies of a store repeat the
   * same document ids, rule names, cue words, types and names over and over, and a rebuild of the
   * derived tables holds the mentions of every document at once.
   */
  private static final class InterningStringDeserializer extends StdScalarDeserializer<String> {
    private static final long serialVersionUID = 1L;

    InterningStringDeserializer() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      String value = StringDeserializer.instance.deserialize(parser, context);
      return value != null && value.length() <= INTERNED_LENGTH ? value.intern() : value;
    }
  }

  private FactTables() {}

  // ---- mentions, written in the document's transaction ----

  static void insertMentions(
      Connection connection,
      String documentId,
      List<EventMention> events,
      Map<Integer, Geocode> geocodes,
      List<ClaimMention> claims)
      throws SQLException {
    if (!events.isEmpty()) {
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO event_mentions (document_id, ord, type, body, geocode)"
                  + " VALUES (?, ?, ?, ?, ?)")) {
        for (int i = 0; i < events.size(); i++) {
          Geocode geocode = geocodes.get(i);
          insert.setString(1, documentId);
          insert.setInt(2, i);
          insert.setString(3, events.get(i).type().name());
          insert.setString(4, write(events.get(i)));
          insert.setString(5, geocode == null ? null : write(geocode));
          insert.addBatch();
        }
        insert.executeBatch();
      }
    }
    if (!claims.isEmpty()) {
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO claim_mentions (document_id, ord, body) VALUES (?, ?, ?)")) {
        for (int i = 0; i < claims.size(); i++) {
          insert.setString(1, documentId);
          insert.setInt(2, i);
          insert.setString(3, write(claims.get(i)));
          insert.addBatch();
        }
        insert.executeBatch();
      }
    }
  }

  static List<EventMention> eventMentions(Connection connection, String documentId)
      throws SQLException {
    List<EventMention> found = new ArrayList<>();
    query(
        connection,
        "SELECT body FROM event_mentions WHERE document_id = ? ORDER BY ord",
        rows -> found.add(read(rows.getString(1), EventMention.class)),
        documentId);
    return found;
  }

  static Map<Integer, Geocode> geocodes(Connection connection, String documentId)
      throws SQLException {
    Map<Integer, Geocode> found = new LinkedHashMap<>();
    query(
        connection,
        "SELECT ord, geocode FROM event_mentions WHERE document_id = ? AND geocode IS NOT NULL"
            + " ORDER BY ord",
        rows -> found.put(rows.getInt(1), read(rows.getString(2), Geocode.class)),
        documentId);
    return found;
  }

  static List<ClaimMention> claimMentions(Connection connection, String documentId)
      throws SQLException {
    List<ClaimMention> found = new ArrayList<>();
    query(
        connection,
        "SELECT body FROM claim_mentions WHERE document_id = ? ORDER BY ord",
        rows -> found.add(read(rows.getString(1), ClaimMention.class)),
        documentId);
    return found;
  }

  // ---- derived tables ----

  static DerivedState derivedState(Connection connection) throws SQLException {
    long documents = single(connection, "SELECT COALESCE(MAX(seq), 0) FROM documents");
    long curations = single(connection, "SELECT COALESCE(MAX(seq), 0) FROM curation");
    long[] derived = {-1, -1};
    query(
        connection,
        "SELECT documents, curations FROM derived_state WHERE name = 'facts'",
        rows -> {
          derived[0] = rows.getLong(1);
          derived[1] = rows.getLong(2);
        });
    return new DerivedState(documents, curations, derived[0], derived[1]);
  }

  /** Replaces the derived tables; the caller runs this inside one transaction. */
  static void replaceDerived(
      Connection connection,
      Iterable<Event> events,
      Iterable<Claim> claims,
      Iterable<Relation> relations,
      long documentSeq,
      long curationSeq)
      throws SQLException {
    for (String table :
        List.of(
            "event_entities",
            "event_documents",
            "events",
            "claim_entities",
            "claims",
            "relations")) {
      try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table)) {
        delete.executeUpdate();
      }
    }
    try (PreparedStatement event =
            connection.prepareStatement(
                "INSERT INTO events (seq, id, type, date_first, date_last, body)"
                    + " VALUES (?, ?, ?, ?, ?, ?)");
        PreparedStatement entity =
            connection.prepareStatement(
                "INSERT INTO event_entities (entity_id, event_seq) VALUES (?, ?)"
                    + " ON CONFLICT DO NOTHING");
        PreparedStatement document =
            connection.prepareStatement(
                "INSERT INTO event_documents (document_id, event_seq) VALUES (?, ?)"
                    + " ON CONFLICT DO NOTHING")) {
      long seq = 0;
      long pending = 0;
      for (Event e : events) {
        seq++;
        LocalDate first = e.date().firstDay();
        LocalDate last = e.date().lastDay();
        event.setLong(1, seq);
        event.setString(2, e.id());
        event.setString(3, e.type().name());
        event.setString(4, first == null ? null : first.toString());
        event.setString(5, last == null ? null : last.toString());
        String body = write(e);
        event.setString(6, body);
        event.addBatch();
        pending += body.length();
        for (String id : entitiesOf(e)) {
          entity.setString(1, id);
          entity.setLong(2, seq);
          entity.addBatch();
        }
        for (String id : e.documents()) {
          document.setString(1, id);
          document.setLong(2, seq);
          document.addBatch();
        }
        if (seq % WRITE_BATCH == 0 || pending > WRITE_BATCH_CHARS) {
          executeBatches(event, entity, document);
          pending = 0;
        }
      }
      event.executeBatch();
      entity.executeBatch();
      document.executeBatch();
    }
    try (PreparedStatement claim =
            connection.prepareStatement(
                "INSERT INTO claims (seq, id, document_id, cluster, body, outlet,"
                    + " independent_sources, contradicted) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement entity =
            connection.prepareStatement(
                "INSERT INTO claim_entities (entity_id, claim_seq, role)"
                    + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
      long seq = 0;
      long pending = 0;
      for (Claim c : claims) {
        seq++;
        claim.setLong(1, seq);
        claim.setString(2, c.id());
        claim.setString(3, c.document());
        claim.setString(4, c.cluster());
        String body = write(c);
        claim.setString(5, body);
        pending += body.length();
        claim.setString(6, c.outlet());
        claim.setInt(7, c.independentSources());
        claim.setInt(8, c.contradicts().isEmpty() ? 0 : 1);
        claim.addBatch();
        if (c.speakerEntity() != null) {
          entity.setString(1, c.speakerEntity());
          entity.setLong(2, seq);
          entity.setString(3, "speaker");
          entity.addBatch();
        }
        for (String about : c.about()) {
          entity.setString(1, about);
          entity.setLong(2, seq);
          entity.setString(3, "about");
          entity.addBatch();
        }
        if (seq % WRITE_BATCH == 0 || pending > WRITE_BATCH_CHARS) {
          executeBatches(claim, entity);
          pending = 0;
        }
      }
      claim.executeBatch();
      entity.executeBatch();
    }
    try (PreparedStatement relation =
        connection.prepareStatement(
            "INSERT INTO relations (seq, id, subject, predicate, object, body)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
      long seq = 0;
      long pending = 0;
      for (Relation r : relations) {
        relation.setLong(1, ++seq);
        relation.setString(2, r.id());
        relation.setString(3, r.subject());
        relation.setString(4, r.predicate().wire());
        relation.setString(5, r.object());
        String body = write(r);
        relation.setString(6, body);
        relation.addBatch();
        pending += body.length();
        if (seq % WRITE_BATCH == 0 || pending > WRITE_BATCH_CHARS) {
          relation.executeBatch();
          pending = 0;
        }
      }
      relation.executeBatch();
    }
    try (PreparedStatement state =
        connection.prepareStatement(
            "INSERT INTO derived_state (name, documents, curations) VALUES ('facts', ?, ?)"
                + " ON CONFLICT (name) DO UPDATE"
                + " SET documents = excluded.documents, curations = excluded.curations")) {
      state.setLong(1, documentSeq);
      state.setLong(2, curationSeq);
      state.executeUpdate();
    }
  }

  /**
   * Rows sent to the database at a time while replacing the derived tables: a batch holds the
   * serialized bodies of its rows until executed, so one batch for a large store's millions of
   * claims would hold them all.
   */
  static final int WRITE_BATCH = 1_000;

  /**
   * Characters of serialized bodies sent at most per batch: an event reported by thousands of
   * articles has a body of megabytes.
   */
  static final long WRITE_BATCH_CHARS = 8_000_000;

  /** Executes the pending batches in order (parent rows before the rows that refer to them). */
  private static void executeBatches(PreparedStatement... statements) throws SQLException {
    for (PreparedStatement statement : statements) {
      statement.executeBatch();
    }
  }

  private static Set<String> entitiesOf(Event event) {
    Set<String> ids = new LinkedHashSet<>();
    for (Participant actor : event.actors()) {
      if (actor.entity() != null) {
        ids.add(actor.entity());
      }
    }
    if (event.location() != null && event.location().entity() != null) {
      ids.add(event.location().entity());
    }
    return ids;
  }

  static List<Event> events(Connection connection, EventQuery q) throws SQLException {
    List<Object> parameters = new ArrayList<>();
    String sql =
        "SELECT e.body FROM events e"
            + eventWhere(q, parameters)
            + " ORDER BY e.seq LIMIT ? OFFSET ?";
    parameters.add(q.limit());
    parameters.add(q.offset());
    List<Event> found = new ArrayList<>();
    query(
        connection,
        sql,
        rows -> found.add(read(rows.getString(1), Event.class)),
        parameters.toArray());
    return found;
  }

  /** The number of events that {@code q} selects, ignoring its offset and limit. */
  static long eventCount(Connection connection, EventQuery q) throws SQLException {
    List<Object> parameters = new ArrayList<>();
    String sql = "SELECT COUNT(*) FROM events e" + eventWhere(q, parameters);
    long[] n = {0};
    query(connection, sql, rows -> n[0] = rows.getLong(1), parameters.toArray());
    return n[0];
  }

  private static String eventWhere(EventQuery q, List<Object> parameters) {
    List<String> where = new ArrayList<>();
    if (q.entity() != null) {
      where.add("e.seq IN (SELECT event_seq FROM event_entities WHERE entity_id = ?)");
      parameters.add(q.entity());
    }
    if (q.document() != null) {
      where.add("e.seq IN (SELECT event_seq FROM event_documents WHERE document_id = ?)");
      parameters.add(q.document());
    }
    if (q.from() != null) {
      where.add("e.date_last >= ?");
      parameters.add(q.from().toString());
    }
    if (q.to() != null) {
      where.add("e.date_first <= ?");
      parameters.add(q.to().toString());
    }
    if (q.type() != null) {
      where.add("e.type = ?");
      parameters.add(q.type());
    }
    return where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
  }

  static List<Claim> claims(Connection connection, ClaimQuery q) throws SQLException {
    List<Object> parameters = new ArrayList<>();
    String sql =
        "SELECT c.body FROM claims c"
            + claimWhere(q, parameters)
            + " ORDER BY c.seq LIMIT ? OFFSET ?";
    parameters.add(q.limit());
    parameters.add(q.offset());
    List<Claim> found = new ArrayList<>();
    query(
        connection,
        sql,
        rows -> found.add(read(rows.getString(1), Claim.class)),
        parameters.toArray());
    return found;
  }

  /** The number of claims that {@code q} selects, ignoring its offset and limit. */
  static long claimCount(Connection connection, ClaimQuery q) throws SQLException {
    List<Object> parameters = new ArrayList<>();
    String sql = "SELECT COUNT(*) FROM claims c" + claimWhere(q, parameters);
    long[] n = {0};
    query(connection, sql, rows -> n[0] = rows.getLong(1), parameters.toArray());
    return n[0];
  }

  private static String claimWhere(ClaimQuery q, List<Object> parameters) {
    List<String> where = new ArrayList<>();
    if (q.entity() != null) {
      where.add("c.seq IN (SELECT claim_seq FROM claim_entities WHERE entity_id = ?)");
      parameters.add(q.entity());
    }
    if (q.speaker() != null) {
      where.add(
          "c.seq IN (SELECT claim_seq FROM claim_entities WHERE entity_id = ?"
              + " AND role = 'speaker')");
      parameters.add(q.speaker());
    }
    if (q.document() != null) {
      where.add("c.document_id = ?");
      parameters.add(q.document());
    }
    if (q.outlet() != null) {
      where.add("c.outlet = ?");
      parameters.add(q.outlet());
    }
    if (q.status() != null) {
      // the same tests as ClaimQuery.Status.test, over the columns stored beside the body
      where.add(
          switch (q.status()) {
            case CORROBORATED -> "c.independent_sources >= 2";
            case CONTRADICTED -> "c.contradicted = 1";
            case SINGLE_SOURCE -> "c.independent_sources < 2";
          });
    }
    return where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
  }

  static List<Relation> relationsOf(Connection connection, String entityId, int limit)
      throws SQLException {
    List<Relation> found = new ArrayList<>();
    query(
        connection,
        "SELECT body FROM relations WHERE subject = ? OR object = ? ORDER BY seq",
        rows -> found.add(read(rows.getString(1), Relation.class)),
        entityId,
        entityId);
    found.sort(
        java.util.Comparator.comparingInt((Relation r) -> -r.independentSources())
            .thenComparingInt(r -> -r.documents().size()));
    return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
  }

  /** The record with {@code id} of a derived table ({@code events} or {@code claims}). */
  static <T> @Nullable T one(Connection connection, String table, String id, Class<T> type)
      throws SQLException {
    List<T> found = new ArrayList<>(1);
    query(
        connection,
        "SELECT body FROM " + table + " WHERE id = ?",
        rows -> found.add(read(rows.getString(1), type)),
        id);
    return found.isEmpty() ? null : found.get(0);
  }

  /** Every record of a derived table, in order. */
  static <T> void forEach(
      Connection connection, String table, Class<T> type, Consumer<? super T> action)
      throws SQLException {
    query(
        connection,
        "SELECT body FROM " + table + " ORDER BY seq",
        rows -> action.accept(read(rows.getString(1), type)));
  }

  // ---- helpers ----

  /** Reads each row of a query. */
  @FunctionalInterface
  interface RowReader {
    void read(ResultSet rows) throws SQLException;
  }

  static void query(Connection connection, String sql, RowReader reader, Object... parameters)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          reader.read(rows);
        }
      }
    }
  }

  private static long single(Connection connection, String sql) throws SQLException {
    long[] value = {0};
    query(connection, sql, rows -> value[0] = rows.getLong(1));
    return value[0];
  }

  private static String write(Object value) throws SQLException {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new SQLException("cannot encode " + value.getClass().getSimpleName() + ": " + e, e);
    }
  }

  private static <T> T read(String json, Class<T> type) throws SQLException {
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new SQLException(
          "stored " + type.getSimpleName() + " is unreadable: " + e.getOriginalMessage(), e);
    }
  }
}
