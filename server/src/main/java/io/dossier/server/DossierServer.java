// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.server;

import io.dossier.engine.export.Json;
import io.dossier.engine.export.Wire;
import io.dossier.model.Entity;
import io.dossier.store.KnowledgeBase;
import io.dossier.store.SearchHit;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Dossier web server: pages at {@code /}, {@code /documents/{id}}, {@code /entities/{id}} and
 * the JSON API under {@code /api}. Errors are {@code application/problem+json} with real status
 * codes.
 */
public final class DossierServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DossierServer.class);
  private static final int MAX_LIMIT = 500;
  private static final String CSP =
      "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none';"
          + " frame-ancestors 'none'";

  private final Javalin app;
  private final ServerConfig config;

  private DossierServer(Javalin app, ServerConfig config) {
    this.app = app;
    this.config = config;
  }

  /** Builds and starts a server over {@code kb}; {@code configure} adjusts host and port. */
  public static DossierServer create(KnowledgeBase kb, Consumer<ServerConfig.Settings> configure) {
    ServerConfig.Settings settings = new ServerConfig.Settings();
    configure.accept(settings);
    ServerConfig config = settings.freeze();
    Pages pages = new Pages(kb);
    Javalin app =
        Javalin.create(
            cfg -> {
              cfg.startup.showJavalinBanner = false;
              cfg.jsonMapper(new JavalinJackson(Json.mapper(), false));
              cfg.http.maxRequestSize = 64 * 1024L;
              cfg.staticFiles.add(
                  s -> {
                    s.hostedPath = "/static";
                    s.directory = "/io/dossier/server/static";
                    s.location = Location.CLASSPATH;
                  });
              cfg.routes.before(
                  ctx -> {
                    ctx.header("Content-Security-Policy", CSP);
                    ctx.header("X-Content-Type-Options", "nosniff");
                    ctx.header("Referrer-Policy", "no-referrer");
                  });
              cfg.routes.get("/", ctx -> ctx.html(pages.home(query(ctx))));
              cfg.routes.get(
                  "/documents/{id}",
                  ctx ->
                      pages
                          .document(ctx.pathParam("id"))
                          .ifPresentOrElse(
                              ctx::html,
                              () ->
                                  ctx.status(HttpStatus.NOT_FOUND)
                                      .html(pages.notFound("Document " + ctx.pathParam("id")))));
              cfg.routes.get(
                  "/entities/{id}",
                  ctx ->
                      pages
                          .entity(ctx.pathParam("id"))
                          .ifPresentOrElse(
                              ctx::html,
                              () ->
                                  ctx.status(HttpStatus.NOT_FOUND)
                                      .html(pages.notFound("Entity " + ctx.pathParam("id")))));
              cfg.routes.get("/api/search", ctx -> ctx.json(search(kb, ctx)));
              cfg.routes.get(
                  "/api/documents",
                  ctx ->
                      ctx.json(
                          kb.documents(offset(ctx), limit(ctx)).stream()
                              .map(Wire.Document::of)
                              .toList()));
              cfg.routes.get(
                  "/api/documents/{id}",
                  ctx ->
                      ctx.json(
                          Wire.Document.of(
                              kb.document(ctx.pathParam("id"))
                                  .orElseThrow(() -> notFound("document", ctx)))));
              cfg.routes.get("/api/entities", ctx -> ctx.json(entities(kb, ctx)));
              cfg.routes.get(
                  "/api/entities/{id}",
                  ctx -> {
                    Entity e =
                        kb.entity(ctx.pathParam("id")).orElseThrow(() -> notFound("entity", ctx));
                    Wire.EntityRecord record = Wire.EntityRecord.of(e);
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("id", record.id());
                    body.put("type", record.type());
                    body.put("name", record.name());
                    body.put("aliases", record.aliases());
                    body.put("mentions", record.mentions());
                    body.put("documents", record.documents());
                    body.put(
                        "occurrences",
                        kb.mentionsOfEntity(e.id()).stream().map(Wire.MentionRecord::of).toList());
                    // filled in by the events, claims and relations stages
                    body.put("events", List.of());
                    body.put("claims", List.of());
                    body.put("relations", List.of());
                    ctx.json(body);
                  });
              cfg.routes.exception(
                  ProblemException.class,
                  (ex, ctx) -> problem(ctx, ex.status(), ex.title(), ex.getMessage()));
              cfg.routes.exception(
                  Exception.class,
                  (ex, ctx) -> {
                    LOG.warn("Request {} failed", ctx.path(), ex);
                    problem(ctx, 500, "Internal error", "the server failed on this request");
                  });
              cfg.routes.error(
                  404,
                  "*",
                  ctx -> {
                    String type = ctx.res().getContentType();
                    if (ctx.path().startsWith("/api/")
                        && (type == null || !type.contains("problem"))) {
                      problem(ctx, 404, "Not found", "no route " + ctx.path());
                    }
                  });
            });
    app.start(config.host(), config.port());
    return new DossierServer(app, config);
  }

  /** The port actually bound (useful with port 0). */
  public int port() {
    return app.port();
  }

  /** The base URL, e.g. {@code http://127.0.0.1:8080}. */
  public String url() {
    return "http://" + config.host() + ":" + port();
  }

  @Override
  public void close() {
    app.stop();
  }

  private static Map<String, Object> search(KnowledgeBase kb, Context ctx) {
    String q = query(ctx);
    if (q.isBlank()) {
      throw new ProblemException(400, "Missing query", "give the search text as ?q=TEXT");
    }
    List<SearchHit> hits = kb.search(q, limit(ctx));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put(
        "entities",
        hits.stream()
            .filter(h -> "entity".equals(h.kind()))
            .map(h -> kb.entity(h.id()))
            .flatMap(java.util.Optional::stream)
            .map(Wire.EntityRecord::of)
            .toList());
    out.put("events", List.of());
    out.put("claims", List.of());
    out.put(
        "documents",
        hits.stream()
            .filter(h -> "document".equals(h.kind()))
            .map(h -> kb.document(h.id()))
            .flatMap(java.util.Optional::stream)
            .map(Wire.Document::of)
            .toList());
    return out;
  }

  private static List<Wire.EntityRecord> entities(KnowledgeBase kb, Context ctx) {
    String q = query(ctx);
    if (q.isBlank()) {
      return kb.entities(offset(ctx), limit(ctx)).stream().map(Wire.EntityRecord::of).toList();
    }
    return kb.search(q, offset(ctx) + limit(ctx)).stream()
        .filter(h -> "entity".equals(h.kind()))
        .skip(offset(ctx))
        .map(h -> kb.entity(h.id()))
        .flatMap(java.util.Optional::stream)
        .map(Wire.EntityRecord::of)
        .toList();
  }

  private static String query(Context ctx) {
    String q = ctx.queryParam("q");
    return q == null ? "" : q.strip();
  }

  private static int limit(Context ctx) {
    return intParam(ctx, "limit", 50, 1, MAX_LIMIT);
  }

  private static int offset(Context ctx) {
    return intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
  }

  private static int intParam(Context ctx, String name, int fallback, int min, int max) {
    String raw = ctx.queryParam(name);
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      int v = Integer.parseInt(raw.strip());
      if (v < min || v > max) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new ProblemException(
          400, "Invalid parameter", name + " must be an integer from " + min + " to " + max);
    }
  }

  private static ProblemException notFound(String kind, Context ctx) {
    return new ProblemException(404, "Not found", "no " + kind + " with id " + ctx.pathParam("id"));
  }

  private static void problem(Context ctx, int status, String title, String detail) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "about:blank");
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail);
    ctx.status(status);
    ctx.json(body);
    ctx.contentType("application/problem+json");
  }
}
