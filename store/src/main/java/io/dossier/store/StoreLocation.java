// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.store;

import io.dossier.model.ConfigException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where a knowledge base lives, as the {@code --store} option names it: a folder (the embedded
 * SQLite store) or a {@code postgresql://} URL (a database on a PostgreSQL server, shared by any
 * number of processes). {@link #parse} is the one place that reads the option; {@link #open} opens
 * the store it names.
 */
public sealed interface StoreLocation permits StoreLocation.Folder, StoreLocation.Postgres {

  /** What {@code --store} accepts, for messages. */
  String FORMS = "a folder, or postgresql://[USER[:PASSWORD]@]HOST[:PORT]/DATABASE";

  /** Opens (creating or migrating if needed) the store at this location. */
  KnowledgeBase open();

  /** Whether a store may already exist here without this process knowing (a database server). */
  boolean shared();

  /**
   * Reads a {@code --store} value, taking the PostgreSQL user and password, when the URL gives
   * none, from the {@code PGUSER} and {@code PGPASSWORD} environment variables.
   *
   * @throws ConfigException with a one-line message and hint for a malformed URL
   */
  static StoreLocation parse(String value) {
    return parse(value, System.getenv());
  }

  /** As {@link #parse(String)}, with the environment given (for tests). */
  static StoreLocation parse(String value, Map<String, String> env) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(env, "env");
    String text = value.strip();
    if (text.isEmpty()) {
      throw new ConfigException("--store is empty; give " + FORMS);
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.startsWith("jdbc:postgresql:")) {
      text = text.substring("jdbc:".length());
      lower = lower.substring("jdbc:".length());
    }
    if (lower.startsWith("postgresql://") || lower.startsWith("postgres://")) {
      return Postgres.parse(text, env);
    }
    if (Postgres.SCHEME.matcher(text).find()) {
      throw new ConfigException(
          "--store "
              + Postgres.withoutPassword(text)
              + ": only postgresql:// URLs name a database server; give "
              + FORMS);
    }
    try {
      return new Folder(Path.of(text));
    } catch (InvalidPathException e) {
      throw new ConfigException("--store " + text + " is not a valid path: " + e.getReason(), e);
    }
  }

  /**
   * The embedded store in a folder.
   *
   * @param path the store folder (created if missing)
   */
  record Folder(Path path) implements StoreLocation {
    public Folder {
      Objects.requireNonNull(path, "path");
    }

    @Override
    public KnowledgeBase open() {
      return SqliteKnowledgeBase.open(path);
    }

    @Override
    public boolean shared() {
      return false;
    }

    @Override
    public String toString() {
      return path.toString();
    }
  }

  /**
   * A database on a PostgreSQL server. {@link #toString} never shows the password.
   *
   * @param host server name or address
   * @param port server port
   * @param database database name
   * @param user role to log in as
   * @param password its password, or null to let the server or {@code ~/.pgpass} decide
   * @param parameters further connection parameters for the driver ({@code sslmode=require}, …)
   */
  record Postgres(
      String host,
      int port,
      String database,
      String user,
      @Nullable String password,
      Map<String, String> parameters)
      implements StoreLocation {

    /** The PostgreSQL server's default port. */
    public static final int DEFAULT_PORT = 5432;

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://");

    public Postgres {
      Objects.requireNonNull(host, "host");
      Objects.requireNonNull(database, "database");
      Objects.requireNonNull(user, "user");
      parameters = Map.copyOf(parameters);
      if (port < 1 || port > 65535) {
        throw new ConfigException("--store: port " + port + " is not between 1 and 65535");
      }
    }

    @Override
    public KnowledgeBase open() {
      return PostgresKnowledgeBase.open(this);
    }

    @Override
    public boolean shared() {
      return true;
    }

    /** {@code postgresql://user@host:port/database}, without the password. */
    @Override
    public String toString() {
      String hostPart = host.contains(":") ? "[" + host + "]" : host;
      return "postgresql://" + user + "@" + hostPart + ":" + port + "/" + database;
    }

    private static Postgres parse(String text, Map<String, String> env) {
      String shown = withoutPassword(text);
      URI uri;
      try {
        uri = new URI(text);
      } catch (URISyntaxException e) {
        throw new ConfigException(
            "--store " + shown + " is not a valid URL (" + e.getReason() + "); give " + FORMS, e);
      }
      String host = uri.getHost();
      if (host == null || host.isEmpty()) {
        throw new ConfigException(
            "--store " + shown + " names no server; give " + FORMS + " (e.g. localhost)");
      }
      if (host.startsWith("[") && host.endsWith("]")) {
        host = host.substring(1, host.length() - 1);
      }
      String path = uri.getPath() == null ? "" : uri.getPath();
      String database = path.startsWith("/") ? path.substring(1) : path;
      if (database.isEmpty() || database.contains("/")) {
        throw new ConfigException(
            "--store " + shown + " names no database (or more than one); give " + FORMS);
      }
      int port = uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort();
      String user = null;
      String password = null;
      String userInfo = uri.getRawUserInfo();
      if (userInfo != null && !userInfo.isEmpty()) {
        int colon = userInfo.indexOf(':');
        user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
        password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
      }
      Map<String, String> parameters = new LinkedHashMap<>();
      String query = uri.getRawQuery();
      if (query != null && !query.isEmpty()) {
        for (String pair : query.split("&")) {
          if (pair.isEmpty()) {
            continue;
          }
          int eq = pair.indexOf('=');
          String name = decode(eq < 0 ? pair : pair.substring(0, eq));
          String val = eq < 0 ? "" : decode(pair.substring(eq + 1));
          if (name.equals("user")) {
            user = user == null ? val : user;
          } else if (name.equals("password")) {
            password = password == null ? val : password;
          } else {
            parameters.put(name, val);
          }
        }
      }
      if (user == null || user.isEmpty()) {
        user = env.getOrDefault("PGUSER", "");
      }
      if (user.isEmpty()) {
        user = System.getProperty("user.name", "postgres");
      }
      if (password == null && env.containsKey("PGPASSWORD")) {
        password = env.get("PGPASSWORD");
      }
      if (uri.getPort() < 0
          && uri.getRawAuthority() != null
          && uri.getRawAuthority().endsWith(":")) {
        throw new ConfigException("--store " + shown + " has an empty port; give " + FORMS);
      }
      return new Postgres(host, port, decode(database), user, password, parameters);
    }

    private static String decode(String raw) {
      try {
        return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        throw new ConfigException(
            "--store: '" + raw + "' in the URL has a broken %-escape; write % as %25", e);
      }
    }

    /** The URL as given, with any password replaced by {@code ***}, for messages. */
    static String withoutPassword(String url) {
      return url.replaceFirst("^([A-Za-z][A-Za-z0-9+.-]*://[^/@:]*):[^/@]*@", "$1:***@");
    }
  }
}
