/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Draws the relationship graph from /api/graph (same query string as the page) with Cytoscape.
   Labels are drawn on the canvas as text; a click on a node opens its entity page. */
(function () {
  'use strict';
  var el = document.getElementById('graph');
  if (!el || typeof cytoscape === 'undefined') {
    return;
  }
  fetch('/api/graph' + window.location.search, { headers: { Accept: 'application/json' } })
    .then(function (r) {
      if (!r.ok) {
        throw new Error('HTTP ' + r.status);
      }
      return r.json();
    })
    .then(function (g) {
      var elements = [];
      g.nodes.forEach(function (n) {
        elements.push({ data: { id: n.id, label: n.name, type: n.type, mentions: n.mentions } });
      });
      g.edges.forEach(function (e, i) {
        elements.push({
          data: {
            id: 'e' + i,
            source: e.source,
            target: e.target,
            label:
              e.kind === 'event' ? e.label + ' ×' + e.weight : e.kind === 'relation' ? e.label : '',
            kind: e.kind,
            weight: e.weight
          }
        });
      });
      var cy = cytoscape({
        container: el,
        elements: elements,
        wheelSensitivity: 0.3,
        style: [
          {
            selector: 'node',
            style: {
              label: 'data(label)',
              'font-size': 10,
              'background-color': '#3b6ea5',
              width: 18,
              height: 18,
              'text-valign': 'bottom',
              'text-margin-y': 3
            }
          },
          { selector: 'node[type = "PERSON"]', style: { 'background-color': '#c0392b' } },
          { selector: 'node[type = "ORGANIZATION"]', style: { 'background-color': '#2c7a4b' } },
          { selector: 'node[type = "LOCATION"]', style: { 'background-color': '#b7950b' } },
          {
            selector: 'edge[kind = "event"]',
            style: {
              'curve-style': 'bezier',
              'target-arrow-shape': 'triangle',
              'line-color': '#8a1c1c',
              'target-arrow-color': '#8a1c1c',
              label: 'data(label)',
              'font-size': 8,
              width: 2
            }
          },
          {
            selector: 'edge[kind = "relation"]',
            style: {
              'curve-style': 'bezier',
              'target-arrow-shape': 'vee',
              'line-color': '#2c7a4b',
              'target-arrow-color': '#2c7a4b',
              'line-style': 'dashed',
              label: 'data(label)',
              'font-size': 8,
              width: 2
            }
          },
          {
            selector: 'edge[kind = "cooccurrence"]',
            style: { 'curve-style': 'bezier', 'line-color': '#bbb', width: 1 }
          }
        ],
        layout: { name: 'cose', animate: false, nodeRepulsion: 8000 }
      });
      cy.on('tap', 'node', function (evt) {
        window.location.href = '/entities/' + encodeURIComponent(evt.target.id());
      });
      el.setAttribute('data-nodes', String(cy.nodes().length));
      el.setAttribute('data-edges', String(cy.edges().length));
    })
    .catch(function (err) {
      el.setAttribute('data-error', String(err));
      el.textContent = 'The graph could not be loaded: ' + err;
    });
})();
