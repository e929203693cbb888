// Draws the current page of search results on a map; redrawn after each search or page.
window.pkDrawMap = function () {
    "use strict";
    var element = document.getElementById("pk-map");
    if (!element || !window.L) {
        return;
    }
    if (element._pkMap) {
        element._pkMap.remove();
    }
    var points = JSON.parse(element.dataset.points || "[]");
    if (points.length === 0) {
        element.style.display = "none";
        return;
    }
    element.style.display = "block";
    var map = L.map(element);
    element._pkMap = map;
    var tiles = (element.dataset.tiles || "").trim();
    if (tiles) { // the agency's own tile server; none by default, so no outside server learns where we look
        L.tileLayer(tiles, {maxZoom: 19, attribution: element.dataset.attribution || ""}).addTo(map);
    } else {
        L.gridLayer({attribution: "no map tiles configured (ALPR_MAP_TILE_URL)"}).addTo(map);
    }
    var bounds = [];
    points.forEach(function (p) {
        // the label holds camera names and places people typed: shown as text, never read as HTML
        var label = document.createElement("span");
        label.textContent = p.label;
        L.circleMarker([p.lat, p.lon], {radius: 6, color: "#a3261b"}).bindTooltip(label).addTo(map);
        bounds.push([p.lat, p.lon]);
    });
    map.fitBounds(bounds, {maxZoom: 16, padding: [20, 20]});
};
document.addEventListener("DOMContentLoaded", window.pkDrawMap);
