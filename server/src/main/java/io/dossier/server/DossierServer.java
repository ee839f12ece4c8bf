// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.server;

import io.dossier.engine.Engine;
import io.dossier.engine.curation.Curator;
import io.dossier.engine.export.FactWire;
import io.dossier.engine.export.Json;
import io.dossier.engine.export.Wire;
import io.dossier.model.Article;
import io.dossier.model.Entity;
import io.dossier.model.EntityHead;
import io.dossier.model.EntityType;
import io.dossier.model.EventType;
import io.dossier.resolve.EntityResolver;
import io.dossier.store.ClaimQuery;
import io.dossier.store.CurationException;
import io.dossier.store.DerivedState;
import io.dossier.store.EventQuery;
import io.dossier.store.KnowledgeBase;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.router.ParsedEndpoint;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Dossier web server: pages at {@code /}, {@code /documents/{id}}, {@code /entities/{id}} (with
 * curation forms), and the JSON API under {@code /api} (see docs/API.md and docs/openapi.yaml).
 *
 * <p>Errors are {@code application/problem+json} with real status codes. GET responses carry an
 * {@code ETag} derived from the store's {@link KnowledgeBase#revision() revision}, so a client
 * revalidating with {@code If-None-Match} gets {@code 304 Not Modified} until something changes.
 * Write requests (POST) must come from the server's own pages or a non-browser client (a cross-site
 * {@code Origin} is refused), and, when the server has a token, must present it.
 */
