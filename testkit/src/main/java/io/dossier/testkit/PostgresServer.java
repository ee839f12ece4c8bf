// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.testkit;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A throwaway PostgreSQL server for tests: the real server binaries of the machine (Debian's {@code
 * postgresql} package, found under {@code /usr/lib/postgresql/VERSION/bin} or in {@code PG_BIN}), a
 * new cluster in a temporary folder, started on a free loopback port with durability off, and
 * stopped (and deleted) when the test run ends. One server serves a whole test JVM; each {@link
 * #newDatabase} is a new empty database. Running as root, the cluster belongs to the {@code
 * postgres} user ({@code initdb} refuses root).
 *
 * <p>Without the binaries, tests that ask for a database are skipped with a message saying how to
 * install them; {@code .ci/run} installs them, so they run in CI.
 */
public final class PostgresServer implements AutoCloseable {

  /** The role every database belongs to. */
  public static final String USER = "dossier";

  /** Its password (the server asks for it on TCP connections). */
  public static final String PASSWORD = "dossier-test";

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static PostgresServer server;
  private static String unavailable;

  /**
   * A database on the test server.
   *
   * @param host the server address (loopback)
   * @param port the server port
   * @param name the database name
   * @param user the role to log in as
   * @param password its password
   */
  public record Database(String host, int port, String name, String user, String password) {

    /** {@code postgresql://USER:PASSWORD@HOST:PORT/NAME}, as {@code --store} takes it. */
    public String url() {
      return "postgresql://" + user + ":" + password + "@" + host + ":" + port + "/" + name;
    }

    /** The JDBC URL (without user and password). */
    public String jdbcUrl() {
      return "jdbc:postgresql://" + host + ":" + port + "/" + name;
    }
  }

  private final Path bin;
  private final Path home;
  private final int port;
  private final boolean asPostgres;

  private PostgresServer(Path bin, Path home, int port, boolean asPostgres) {
    this.bin = bin;
    this.home = home;
    this.port = port;
    this.asPostgres = asPostgres;
  }

  /**
   * A new empty database on the test server, which is started on first use; skips the calling test
   * when no PostgreSQL binaries are installed.
   */
  public static Database newDatabase() {
    return newDatabase("template1");
  }

  /** A new database copied from {@code template}, an existing database of the test server. */
  public static Database newDatabase(String template) {
    PostgresServer pg = server();
    String name = "t" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
    pg.sql("CREATE DATABASE " + name + " OWNER " + USER + " TEMPLATE " + template);
    return pg.database(name);
  }

  /** Creates a database named {@code name} (to be used as a template, say). */
  public static Database createDatabase(String name) {
    PostgresServer pg = server();
    pg.sql("CREATE DATABASE " + name + " OWNER " + USER);
    return pg.database(name);
  }

  private Database database(String name) {
    return new Database("127.0.0.1", port, name, USER, PASSWORD);
  }

  /** Runs SQL on the server's maintenance database as the test user. */
  private void sql(String sql) {
    String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    try (Connection c = DriverManager.getConnection(url, USER, PASSWORD);
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("test PostgreSQL: " + sql + ": " + e.getMessage(), e);
    }
  }

