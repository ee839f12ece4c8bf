// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.extract.claim;

import io.dossier.model.AnnotatedText;
import io.dossier.model.Dependency;
import io.dossier.model.Token;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/** Read access to the tokens and the dependency graph of one text, by token index. */
final class Graph {

  /** One edge. */
  record Edge(int governor, int dependent, String relation) {}

  final AnnotatedText text;
  final List<Token> tokens;
  private final List<List<Edge>> children;
  private final List<List<Edge>> parents;

  Graph(AnnotatedText text) {
    this.text = text;
    this.tokens = text.tokens();
    int n = tokens.size();
    children = new ArrayList<>(n);
    parents = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      children.add(new ArrayList<>(2));
      parents.add(new ArrayList<>(1));
    }
    for (Dependency d : text.dependencies()) {
      if (d.dependent() < 0 || d.dependent() >= n || d.governor() >= n) {
        continue;
      }
      Edge e = new Edge(d.governor(), d.dependent(), d.relation());
      parents.get(d.dependent()).add(e);
      if (d.governor() >= 0) {
        children.get(d.governor()).add(e);
      }
    }
  }

  int size() {
    return tokens.size();
  }

  Token token(int i) {
    return tokens.get(i);
  }

  String word(int i) {
    return tokens.get(i).word();
  }

  String lower(int i) {
    return tokens.get(i).word().toLowerCase(Locale.ROOT);
  }

  String lemma(int i) {
    String l = tokens.get(i).lemma();
    return (l == null ? tokens.get(i).word() : l).toLowerCase(Locale.ROOT);
  }

  String pos(int i) {
    String p = tokens.get(i).pos();
    return p == null ? "" : p;
  }

  String ner(int i) {
    String n = tokens.get(i).ner();
    return n == null ? "O" : n;
  }

  int sentence(int i) {
    return tokens.get(i).sentence();
  }

  boolean parsed(int i) {
    return !parents.get(i).isEmpty();
  }

  List<Edge> children(int i) {
    return children.get(i);
  }

  List<Edge> parents(int i) {
    return parents.get(i);
  }

  /** The first child whose relation is {@code rel} or starts with {@code rel + ":"}. */
  @Nullable Integer child(int i, String rel) {
    for (Edge e : children.get(i)) {
      if (is(e.relation(), rel)) {
        return e.dependent();
      }
    }
    return null;
  }

  /** All children with relation {@code rel} (or a subtype of it). */
  List<Integer> childrenOf(int i, String rel) {
    List<Integer> out = new ArrayList<>();
    for (Edge e : children.get(i)) {
      if (is(e.relation(), rel)) {
        out.add(e.dependent());
      }
    }
    return out;
  }

  /** The first parent edge whose relation is {@code rel} (or a subtype). */
  @Nullable Edge parent(int i, String rel) {
    for (Edge e : parents.get(i)) {
      if (is(e.relation(), rel)) {
        return e;
      }
    }
    return null;
  }

  static boolean is(String relation, String rel) {
    return relation.equals(rel)
        || (relation.startsWith(rel)
            && relation.length() > rel.length()
            && relation.charAt(rel.length()) == ':');
  }

  /**
   * The smallest and largest token reachable from {@code head} over child edges, within its
   * sentence and {@code [lo, hi]}, not crossing {@code ref} edges, edges {@code skip} refuses or
   * the tokens in {@code blocked}.
   */
  int[] extent(int head, int lo, int hi, Predicate<Edge> skip, Set<Integer> blocked) {
    int sentence = sentence(head);
    int min = head;
    int max = head;
    boolean[] seen = new boolean[tokens.size()];
    Deque<Integer> todo = new ArrayDeque<>();
    todo.add(head);
    seen[head] = true;
    while (!todo.isEmpty()) {
      int t = todo.poll();
      for (Edge e : children.get(t)) {
        int d = e.dependent();
        if (seen[d]
            || e.relation().equals("ref")
            || d < lo
            || d > hi
            || sentence(d) != sentence
            || blocked.contains(d)
            || skip.test(e)) {
          continue;
        }
        seen[d] = true;
        min = Math.min(min, d);
        max = Math.max(max, d);
        todo.add(d);
      }
    }
    return new int[] {min, max};
  }
}
