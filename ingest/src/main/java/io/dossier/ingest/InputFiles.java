// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest;

import io.dossier.ingest.internal.TextFiles;
import io.dossier.model.IngestIssue;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Turns the paths given on the command line into the list of files to read.
 *
 * <p>Files are taken as given, folders are walked recursively. Paths keep the order in which they
 * were given; inside a folder, entries are visited in order of their names, depth first, so the
 * result does not depend on the file system. Hidden files and folders (names starting with a dot)
 * inside a folder are skipped, and symbolic links to folders are not followed (no cycles). A file
 * reached twice is listed once. Missing or unreadable paths become {@link
 * IngestIssue.Kind#UNREADABLE} issues.
 */
public final class InputFiles {
  private InputFiles() {}

  /** The files to read for {@code paths}; problems go to {@code issues}. */
  public static List<Path> expand(List<Path> paths, Consumer<IngestIssue> issues) {
    List<Path> files = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        walk(path, files, seen, issues);
      } else if (Files.isRegularFile(path)) {
        add(path, files, seen);
      } else if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
        issues.accept(
            new IngestIssue(
                path.toString(),
                null,
                IngestIssue.Kind.UNREADABLE,
                "not a regular file or folder (a broken link, a device or a pipe?)"));
      } else {
        issues.accept(
            new IngestIssue(
                path.toString(),
                null,
                IngestIssue.Kind.UNREADABLE,
                "no such file or folder; check the path"));
      }
    }
    return List.copyOf(files);
  }

  private static void walk(
      Path folder, List<Path> files, Set<Path> seen, Consumer<IngestIssue> issues) {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
      for (Path entry : stream) {
        if (!isHidden(entry)) {
          entries.add(entry);
        }
      }
    } catch (IOException e) {
      issues.accept(
          new IngestIssue(
              folder.toString(),
              null,
              IngestIssue.Kind.UNREADABLE,
              "cannot list the folder: " + TextFiles.describe(e)));
      return;
    }
    entries.sort(Comparator.comparing(entry -> String.valueOf(entry.getFileName())));
    for (Path entry : entries) {
      if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
        walk(entry, files, seen, issues);
      } else if (Files.isRegularFile(entry)) {
        add(entry, files, seen);
      }
    }
  }

  private static void add(Path file, List<Path> files, Set<Path> seen) {
    if (seen.add(file.toAbsolutePath().normalize())) {
      files.add(file);
    }
  }

  private static boolean isHidden(Path entry) {
    Path name = entry.getFileName();
    return name != null && name.toString().startsWith(".");
  }
}
