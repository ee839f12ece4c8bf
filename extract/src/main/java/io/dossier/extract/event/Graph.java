// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.extract.event;

import io.dossier.model.AnnotatedText;
import io.dossier.model.Dependency;
import io.dossier.model.Token;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A read-only view of one document's dependency graph (enhanced++ edges may give a token several
 * governors) with the token attributes the rules need.
 */
final class Graph {

  /** One edge seen from one end: the relation and the token at the other end. */
  record Edge(String rel, int token) {}

  private final AnnotatedText text;
  private final List<List<Edge>> children;
  private final List<List<Edge>> parents;
  private final int[] depth;
  private final boolean[] parsed;

  Graph(AnnotatedText text) {
    this.text = text;
    int n = text.tokens().size();
    children = new ArrayList<>(n);
    parents = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      children.add(new ArrayList<>(2));
      parents.add(new ArrayList<>(1));
    }
    parsed = new boolean[text.sentences().size()];
    List<Integer> roots = new ArrayList<>();
    for (Dependency d : text.dependencies()) {
      if (d.dependent() < 0 || d.dependent() >= n || d.governor() >= n) {
        continue; // an edge outside the token list is unusable; the rest of the parse still is
      }
      parsed[text.tokens().get(d.dependent()).sentence()] = true;
      if (d.governor() < 0) {
        roots.add(d.dependent());
        continue;
      }
      children.get(d.governor()).add(new Edge(d.relation(), d.dependent()));
      parents.get(d.dependent()).add(new Edge(d.relation(), d.governor()));
    }
    depth = new int[n];
    Arrays.fill(depth, Integer.MAX_VALUE);
    Deque<Integer> queue = new ArrayDeque<>();
    for (int r : roots) {
      depth[r] = 0;
      queue.add(r);
    }
    while (!queue.isEmpty()) {
      int t = queue.poll();
      for (Edge e : children.get(t)) {
        if (depth[e.token()] == Integer.MAX_VALUE) {
          depth[e.token()] = depth[t] + 1;
          queue.add(e.token());
        }
      }
    }
  }

  AnnotatedText text() {
    return text;
  }

  Token token(int i) {
    return text.tokens().get(i);
  }

  int size() {
    return text.tokens().size();
  }

  /** Whether any token of the sentence has a dependency edge. */
  boolean parsed(int sentence) {
    return parsed[sentence];
  }

  /** Distance from the sentence root; {@link Integer#MAX_VALUE} when unreachable. */
  int depth(int i) {
    return depth[i];
  }

  List<Edge> children(int i) {
    return children.get(i);
  }

  List<Edge> parents(int i) {
    return parents.get(i);
  }

  /**
   * The governor a tree walk should follow: the first governor over a relation that is not a
   * propagated enhanced edge ({@code :xsubj}, {@code ref}), else any.
   */
  @Nullable Edge head(int i) {
    Edge fallback = null;
    for (Edge e : parents.get(i)) {
      if (e.rel().endsWith(":xsubj") || e.rel().equals("ref")) {
        if (fallback == null) {
          fallback = e;
        }
        continue;
      }
      if (e.rel().startsWith("conj")) {
        // a conjunct also hangs off its first conjunct's governor in enhanced++; prefer that
        if (fallback == null || fallback.rel().endsWith(":xsubj")) {
          fallback = e;
        }
        continue;
      }
      return e;
    }
    return fallback;
  }

  /** Children over relations equal to {@code rel} or starting with {@code rel + ":"}. */
  List<Integer> children(int i, String rel) {
    List<Integer> out = new ArrayList<>();
    for (Edge e : children.get(i)) {
      if (is(e.rel(), rel)) {
        out.add(e.token());
      }
    }
    return out;
  }

  /** The first child over {@code rel} (or a subtype of it), or -1. */
  int child(int i, String rel) {
    for (Edge e : children.get(i)) {
      if (is(e.rel(), rel)) {
        return e.token();
      }
    }
    return -1;
  }

  /** Whether {@code rel} is {@code base} or one of its subtypes ({@code obl} covers obl:in). */
  static boolean is(String rel, String base) {
    return rel.equals(base) || (rel.startsWith(base) && rel.charAt(base.length()) == ':');
  }

  /** The preposition folded into an enhanced relation ({@code obl:in} → {@code in}), or "". */
  static String prep(String rel) {
    int colon = rel.indexOf(':');
    return colon < 0 ? "" : rel.substring(colon + 1).replace('_', ' ');
  }

  /** Lower-case lemma, falling back to the lower-case word. */
  String lemma(int i) {
    Token t = token(i);
    String l = t.lemma() != null ? t.lemma() : t.word();
    return l.toLowerCase(Locale.ROOT);
  }

  String word(int i) {
    return token(i).word();
  }

  String lower(int i) {
    return token(i).word().toLowerCase(Locale.ROOT);
  }

  String pos(int i) {
    String p = token(i).pos();
    return p == null ? "" : p;
  }

  String ner(int i) {
    String n = token(i).ner();
    return n == null ? "O" : n;
  }

  boolean verb(int i) {
    return pos(i).startsWith("VB");
  }

  boolean noun(int i) {
    return pos(i).startsWith("NN");
  }

  /** Whether the token has a child over {@code rel} with one of the given lemmas. */
  boolean hasChild(int i, String rel, java.util.Set<String> lemmas) {
    for (Edge e : children.get(i)) {
      if (is(e.rel(), rel) && lemmas.contains(lemma(e.token()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code ancestor} governs {@code t} (transitively, any edges, bounded). */
  boolean dominates(int ancestor, int t) {
    Deque<Integer> todo = new ArrayDeque<>();
    boolean[] seen = new boolean[size()];
    todo.add(t);
    while (!todo.isEmpty()) {
      int x = todo.poll();
      if (x == ancestor) {
        return true;
      }
      if (seen[x]) {
        continue;
      }
      seen[x] = true;
      for (Edge e : parents.get(x)) {
        if (!e.rel().endsWith(":xsubj") && !e.rel().equals("ref")) {
          todo.add(e.token());
        }
      }
    }
    return false;
  }
}
