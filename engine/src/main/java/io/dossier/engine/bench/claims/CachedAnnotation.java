// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.bench.claims;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.dossier.engine.pipeline.TextAnnotation;
import io.dossier.extract.claim.ClaimSentences;
import io.dossier.model.AnnotatedText;
import io.dossier.model.Article;
import io.dossier.model.Layer;
import io.dossier.model.StorageException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * An annotation stage that keeps each article's {@link AnnotatedText} on disk (gzipped JSON, keyed
 * by a hash of id, text, layers and {@link #PARSE_SELECTION}), so repeated benchmark runs parse
 * each text once. The inner stage is built only when a text is not cached.
 */
public final class CachedAnnotation implements TextAnnotation {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  /**
   * Names which sentences the inner stage parses; part of the key, so that parses cached before a
   * change of the selection (earlier: every sentence; or fewer cue words) are not taken for current
   * ones. Change the name when the selection's rules change; the words it reads are in the
   * fingerprint.
   */
  static final String PARSE_SELECTION =
      "parse=candidate-sentences-1;" + ClaimSentences.SELECTION_FINGERPRINT;

  private final Path dir;
  private final Set<Layer> layers;
  private final Supplier<TextAnnotation> inner;
  private volatile @Nullable TextAnnotation built;

  public CachedAnnotation(Path dir, Set<Layer> layers, Supplier<TextAnnotation> inner) {
    this.dir = dir;
    this.layers = Set.copyOf(layers);
    this.inner = inner;
  }

  @Override
  public String name() {
    return "corenlp";
  }

  @Override
  public Set<Layer> provides() {
    return layers;
  }

  @Override
  public AnnotatedText annotate(Article article) {
    Path file = dir.resolve(key(article) + ".json.gz");
    if (Files.isRegularFile(file)) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
        return MAPPER.readValue(in, AnnotatedText.class);
      } catch (IOException e) {
        throw new StorageException("cannot read cached parse " + file + "; delete it", e);
      }
    }
    AnnotatedText text = stage().annotate(article);
    try {
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, "parse", ".tmp");
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp))) {
        MAPPER.writeValue(out, text);
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new StorageException("cannot write parse cache " + file, e);
    }
    return text;
  }

  private TextAnnotation stage() {
    TextAnnotation s = built;
    if (s == null) {
      synchronized (this) {
        s = built;
        if (s == null) {
          s = inner.get();
          built = s;
        }
      }
    }
    return s;
  }

  private String key(Article article) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(article.id().getBytes(StandardCharsets.UTF_8));
      md.update((byte) 0);
      md.update(article.text().getBytes(StandardCharsets.UTF_8));
      md.update((byte) 0);
      md.update(new TreeSet<>(layers).toString().getBytes(StandardCharsets.UTF_8));
      md.update(String.valueOf(article.published()).getBytes(StandardCharsets.UTF_8));
      md.update((byte) 0);
      md.update(PARSE_SELECTION.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(md.digest()).substring(0, 24);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from the JDK", e);
    }
  }
}
