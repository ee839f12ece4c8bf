// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.server;

import static io.dossier.server.Html.escape;
import static io.dossier.server.Layout.foot;
import static io.dossier.server.Layout.head;

import io.dossier.model.Entity;
import io.dossier.store.KnowledgeBase;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The relationship graph page: Cytoscape draws {@code /api/graph} (same query) into the page; the
 * edges are also listed as a table, readable without script.
 */
final class GraphPage {
  private final KnowledgeBase kb;
  private final GraphData graphs;

  GraphPage(KnowledgeBase kb, GraphData graphs) {
    this.kb = kb;
    this.graphs = graphs;
  }

  String render(@Nullable String entity, int limit, int minCooccurrence) {
    StringBuilder b = new StringBuilder();
    String name =
        entity == null
            ? null
            : kb.entity(entity).map(Entity::name).orElse(null); // checks it exists
    head(b, name == null ? "Relationship graph" : "Relationships of " + name);
    GraphData.Graph g =
        graphs.graph(name == null ? null : entity, limit, minCooccurrence).orElseThrow();
    b.append("<p class=\"meta\">")
        .append(g.nodes().size())
        .append(" entities · ")
        .append(g.edges().size())
        .append(" edges: red arrows are merged events (who acted on whom, by event type), green")
        .append(" dashed arrows extracted relations (leads, member of, supports…); grey lines")
        .append(" join entities named together in at least ")
        .append(minCooccurrence)
        .append(" documents. Click an entity to open it.</p>");
    b.append("<form method=\"get\" action=\"/graph\" class=\"filters\">");
    if (name != null) {
      b.append("<input type=\"hidden\" name=\"entity\" value=\"")
          .append(escape(entity))
          .append("\">");
    }
    b.append("<label>Entities <input type=\"number\" name=\"limit\" min=\"2\" max=\"")
        .append(DossierServer.MAX_GRAPH_NODES)
        .append("\" value=\"")
        .append(limit)
        .append("\"></label> <label>Named together in at least <input type=\"number\"")
        .append(" name=\"min_cooccurrence\" min=\"1\" max=\"1000\" value=\"")
        .append(minCooccurrence)
        .append("\"> documents</label> <button type=\"submit\">Draw</button></form>");
    b.append("<div id=\"graph\" class=\"graph\"></div>");
    b.append("<h2>Edges</h2>");
    if (g.edges().isEmpty()) {
      b.append("<p class=\"empty\">No edges.</p>");
    } else {
      java.util.Map<String, String> names = new java.util.HashMap<>();
      g.nodes().forEach(n -> names.put(n.id(), n.name()));
      b.append("<table class=\"edges\"><thead><tr><th>from</th><th>relation</th><th>to</th>")
          .append("<th>weight</th></tr></thead><tbody>");
      for (GraphData.Edge e : g.edges()) {
        b.append("<tr><td>");
        Layout.entityLink(b, e.source(), names.getOrDefault(e.source(), e.source()));
        b.append("</td><td>").append(escape(e.label())).append("</td><td>");
        Layout.entityLink(b, e.target(), names.getOrDefault(e.target(), e.target()));
        b.append("</td><td>").append(e.weight()).append("</td></tr>");
      }
      b.append("</tbody></table>");
    }
    return foot(b, List.of(Layout.CYTOSCAPE, "/static/graph.js"));
  }
}
