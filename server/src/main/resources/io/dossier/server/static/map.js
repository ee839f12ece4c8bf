/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Draws the places listed in the page (li.place with data-lat/data-lon) on a Leaflet map in #map.
   Tiles come from data-tiles if the server was given --tiles; otherwise (or when tiles fail) the
   points show on the plain background. Popups are copies of the page's own (escaped) list items. */
(function () {
  'use strict';
  var el = document.getElementById('map');
  if (!el || typeof L === 'undefined') {
    return;
  }
  var items = document.querySelectorAll('li.place[data-lat][data-lon]');
  if (items.length === 0) {
    el.hidden = true;
    return;
  }
  var map = L.map(el, { worldCopyJump: true, attributionControl: true });
  var tiles = el.getAttribute('data-tiles');
  if (tiles) {
    L.tileLayer(tiles, {
      maxZoom: 18,
      attribution: '',
      crossOrigin: true
    }).addTo(map);
    var credit = el.getAttribute('data-attribution');
    if (credit) {
      // text, not HTML: the attribution control is given a text node
      var span = document.createElement('span');
      span.textContent = credit;
      map.attributionControl.setPrefix(false);
      map.attributionControl.getContainer().appendChild(span);
    }
  } else {
    map.attributionControl.setPrefix(false);
  }
  var markers = [];
  var max = 1;
  items.forEach(function (li) {
    max = Math.max(max, parseInt(li.getAttribute('data-count') || '1', 10));
  });
  items.forEach(function (li) {
    var lat = parseFloat(li.getAttribute('data-lat'));
    var lon = parseFloat(li.getAttribute('data-lon'));
    if (isNaN(lat) || isNaN(lon)) {
      return;
    }
    var count = parseInt(li.getAttribute('data-count') || '1', 10);
    var marker = L.circleMarker([lat, lon], {
      radius: 5 + 10 * Math.sqrt(count / max),
      className: 'event-marker',
      color: '#8a1c1c',
      weight: 1,
      fillColor: '#c0392b',
      fillOpacity: 0.6
    });
    var popup = document.createElement('div');
    popup.className = 'popup';
    popup.appendChild(li.cloneNode(true));
    marker.bindPopup(popup);
    marker.addTo(map);
    markers.push(marker);
  });
  if (markers.length === 1) {
    map.setView(markers[0].getLatLng(), 7);
  } else {
    map.fitBounds(L.featureGroup(markers).getBounds().pad(0.2));
  }
  el.setAttribute('data-markers', String(markers.length));
})();
