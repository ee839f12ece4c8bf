// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The schema.org objects in a page's JSON-LD scripts, including those nested in {@code @graph} and
 * arrays. Objects typed as an article ({@code NewsArticle}, {@code BlogPosting}, …) are preferred
 * when looking up a property. Invalid JSON-LD is skipped: it is common, and the page's other
 * metadata still counts.
 */
final class JsonLd {
  private static final int MAX_OBJECTS = 10_000;

  private final List<JsonNode> articles = new ArrayList<>();
  private final List<JsonNode> others = new ArrayList<>();
  private final Map<String, JsonNode> byId = new HashMap<>();

  private JsonLd() {}

  static JsonLd read(Document doc, ObjectMapper mapper) {
    JsonLd ld = new JsonLd();
    for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
      try {
        ld.collect(mapper.readTree(script.data()));
      } catch (JsonProcessingException e) {
        // Skipped on purpose, see the class comment.
      }
    }
    return ld;
  }

  /** The first textual value of {@code property}, article objects first. */
  @Nullable String text(String property) {
    for (List<JsonNode> objects : List.of(articles, others)) {
      for (JsonNode object : objects) {
        JsonNode value = object.get(property);
        String text = firstText(value);
        if (text != null) {
          return text;
        }
      }
    }
    return null;
  }

  /** The name of the article's publisher, following {@code @id} references. */
  @Nullable String publisherName() {
    for (JsonNode article : articles) {
      JsonNode publisher = article.get("publisher");
      if (publisher != null && publisher.isArray() && !publisher.isEmpty()) {
        publisher = publisher.get(0);
      }
      if (publisher == null) {
        continue;
      }
      if (publisher.isTextual()) {
        return publisher.asText();
      }
      if (publisher.isObject() && !publisher.has("name") && publisher.path("@id").isTextual()) {
        publisher = byId.get(publisher.path("@id").asText());
      }
      String name = publisher == null ? null : firstText(publisher.get("name"));
      if (name != null) {
        return name;
      }
    }
    return null;
  }

  private void collect(JsonNode root) {
    Deque<JsonNode> pending = new ArrayDeque<>();
    pending.push(root);
    int seen = 0;
    while (!pending.isEmpty() && seen++ < MAX_OBJECTS) {
      JsonNode node = pending.pop();
      if (node.isArray()) {
        for (int i = node.size() - 1; i >= 0; i--) {
          pending.push(node.get(i));
        }
      } else if (node.isObject()) {
        (isArticle(node) ? articles : others).add(node);
        if (node.path("@id").isTextual() && node.size() > 1) {
          byId.putIfAbsent(node.path("@id").asText(), node);
        }
        List<JsonNode> children = new ArrayList<>();
        node.elements().forEachRemaining(children::add);
        for (int i = children.size() - 1; i >= 0; i--) {
          if (children.get(i).isContainerNode()) {
            pending.push(children.get(i));
          }
        }
      }
    }
  }

  private static boolean isArticle(JsonNode node) {
    JsonNode type = node.get("@type");
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (isArticleType(t.asText())) {
          return true;
        }
      }
      return false;
    }
    return isArticleType(type.asText());
  }

  private static boolean isArticleType(String type) {
    return type.endsWith("Article")
        || type.equals("BlogPosting")
        || type.equals("LiveBlogPosting")
        || type.equals("Report");
  }

  private static @Nullable String firstText(@Nullable JsonNode value) {
    if (value == null) {
      return null;
    }
    if (value.isArray()) {
      value = value.isEmpty() ? null : value.get(0);
    }
    if (value != null && value.isTextual() && !value.asText().isBlank()) {
      return value.asText();
    }
    return null;
  }
}
