// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.spark;

import io.dossier.ingest.ArticleReaders;
import io.dossier.ingest.ArticleSink;
import io.dossier.ingest.IngestDefaults;
import io.dossier.ingest.InputFiles;
import io.dossier.ingest.UrlArticleReader;
import io.dossier.model.Article;
import io.dossier.model.IngestIssue;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;

/**
 * The input files of a batch run and how one is read. A path without a scheme is a local file or
 * folder, listed exactly as {@code dossier ingest} lists it ({@link InputFiles}: recursively, by
 * name, hidden entries skipped, a file reached twice read once) and read in place. A path with a
 * scheme ({@code hdfs://}, {@code s3a://}, {@code file:/}, any Hadoop file system) is listed the
 * same way through Hadoop and copied to a local temporary file for the ingest module's readers,
 * which keep the given path as the article's source.
 */
final class Inputs {
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:/.*");

  private Inputs() {}

  /**
   * Whether {@code input} names a Hadoop file system path: it has a scheme ({@code file:/}, {@code
   * hdfs://}, …) other than http or https.
   */
  static boolean isHadoop(String input) {
    String lower = input.strip().toLowerCase(Locale.ROOT);
    return SCHEME.matcher(lower).matches()
        && !lower.startsWith("http://")
        && !lower.startsWith("https://");
  }

  /** The files to read for {@code inputs}, in ingest order; problems go to {@code issues}. */
  static List<String> expand(
      List<String> inputs, Configuration hadoop, Consumer<IngestIssue> issues) {
    List<String> files = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String input : inputs) {
      if (isHadoop(input)) {
        listHadoop(input, hadoop, files, seen, issues);
      } else if (UrlArticleReader.isUrl(input)) {
        issues.accept(
            new IngestIssue(
                input,
                null,
                IngestIssue.Kind.UNSUPPORTED,
                "the Spark job reads files only; fetch URLs with 'dossier ingest'"));
      } else {
        Path path;
        try {
          path = Path.of(input);
        } catch (InvalidPathException e) {
          issues.accept(
              new IngestIssue(
                  input, null, IngestIssue.Kind.UNREADABLE, "not a valid path: " + e.getReason()));
          continue;
        }
        for (Path file : InputFiles.expand(List.of(path), issues)) {
          if (seen.add(file.toAbsolutePath().normalize().toUri().toString())) {
            files.add(file.toString());
          }
        }
      }
    }
    return files;
  }

  private static void listHadoop(
      String input,
      Configuration hadoop,
      List<String> files,
      Set<String> seen,
      Consumer<IngestIssue> issues) {
    try {
      org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(new URI(input));
      FileSystem fs = path.getFileSystem(hadoop);
      if (!fs.exists(path)) {
        issues.accept(
            new IngestIssue(
                input,
                null,
                IngestIssue.Kind.UNREADABLE,
                "no such file or folder; check the path"));
        return;
      }
      walk(fs, fs.getFileStatus(path), input, files, seen);
    } catch (IOException | URISyntaxException | IllegalArgumentException e) {
      issues.accept(
          new IngestIssue(
              input, null, IngestIssue.Kind.UNREADABLE, "cannot list: " + e.getMessage()));
    }
  }

  private static void walk(
      FileSystem fs, FileStatus status, String given, List<String> files, Set<String> seen)
      throws IOException {
    if (status.isFile()) {
      if (seen.add(status.getPath().toUri().toString())) {
        files.add(given);
      }
      return;
    }
    FileStatus[] entries = fs.listStatus(status.getPath());
    Arrays.sort(entries, Comparator.comparing(s -> s.getPath().getName()));
    for (FileStatus entry : entries) {
      String name = entry.getPath().getName();
      if (name.startsWith(".")) {
        continue;
      }
      String child = given.endsWith("/") ? given + name : given + "/" + name;
      walk(fs, entry, child, files, seen);
    }
  }

  /**
   * Reads one input file with the ingest module's readers; a Hadoop path is copied to a local
   * temporary file first. Never throws for bad input.
   */
  static void read(
      String file,
      IngestDefaults defaults,
      Configuration hadoop,
      Consumer<Article> articles,
      Consumer<IngestIssue> issues) {
    ArticleReaders readers = new ArticleReaders();
    if (!isHadoop(file)) {
      readers.read(Path.of(file), defaults, ArticleSink.of(articles, issues));
      return;
    }
    Path dir = null;
    try {
      org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(new URI(file));
      dir = Files.createTempDirectory("dossier-input");
      Path local = dir.resolve(path.getName());
      FileSystem fs = path.getFileSystem(hadoop);
      try (FSDataInputStream in = fs.open(path);
          InputStream body = in) {
        Files.copy(body, local, StandardCopyOption.REPLACE_EXISTING);
      }
      String prefix = local.toString();
      readers.read(
          local,
          defaults,
          ArticleSink.of(
              a -> articles.accept(withSource(a, file + a.source().substring(prefix.length()))),
              i ->
                  issues.accept(
                      new IngestIssue(
                          i.source().startsWith(prefix)
                              ? file + i.source().substring(prefix.length())
                              : i.source(),
                          i.location(),
                          i.kind(),
                          i.message().replace(prefix, file)))));
    } catch (IOException | URISyntaxException | IllegalArgumentException e) {
      issues.accept(
          new IngestIssue(
              file, null, IngestIssue.Kind.UNREADABLE, "cannot read: " + e.getMessage()));
    } finally {
      deleteQuietly(dir);
    }
  }

  private static Article withSource(Article a, String source) {
    return new Article(
        a.id(),
        source,
        a.outlet(),
        a.title(),
        a.published(),
        a.publishedBasis(),
        a.language(),
        a.text(),
        a.removed(),
        a.url(),
        a.contentHash(),
        a.duplicateOf());
  }

  private static void deleteQuietly(@org.jspecify.annotations.Nullable Path dir) {
    if (dir == null) {
      return;
    }
    try (var files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary copy left behind is harmless; the OS cleans its temp folder
    }
  }
}