public final class DossierServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DossierServer.class);

  /** The most records one page of a list route returns. */
  static final int MAX_LIMIT = 500;

  /** The default page size of list routes. */
  static final int DEFAULT_LIMIT = 50;

  /** The largest {@code offset} of {@code /api/documents} and {@code /api/entities}. */
  static final int MAX_OFFSET = 1_000_000;

  /** The longest search text accepted. */
  static final int MAX_QUERY_LENGTH = 500;

  /** The most nodes of {@code /graph} and {@code /api/graph}. */
  static final int MAX_GRAPH_NODES = 150;

  /** The default number of nodes of the corpus graph. */
  static final int DEFAULT_GRAPH_NODES = 40;

  /** The default number of documents that make a co-occurrence edge. */
  static final int DEFAULT_MIN_COOCCURRENCE = 2;

  /** Events and claims listed in {@code /api/entities/{id}} (all of them: /api/events?entity=). */
  static final int ENTITY_FACTS = 100;

  /**
   * Occurrences (mentions) listed in {@code /api/entities/{id}} unless {@code occurrences_limit}
   * says otherwise; the rest are paged with {@code occurrences_offset}.
   */
  static final int DEFAULT_OCCURRENCES = 1_000;

  /** The largest {@code occurrences_limit}. */
  static final int MAX_OCCURRENCES = 10_000;

  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}|unknown");
  private static final String PROBLEM_JSON = "application/problem+json";

  private final Javalin app;
  private final ServerConfig config;

  private DossierServer(Javalin app, ServerConfig config) {
    this.app = app;
    this.config = config;
  }

  /**
   * Builds and starts a server over an engine's store; curation goes through the engine's {@link
   * Curator}, so the pages take exactly the decisions of {@code dossier entity …}.
   */
  public static DossierServer create(Engine engine, Consumer<ServerConfig.Settings> configure) {
    return create(engine.knowledgeBase(), engine.resolver(), engine.curator(), configure);
  }

  /**
   * Builds and starts a server over {@code kb}, with the standard resolver for name lookups and
   * curation; {@code configure} adjusts host, port and token.
   */
  public static DossierServer create(KnowledgeBase kb, Consumer<ServerConfig.Settings> configure) {
    EntityResolver resolver = Engine.standardResolver();
    return create(kb, resolver, new Curator(kb, resolver, Clock.systemUTC()), configure);
  }

  private static DossierServer create(
      KnowledgeBase kb,
      EntityResolver resolver,
      Curator curator,
      Consumer<ServerConfig.Settings> configure) {
    ServerConfig.Settings settings = new ServerConfig.Settings();
    configure.accept(settings);
    ServerConfig config = settings.freeze();
    CorpusSearch search = new CorpusSearch(kb, resolver);
    Pages pages = new Pages(kb, search, config.token() != null);
    Api api = new Api(kb, search, curator);
    CorpusDigest digest = new CorpusDigest(kb);
    GraphData graphs = new GraphData(kb, digest);
    FactApi facts = new FactApi(kb, digest);
    DocumentPage documentPage = new DocumentPage(kb);
    EventPage eventPage = new EventPage(kb, digest, config.tiles());
    ClaimPage claimPage = new ClaimPage(kb);
    LedgerPage ledgerPage = new LedgerPage(kb, digest);
    TimelinePage timelinePage = new TimelinePage(kb, digest);
    MapPage mapPage = new MapPage(digest, config.tiles());
    GraphPage graphPage = new GraphPage(kb, graphs);
    SourcesPage sourcesPage = new SourcesPage(digest);
    String csp = csp(config.tiles());
    String instance = Long.toString(System.currentTimeMillis(), 36);
    @Nullable byte[] tokenDigest = config.token() == null ? null : sha256(config.token());
    Javalin app =
        Javalin.create(
            cfg -> {
              cfg.startup.showJavalinBanner = false;
              cfg.jsonMapper(new JavalinJackson(Json.mapper(), false));
              cfg.http.maxRequestSize = config.maxRequestBytes();
              cfg.http.generateEtags = false;
              cfg.staticFiles.add(
                  s -> {
                    s.hostedPath = "/static";
                    s.directory = "/io/dossier/server/static";
                    s.location = Location.CLASSPATH;
                    s.headers = Map.of("Cache-Control", "public, max-age=3600");
                  });
              cfg.staticFiles.enableWebjars();
              cfg.routes.before(
                  ctx -> {
                    ctx.header("Content-Security-Policy", csp);
                    ctx.header("X-Content-Type-Options", "nosniff");
                    ctx.header("Referrer-Policy", "same-origin");
                    ctx.header("X-Frame-Options", "DENY");
                    long length = ctx.contentLength();
                    if (length > config.maxRequestBytes()) {
                      throw new ProblemException(
                          413,
                          "Request too large",
                          "request bodies are limited to " + config.maxRequestBytes() + " bytes");
                    }
                  });
              cfg.routes.beforeMatched(
                  ctx -> {
                    if (ctx.method() == HandlerType.GET) {
                      // merged events and claims are rebuilt just after the commit or
                      // curation that changes the revision: the tag names both
                      DerivedState derived = kb.derivedState();
                      String etag =
                          "\"r"
                              + kb.revision()
                              + "-f"
                              + derived.derivedDocuments()
                              + "."
                              + derived.derivedCurations()
                              + "-"
                              + instance
                              + "\"";
                      ctx.header("ETag", etag);
                      ctx.header("Cache-Control", "no-cache");
                      if (matches(ctx.header("If-None-Match"), etag)) {
                        ctx.status(HttpStatus.NOT_MODIFIED);
                        ctx.skipRemainingHandlers();
                      }
                    } else if (ctx.method() == HandlerType.POST) {
                      ctx.header("Cache-Control", "no-store");
                      checkOrigin(ctx);
                      if (tokenDigest != null) {
                        checkToken(ctx, tokenDigest);
                      }
                    }
                  });

              // pages
              cfg.routes.get(
                  "/",
                  ctx -> ctx.html(pages.home(query(ctx, "q"), filters(ctx), offset(ctx, 10_000))));
              cfg.routes.get(
                  "/documents/{id}",
                  ctx ->
                      documentPage
                          .render(ctx.pathParam("id"), highlight(ctx))
                          .ifPresentOrElse(ctx::html, () -> pageNotFound(ctx, pages, "Document")));
              cfg.routes.get(
                  "/events/{id}",
                  ctx ->
                      eventPage
                          .render(ctx.pathParam("id"), offset(ctx, MAX_OFFSET))
                          .ifPresentOrElse(ctx::html, () -> pageNotFound(ctx, pages, "Event")));
              cfg.routes.get("/claims", ctx -> ctx.html(ledgerPage.render(claimQuery(ctx, 20))));
              cfg.routes.get(
                  "/claims/{id}",
                  ctx ->
                      claimPage
                          .render(ctx.pathParam("id"))
                          .ifPresentOrElse(ctx::html, () -> pageNotFound(ctx, pages, "Claim")));
              cfg.routes.get(
                  "/timeline",
                  ctx -> ctx.html(timelinePage.render(month(ctx), offset(ctx, MAX_OFFSET))));
              cfg.routes.get("/map", ctx -> ctx.html(mapPage.render()));
              cfg.routes.get(
                  "/graph",
                  ctx ->
                      ctx.html(
                          graphPage.render(
                              blankToNull(ctx.queryParam("entity")),
                              intParam(ctx, "limit", DEFAULT_GRAPH_NODES, 2, MAX_GRAPH_NODES),
                              intParam(
                                  ctx, "min_cooccurrence", DEFAULT_MIN_COOCCURRENCE, 1, 1000))));
              cfg.routes.get("/sources", ctx -> ctx.html(sourcesPage.render()));
              cfg.routes.get(
                  "/entities/{id}",
                  ctx ->
                      pages
                          .entity(
                              ctx.pathParam("id"), offset(ctx, MAX_OFFSET), query(ctx, "merge_q"))
                          .ifPresentOrElse(ctx::html, () -> pageNotFound(ctx, pages, "Entity")));
              for (String op : List.of("merge", "split", "rename")) {
                cfg.routes.post(
                    "/entities/{id}/" + op,
                    ctx -> {
                      try {
                        String target = api.curate(op, ctx.pathParam("id"), param(ctx)).target();
                        ctx.redirect("/entities/" + Html.pathSegment(target), HttpStatus.SEE_OTHER);
                      } catch (CurationException e) {
                        ctx.status(status(e))
                            .html(
                                pages.error(
                                    "Not done",
                                    e.getMessage(),
                                    "/entities/" + Html.pathSegment(ctx.pathParam("id"))));
                      }
                    });
                cfg.routes.post(
                    "/api/entities/{id}/" + op,
                    ctx -> ctx.json(api.curate(op, ctx.pathParam("id"), param(ctx)).body()));
              }

              // JSON API
              cfg.routes.get(
                  "/api/search",
                  ctx -> {
                    String q = query(ctx, "q");
                    if (q.isBlank()) {
                      throw new ProblemException(
                          400, "Missing query", "give the search text as ?q=TEXT");
                    }
                    int limit = limit(ctx);
                    int offset = intParam(ctx, "offset", 0, 0, CorpusSearch.MAX_WINDOW - limit);
                    ctx.json(api.search(q, filters(ctx), offset, limit));
                  });
              cfg.routes.get(
                  "/api/documents",
                  ctx -> {
                    int offset = offset(ctx, MAX_OFFSET);
                    int limit = limit(ctx);
                    List<Article> page = kb.documents(offset, limit);
                    pageHeaders(ctx, offset, limit, page.size(), kb.documentCount());
                    ctx.json(page.stream().map(Wire.Document::of).toList());
                  });
              cfg.routes.get(
                  "/api/documents/{id}",
                  ctx ->
                      ctx.json(
                          Wire.Document.of(
                              kb.document(ctx.pathParam("id"))
                                  .orElseThrow(() -> notFound("document", ctx)))));
              cfg.routes.get(
                  "/api/entities",
                  ctx -> {
                    int offset = offset(ctx, MAX_OFFSET);
                    int limit = limit(ctx);
                    String q = query(ctx, "q");
                    if (q.isBlank()) {
                      List<Entity> page = kb.entities(offset, limit);
                      pageHeaders(ctx, offset, limit, page.size(), kb.entityCount());
                      ctx.json(page.stream().map(Wire.EntityRecord::of).toList());
                    } else {
                      if (offset + limit > CorpusSearch.MAX_WINDOW) {
                        throw new ProblemException(
                            400,
                            "Invalid parameter",
                            "with q, offset + limit must be at most " + CorpusSearch.MAX_WINDOW);
                      }
                      CorpusSearch.Result r = search.search(q, filters(ctx), offset, limit);
                      pageHeaders(ctx, offset, limit, r.entities().size(), r.totalEntities());
                      ctx.json(r.entities().stream().map(Wire.EntityRecord::of).toList());
                    }
                  });
              cfg.routes.get(
                  "/api/entities/{id}",
                  ctx ->
                      ctx.json(
                          api.entity(
                              kb.entity(ctx.pathParam("id"))
                                  .orElseThrow(() -> notFound("entity", ctx)),
                              intParam(ctx, "occurrences_offset", 0, 0, Integer.MAX_VALUE),
                              intParam(
                                  ctx,
                                  "occurrences_limit",
                                  DEFAULT_OCCURRENCES,
                                  0,
                                  MAX_OCCURRENCES))));
              cfg.routes.get(
                  "/api/events",
                  ctx -> {
                    EventQuery q = eventQuery(ctx);
                    List<FactWire.EventRecord> page = facts.events(q);
                    pageHeaders(ctx, q.offset(), q.limit(), page.size(), kb.eventCount(q));
                    ctx.json(page);
                  });
              cfg.routes.get(
                  "/api/events/{id}",
                  ctx ->
                      ctx.json(
                          FactWire.EventRecord.of(
                              kb.event(ctx.pathParam("id"))
                                  .orElseThrow(() -> notFound("event", ctx)))));
              cfg.routes.get(
                  "/api/claims",
                  ctx -> {
                    ClaimQuery q = claimQuery(ctx, limit(ctx));
                    List<FactWire.ClaimRecord> page = facts.claims(q);
                    pageHeaders(ctx, q.offset(), q.limit(), page.size(), kb.claimCount(q));
                    ctx.json(page);
                  });
              cfg.routes.get(
                  "/api/claims/{id}",
                  ctx ->
                      ctx.json(
                          facts.claim(
                              kb.claim(ctx.pathParam("id"))
                                  .orElseThrow(() -> notFound("claim", ctx)))));
              cfg.routes.get("/api/sources", ctx -> ctx.json(facts.sources()));
              cfg.routes.get(
                  "/api/graph",
                  ctx -> {
                    String entity = blankToNull(ctx.queryParam("entity"));
                    ctx.json(
                        graphs
                            .graph(
                                entity,
                                intParam(ctx, "limit", DEFAULT_GRAPH_NODES, 2, MAX_GRAPH_NODES),
                                intParam(
                                    ctx, "min_cooccurrence", DEFAULT_MIN_COOCCURRENCE, 1, 1000))
                            .orElseThrow(
                                () ->
                                    new ProblemException(
                                        404, "Not found", "no entity with id " + entity)));
                  });

              // errors
              cfg.routes.exception(
                  ProblemException.class,
                  (ex, ctx) -> problem(ctx, ex.status(), ex.title(), ex.getMessage()));
              cfg.routes.exception(
                  CurationException.class,
                  (ex, ctx) -> problem(ctx, status(ex), "Curation refused", ex.getMessage()));
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
              cfg.routes.error(
                  405,
                  "*",
                  ctx -> problem(ctx, 405, "Method not allowed", ctx.method() + " " + ctx.path()));
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
    String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
    return "http://" + host + ":" + port();
  }

  /** The registered routes as {@code "GET /api/search"}, in registration order. */
  public List<String> routes() {
    List<String> routes = new ArrayList<>();
    for (ParsedEndpoint e : app.unsafe.internalRouter.allHttpHandlers()) {
      HandlerType method = e.endpoint.method;
      if (method == HandlerType.GET || method == HandlerType.POST) {
        routes.add(method.name() + " " + e.endpoint.path);
      }
    }
    return routes;
  }

  @Override
  public void close() {
    app.stop();
  }

  // ---- request helpers ----

  private static boolean matches(@Nullable String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String candidate : ifNoneMatch.split(",")) {
      String c = candidate.strip();
      if (c.startsWith("W/")) {
        c = c.substring(2);
      }
      if (c.equals(etag) || c.equals("*")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Refuses a write from another site: a browser sends {@code Origin} with every cross-site form
   * POST, so a page elsewhere cannot curate through a server on this machine.
   */
  private static void checkOrigin(Context ctx) {
    String fetchSite = ctx.header("Sec-Fetch-Site");
    if (fetchSite != null) {
      if (!fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
        throw new ProblemException(
            403, "Forbidden", "write requests from other sites are refused (" + fetchSite + ")");
      }
      return;
    }
    String origin = ctx.header("Origin");
    if (origin == null) {
      return; // not a browser: curl, scripts
    }
    String host = ctx.header("Host");
    String bare = origin.replaceFirst("^https?://", "");
    if (host == null || !bare.equals(host)) {
      throw new ProblemException(
          403, "Forbidden", "write requests from another origin (" + origin + ") are refused");
    }
  }

  private static void checkToken(Context ctx, byte[] expected) {
    String given = null;
    String auth = ctx.header("Authorization");
    if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
      given = auth.substring(7).strip();
    } else if (isForm(ctx)) {
      given = ctx.formParam("token");
    }
    if (given == null || !MessageDigest.isEqual(sha256(given), expected)) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"dossier\"");
      throw new ProblemException(
          401,
          "Unauthorized",
          given == null
              ? "this server requires its access token for changes: send 'Authorization: Bearer"
                  + " TOKEN' or the form field 'token'"
              : "the access token is wrong");
    }
  }

  private static boolean isForm(Context ctx) {
    String type = ctx.contentType();
    return type != null
        && (type.startsWith("application/x-www-form-urlencoded")
            || type.startsWith("multipart/form-data"));
  }

  /** The parameters of a write request: form fields, or the members of a JSON object body. */
  private static Map<String, String> param(Context ctx) {
    Map<String, String> out = new LinkedHashMap<>();
    String type = ctx.contentType();
    if (type != null && type.startsWith("application/json")) {
      try {
        Map<?, ?> body = Json.mapper().readValue(ctx.body(), Map.class);
        body.forEach((k, v) -> out.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
      } catch (java.io.IOException | RuntimeException e) {
        throw new ProblemException(400, "Invalid body", "the body must be a JSON object: " + e);
      }
    } else {
      ctx.formParamMap().forEach((k, v) -> out.put(k, v.isEmpty() ? "" : v.get(0)));
    }
    return out;
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static String query(Context ctx, String name) {
    String q = ctx.queryParam(name);
    if (q == null) {
      return "";
    }
    if (q.length() > MAX_QUERY_LENGTH) {
      throw new ProblemException(
          400,
          "Invalid parameter",
          name + " must be at most " + MAX_QUERY_LENGTH + " characters long");
    }
    return q.strip();
  }

  private static String csp(@Nullable String tiles) {
    String images = tiles == null ? "'self'" : "'self' " + ServerConfig.tileOrigin(tiles);
    return "default-src 'none'; style-src 'self'; img-src "
        + images
        + "; script-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none';"
        + " frame-ancestors 'none'";
  }

  /** The span {@code ?hl=START-END} a link asks the document view to highlight. */
  private static io.dossier.model.@Nullable Span highlight(Context ctx) {
    String hl = ctx.queryParam("hl");
    if (hl == null || hl.isBlank()) {
      return null;
    }
    java.util.regex.Matcher m = Pattern.compile("(\\d{1,9})-(\\d{1,9})").matcher(hl.strip());
    if (!m.matches() || Integer.parseInt(m.group(1)) >= Integer.parseInt(m.group(2))) {
      throw new ProblemException(400, "Invalid parameter", "hl must be START-END, as 10-42");
    }
    return new io.dossier.model.Span(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  private static java.time.@Nullable YearMonth month(Context ctx) {
    String month = blankToNull(ctx.queryParam("month"));
    if (month == null) {
      return null;
    }
    try {
      return java.time.YearMonth.parse(month);
    } catch (java.time.format.DateTimeParseException e) {
      throw new ProblemException(400, "Invalid parameter", "month must be yyyy-MM, as 2017-07");
    }
  }

  private static java.time.@Nullable LocalDate date(Context ctx, String name) {
    String value = blankToNull(ctx.queryParam(name));
    if (value == null) {
      return null;
    }
    try {
      return java.time.LocalDate.parse(value);
    } catch (java.time.format.DateTimeParseException e) {
      throw new ProblemException(
          400, "Invalid parameter", name + " must be a date yyyy-MM-dd, as 2017-07-17");
    }
  }

  private static @Nullable String idParam(Context ctx, String name) {
    String value = blankToNull(ctx.queryParam(name));
    if (value != null && value.length() > MAX_QUERY_LENGTH) {
      throw new ProblemException(400, "Invalid parameter", name + " is too long");
    }
    return value;
  }

  private static EventQuery eventQuery(Context ctx) {
    String type = blankToNull(ctx.queryParam("type"));
    if (type != null) {
      try {
        type = EventType.valueOf(type.toUpperCase(java.util.Locale.ROOT)).name();
      } catch (IllegalArgumentException e) {
        throw new ProblemException(
            400,
            "Invalid parameter",
            "type must be one of " + java.util.Arrays.toString(EventType.values()));
      }
    }
    java.time.LocalDate from = date(ctx, "from");
    java.time.LocalDate to = date(ctx, "to");
    if (from != null && to != null && to.isBefore(from)) {
      throw new ProblemException(400, "Invalid parameter", "to must not be before from");
    }
    return new EventQuery(
        idParam(ctx, "entity"),
        idParam(ctx, "document"),
        from,
        to,
        type,
        offset(ctx, MAX_OFFSET),
        limit(ctx));
  }

  private static ClaimQuery claimQuery(Context ctx, int limit) {
    String status = blankToNull(ctx.queryParam("status"));
    ClaimQuery.Status standing = null;
    if (status != null) {
      standing =
          ClaimQuery.Status.ofWire(status.toLowerCase(java.util.Locale.ROOT))
              .orElseThrow(
                  () ->
                      new ProblemException(
                          400,
                          "Invalid parameter",
                          "status must be corroborated, contradicted or single-source"));
    }
    return new ClaimQuery(
        idParam(ctx, "entity"),
        idParam(ctx, "speaker"),
        idParam(ctx, "document"),
        idParam(ctx, "outlet"),
        standing,
        offset(ctx, MAX_OFFSET),
        limit);
  }

  private static CorpusSearch.Filters filters(Context ctx) {
    String type = blankToNull(ctx.queryParam("type"));
    if (type != null) {
      try {
        type = EntityType.valueOf(type.toUpperCase(java.util.Locale.ROOT)).name();
      } catch (IllegalArgumentException e) {
        throw new ProblemException(
            400,
            "Invalid parameter",
            "type must be one of " + java.util.Arrays.toString(EntityType.values()));
      }
    }
    String month = blankToNull(ctx.queryParam("month"));
    if (month != null && !MONTH.matcher(month).matches()) {
      throw new ProblemException(
          400, "Invalid parameter", "month must be yyyy-MM (as 2017-07) or unknown");
    }
    String outlet = blankToNull(ctx.queryParam("outlet"));
    if (outlet != null && outlet.length() > MAX_QUERY_LENGTH) {
      throw new ProblemException(400, "Invalid parameter", "outlet is too long");
    }
    return new CorpusSearch.Filters(type, outlet, month);
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static int limit(Context ctx) {
    return intParam(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
  }

  private static int offset(Context ctx, int max) {
    return intParam(ctx, "offset", 0, 0, max);
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

  /** {@code X-Total-Count} and RFC 8288 {@code Link} headers of a page of a list. */
  private static void pageHeaders(Context ctx, int offset, int limit, int size, long total) {
    ctx.header("X-Total-Count", Long.toString(total));
    List<String> links = new ArrayList<>();
    String base = ctx.path() + "?" + keepParams(ctx) + "limit=" + limit + "&offset=";
    if (offset + size < total) {
      links.add("<" + base + (offset + limit) + ">; rel=\"next\"");
    }
    if (offset > 0) {
      links.add("<" + base + Math.max(0, offset - limit) + ">; rel=\"prev\"");
    }
    if (!links.isEmpty()) {
      ctx.header("Link", String.join(", ", links));
    }
  }

  private static String keepParams(Context ctx) {
    Map<String, String> keep = new LinkedHashMap<>();
    for (String name :
        List.of(
            "q",
            "type",
            "outlet",
            "month",
            "entity",
            "from",
            "to",
            "speaker",
            "status",
            "document")) {
      String v = ctx.queryParam(name);
      if (v != null) {
        keep.put(name, v);
      }
    }
    String q = Html.queryString(keep);
    return q.isEmpty() ? "" : q + "&";
  }

  private static void pageNotFound(Context ctx, Pages pages, String kind) {
    ctx.status(HttpStatus.NOT_FOUND).html(pages.notFound(kind + " " + ctx.pathParam("id")));
  }

  private static ProblemException notFound(String kind, Context ctx) {
    return new ProblemException(404, "Not found", "no " + kind + " with id " + ctx.pathParam("id"));
  }

  /** The HTTP status of a refused curation decision. */
  static int status(CurationException e) {
    return switch (e.reason()) {
      case UNKNOWN_ENTITY, UNKNOWN_ALIAS -> 404;
      case TYPE_MISMATCH, ID_TAKEN, ALIAS_NOT_SPLITTABLE -> 409;
      default -> 400;
    };
  }

  private static void problem(Context ctx, int status, String title, String detail) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "about:blank");
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail);
    ctx.removeHeader("ETag");
    ctx.header("Cache-Control", "no-store");
    ctx.status(status);
    ctx.json(body);
    ctx.contentType(PROBLEM_JSON);
  }

  /** The JSON API bodies that take more than one line to build. */
  private static final class Api {
    private final KnowledgeBase kb;
    private final CorpusSearch search;
    private final Curator curator;

    Api(KnowledgeBase kb, CorpusSearch search, Curator curator) {
      this.kb = kb;
      this.search = search;
      this.curator = curator;
    }

    Map<String, Object> search(String q, CorpusSearch.Filters filters, int offset, int limit) {
      CorpusSearch.Result r = search.search(q, filters, offset, limit);
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("entities", r.entities().stream().map(Wire.EntityRecord::of).toList());
      out.put("events", r.events().stream().map(FactWire.EventRecord::of).toList());
      out.put("claims", FactApi.claimRecords(kb, r.claims()));
      out.put("documents", r.documents().stream().map(Wire.Document::of).toList());
      Map<String, Object> total = new LinkedHashMap<>();
      total.put("entities", r.totalEntities());
      total.put("events", r.totalEvents());
      total.put("claims", r.totalClaims());
      total.put("documents", r.totalDocuments());
      out.put("total", total);
      Map<String, Object> facets = new LinkedHashMap<>();
      facets.put("type", r.types());
      facets.put("outlet", r.outlets());
      facets.put("month", r.months());
      out.put("facets", facets);
      return out;
    }

    Map<String, Object> entity(Entity e, int occurrencesOffset, int occurrencesLimit) {
      Wire.EntityRecord record = Wire.EntityRecord.of(e);
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("id", record.id());
      body.put("type", record.type());
      body.put("name", record.name());
      body.put("aliases", record.aliases());
      body.put("mentions", record.mentions());
      body.put("documents", record.documents());
      List<Map<String, Object>> titles = new ArrayList<>();
      kb.titles(e.id()).forEach((t, n) -> titles.add(Map.of("title", t, "mentions", n)));
      body.put("titles", titles);
      body.put(
          "cooccurring",
          kb.cooccurring(e.id(), Pages.COOCCURRENCE_DOCUMENTS, 50).stream()
              .map(
                  c -> {
                    Map<String, Object> m = head(c.entity());
                    m.put("documents", c.documents());
                    return m;
                  })
              .toList());
      body.put(
          "occurrences",
          kb.mentionsOfEntity(e.id(), occurrencesOffset, occurrencesLimit).stream()
              .map(Wire.MentionRecord::of)
              .toList());
      EventQuery events = new EventQuery(e.id(), null, null, null, null, 0, ENTITY_FACTS);
      ClaimQuery claims = new ClaimQuery(e.id(), null, null, 0, ENTITY_FACTS);
      body.put("events", kb.events(events).stream().map(FactWire.EventRecord::of).toList());
      body.put("claims", FactApi.claimRecords(kb, kb.claims(claims)));
      Map<String, Object> totals = new LinkedHashMap<>();
      totals.put("occurrences", record.mentions());
      totals.put("events", kb.eventCount(events));
      totals.put("claims", kb.claimCount(claims));
      body.put("totals", totals);
      body.put(
          "relations",
          kb.relationsOf(e.id(), ENTITY_FACTS).stream().map(FactWire.RelationRecord::of).toList());
      return body;
    }

    /** The outcome of a curation request: the entity to show next, and the JSON body. */
    record Outcome(String target, Map<String, Object> body) {}

    Outcome curate(String op, String id, Map<String, String> params) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("operation", op);
      switch (op) {
        case "merge" -> {
          String other = required(params, "other");
          boolean force = "true".equalsIgnoreCase(params.getOrDefault("force", "false"));
          Curator.Merged m = curator.merge(id, other, force);
          body.put("kept", head(m.kept()));
          body.put("merged", head(m.mergedAway()));
          body.put("mentions_moved", m.mentionsMoved());
          return new Outcome(m.kept().id(), body);
        }
        case "split" -> {
          Curator.Split s = curator.split(id, required(params, "alias"));
          body.put("from", head(s.from()));
          body.put("created", head(s.created()));
          body.put("mentions_moved", s.mentionsMoved());
          return new Outcome(s.from().id(), body);
        }
        case "rename" -> {
          Curator.Renamed r = curator.rename(id, required(params, "name"));
          body.put("entity", head(r.entity()));
          body.put("previous_name", r.previousName());
          return new Outcome(r.entity().id(), body);
        }
        default -> throw new IllegalArgumentException("unknown operation " + op);
      }
    }

    private static String required(Map<String, String> params, String name) {
      String v = params.get(name);
      if (v == null || v.isBlank()) {
        throw new ProblemException(400, "Missing parameter", "give the field '" + name + "'");
      }
      if (v.length() > MAX_QUERY_LENGTH) {
        throw new ProblemException(400, "Invalid parameter", name + " is too long");
      }
      return v;
    }

    private static Map<String, Object> head(EntityHead h) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", h.id());
      m.put("type", h.type().name());
      m.put("name", h.name());
      return m;
    }
  }
}