  /** The running server, started on first use and stopped when the JVM exits. */
  static synchronized PostgresServer server() {
    Assumptions.assumeTrue(unavailable == null, () -> unavailable);
    if (server == null) {
      Optional<Path> bin = binaries();
      if (bin.isEmpty()) {
        unavailable =
            "no PostgreSQL server binaries (initdb, pg_ctl) in /usr/lib/postgresql/*/bin or"
                + " PG_BIN; install them ('apt-get install postgresql') to run the PostgreSQL"
                + " store tests";
        Assumptions.abort(unavailable);
      }
      try {
        server = start(bin.get());
      } catch (IOException | RuntimeException e) {
        unavailable = "the test PostgreSQL server did not start: " + e.getMessage();
        throw new IllegalStateException(unavailable, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while starting PostgreSQL", e);
      }
      PostgresServer started = server;
      Runtime.getRuntime().addShutdownHook(new Thread(started::close, "test-postgres-stop"));
    }
    return server;
  }

  static Optional<Path> binaries() {
    String env = System.getenv("PG_BIN");
    List<Path> candidates = new ArrayList<>();
    if (env != null && !env.isBlank()) {
      candidates.add(Path.of(env));
    }
    Path debian = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(debian)) {
      try (Stream<Path> versions = Files.list(debian)) {
        versions
            .sorted(Comparator.comparing(p -> -version(p)))
            .forEach(v -> candidates.add(v.resolve("bin")));
      } catch (IOException e) {
        // no candidates from there
      }
    }
    return candidates.stream()
        .filter(
            p -> Files.isExecutable(p.resolve("initdb")) && Files.isExecutable(p.resolve("pg_ctl")))
        .findFirst();
  }

  private static int version(Path folder) {
    try {
      return Integer.parseInt(folder.getFileName().toString());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static PostgresServer start(Path bin) throws IOException, InterruptedException {
    boolean root = "root".equals(System.getProperty("user.name"));
    Path home = Files.createTempDirectory("dossier-pg-");
    if (root) {
      UserPrincipalLookupService users = home.getFileSystem().getUserPrincipalLookupService();
      UserPrincipal postgres = users.lookupPrincipalByName("postgres");
      GroupPrincipal group = users.lookupPrincipalByGroupName("postgres");
      PosixFileAttributeView view = Files.getFileAttributeView(home, PosixFileAttributeView.class);
      view.setOwner(postgres);
      view.setGroup(group);
    }
    Path pwfile = home.resolve("pw");
    Files.writeString(pwfile, PASSWORD + "\n", StandardCharsets.UTF_8);
    if (root) {
      Files.setOwner(
          pwfile,
          home.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres"));
    }
    Path data = home.resolve("data");
    run(
        root,
        home,
        bin.resolve("initdb").toString(),
        "-D",
        data.toString(),
        "-U",
        USER,
        "--pwfile=" + pwfile,
        "--auth-local=trust",
        "--auth-host=scram-sha-256",
        "-E",
        "UTF8",
        "--locale=C.UTF-8",
        "--no-sync");
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    run(
        root,
        home,
        bin.resolve("pg_ctl").toString(),
        "-D",
        data.toString(),
        "-l",
        home.resolve("server.log").toString(),
        "-w",
        "-t",
        "60",
        "-o",
        "-p "
            + port
            + " -c listen_addresses=127.0.0.1 -k "
            + home
            + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
            + " -c max_connections=200",
        "start");
    return new PostgresServer(bin, home, port, root);
  }

  private static void run(boolean root, Path home, String... command)
      throws IOException, InterruptedException {
    List<String> full = new ArrayList<>();
    if (root) {
      full.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    full.addAll(List.of(command));
    Path log = Files.createTempFile("dossier-pg-cmd-", ".log");
    try {
      Process process =
          new ProcessBuilder(full)
              .directory(home.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException(String.join(" ", command) + " did not finish in 120 s");
      }
      if (process.exitValue() != 0) {
        throw new IOException(
            String.join(" ", command)
                + " failed: "
                + Files.readString(log, StandardCharsets.UTF_8).strip());
      }
    } finally {
      Files.deleteIfExists(log);
    }
  }

  /** Stops the server and deletes its cluster. */
  @Override
  public void close() {
    try {
      run(
          asPostgres,
          home,
          bin.resolve("pg_ctl").toString(),
          "-D",
          home.resolve("data").toString(),
          "-m",
          "immediate",
          "-w",
          "stop");
    } catch (IOException e) {
      System.err.println("test PostgreSQL did not stop: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    // a cluster of many databases takes a while to delete: not in this JVM's shutdown
    try {
      new ProcessBuilder("rm", "-rf", home.toString())
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start();
    } catch (IOException e) {
      System.err.println("test PostgreSQL folder " + home + " not deleted: " + e.getMessage());
    }
  }
}
