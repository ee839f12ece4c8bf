// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.bench.resolution;

import io.dossier.model.DocumentAnalysis;
import io.dossier.model.ResolvedDocument;
import io.dossier.resolve.EntityResolver;
import io.dossier.resolve.ExactNameResolver;
import io.dossier.resolve.InMemoryCandidates;
import io.dossier.resolve.TransliterationResolver;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A resolver under measurement: a name for the tables and a way to build it. Each {@link #open()}
 * starts from an empty knowledge base held in memory.
 *
 * @param name the name shown in reports
 * @param resolver builds the resolver
 * @param crossDocument whether articles see the entities of earlier articles; {@code false} gives
 *     the no-linking reference point, where every article starts from an empty knowledge base
 */
public record ResolverSetup(String name, Supplier<EntityResolver> resolver, boolean crossDocument) {

  public ResolverSetup {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(resolver, "resolver");
  }

  /** The exact-string baseline. */
  public static ResolverSetup exactName() {
    return new ResolverSetup("exact name (baseline)", ExactNameResolver::new, true);
  }

  /** The transliteration-aware resolver that replaces the baseline. */
  public static ResolverSetup transliteration() {
    return new ResolverSetup("transliteration", TransliterationResolver::new, true);
  }

  /** No cross-document linking at all: each article is resolved against an empty knowledge base. */
  public static ResolverSetup noLinking() {
    return new ResolverSetup("no cross-document linking", ExactNameResolver::new, false);
  }

  /** The setups every report compares: no linking, the exact-name baseline, the resolver. */
  public static List<ResolverSetup> standard() {
    return List.of(noLinking(), exactName(), transliteration());
  }

  /** A fresh run with an empty candidate store. */
  public Session open() {
    return new Session(resolver.get(), new InMemoryCandidates(), crossDocument);
  }

  /** One run: articles are resolved in order, each committed before the next is resolved. */
  public static final class Session {
    private final EntityResolver resolver;
    private final InMemoryCandidates candidates;
    private final boolean crossDocument;

    Session(EntityResolver resolver, InMemoryCandidates candidates, boolean crossDocument) {
      this.resolver = resolver;
      this.candidates = candidates;
      this.crossDocument = crossDocument;
    }

    /** Resolves {@code analysis} against everything added before and commits the result. */
    public ResolvedDocument add(DocumentAnalysis analysis) {
      if (!crossDocument) {
        return resolver.resolve(analysis, (type, key) -> List.of());
      }
      ResolvedDocument resolved = resolver.resolve(analysis, candidates);
      candidates.apply(resolved);
      return resolved;
    }
  }
}
