// kgraph's interactive page: draws the graph embedded in #kg-data as SVG, with pan and zoom,
// a search box, a type filter, an edge-weight slider and a side panel. Written for kgraph;
// no library.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var NS = "http://www.w3.org/2000/svg";
  var svg = document.getElementById("kg-svg");
  var scene = document.createElementNS(NS, "g");
  svg.appendChild(scene);
  var edgeLayer = document.createElementNS(NS, "g");
  var nodeLayer = document.createElementNS(NS, "g");
  scene.appendChild(edgeLayer);
  scene.appendChild(nodeLayer);

  var byId = {};
  data.nodes.forEach(function (n, i) { n.index = i; n.edges = []; byId[n.id] = n; });
  var maxDegree = Math.max.apply(null, data.nodes.map(function (n) { return n.weighted_degree; }).concat([1]));
  var maxWeight = Math.max.apply(null, data.edges.map(function (e) { return e.weight; }).concat([1]));

  data.edges.forEach(function (e) {
    var a = byId[e.source], b = byId[e.target];
    var line = document.createElementNS(NS, "line");
    line.setAttribute("x1", a.x); line.setAttribute("y1", a.y);
    line.setAttribute("x2", b.x); line.setAttribute("y2", b.y);
    var locatedIn = e.relation === "located_in";
    line.setAttribute("stroke-width", locatedIn ? 0.8 : 0.5 + 3 * Math.sqrt(e.weight / maxWeight));
    line.setAttribute("class", locatedIn ? "edge located-in" : "edge");
    if (locatedIn) { line.setAttribute("stroke-dasharray", "4 3"); }
    edgeLayer.appendChild(line);
    e.el = line; a.edges.push(e); b.edges.push(e);
  });
  data.nodes.forEach(function (n) {
    var g = document.createElementNS(NS, "g");
    g.setAttribute("class", "node");
    g.setAttribute("transform", "translate(" + n.x + "," + n.y + ")");
    var c = document.createElementNS(NS, "circle");
    c.setAttribute("r", 4 + 14 * Math.sqrt(n.weighted_degree / maxDegree));
    c.setAttribute("fill", data.colors[n.type]);
    var t = document.createElementNS(NS, "text");
    t.setAttribute("x", 0); t.setAttribute("y", -8 - 14 * Math.sqrt(n.weighted_degree / maxDegree));
    t.textContent = n.label;
    var title = document.createElementNS(NS, "title");
    title.textContent = n.label + " (" + n.type + ")";
    g.appendChild(c); g.appendChild(t); g.appendChild(title);
    g.addEventListener("click", function (ev) { ev.stopPropagation(); show(n); });
    nodeLayer.appendChild(g);
    n.el = g;
  });

  // Pan and zoom.
  var view = { x: 0, y: 0, k: 1 };
  function apply() { scene.setAttribute("transform", "translate(" + view.x + "," + view.y + ") scale(" + view.k + ")"); }
  function fit() {
    var xs = data.nodes.map(function (n) { return n.x; }), ys = data.nodes.map(function (n) { return n.y; });
    if (!xs.length) { apply(); return; }
    var minX = Math.min.apply(null, xs), maxX = Math.max.apply(null, xs);
    var minY = Math.min.apply(null, ys), maxY = Math.max.apply(null, ys);
    var w = svg.clientWidth || 800, h = svg.clientHeight || 600;
    view.k = Math.min(w / (maxX - minX + 80), h / (maxY - minY + 80));
    view.x = w / 2 - view.k * (minX + maxX) / 2;
    view.y = h / 2 - view.k * (minY + maxY) / 2;
    apply();
  }
  svg.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var f = ev.deltaY < 0 ? 1.15 : 1 / 1.15;
    var r = svg.getBoundingClientRect(), px = ev.clientX - r.left, py = ev.clientY - r.top;
    view.x = px - f * (px - view.x); view.y = py - f * (py - view.y); view.k *= f;
    apply();
  }, { passive: false });
  var drag = null;
  svg.addEventListener("mousedown", function (ev) { drag = { x: ev.clientX - view.x, y: ev.clientY - view.y }; });
  window.addEventListener("mousemove", function (ev) { if (drag) { view.x = ev.clientX - drag.x; view.y = ev.clientY - drag.y; apply(); } });
  window.addEventListener("mouseup", function () { drag = null; });

  // Filters: types, edge weight, search.
  var typeBoxes = document.querySelectorAll("#kg-types input");
  var slider = document.getElementById("kg-weight");
  var sliderValue = document.getElementById("kg-weight-value");
  slider.max = maxWeight;
  var search = document.getElementById("kg-search");
  function refresh() {
    var types = {};
    typeBoxes.forEach(function (b) { types[b.value] = b.checked; });
    var minWeight = +slider.value;
    sliderValue.textContent = minWeight;
    var q = search.value.trim();
    data.nodes.forEach(function (n) {
      n.visible = types[n.type];
      n.el.style.display = n.visible ? "" : "none";
      n.el.classList.toggle("match", q !== "" && (n.label.indexOf(q) >= 0 || n.aliases.some(function (a) { return a.indexOf(q) >= 0; })));
    });
    data.edges.forEach(function (e) {
      var on = byId[e.source].visible && byId[e.target].visible && (e.relation === "located_in" || e.weight >= minWeight);
      e.el.style.display = on ? "" : "none";
    });
  }
  typeBoxes.forEach(function (b) { b.addEventListener("change", refresh); });
  slider.addEventListener("input", refresh);
  search.addEventListener("input", refresh);
  search.addEventListener("keydown", function (ev) {
    if (ev.key !== "Enter") return;
    var q = search.value.trim();
    var hit = data.nodes.filter(function (n) { return q && n.label.indexOf(q) >= 0; })[0];
    if (hit) { show(hit); var w = svg.clientWidth || 800, h = svg.clientHeight || 600; view.x = w / 2 - view.k * hit.x; view.y = h / 2 - view.k * hit.y; apply(); }
  });

  // The side panel: aliases, neighbours, evidence.
  var panel = document.getElementById("kg-panel");
  function el(tag, text) { var e = document.createElement(tag); if (text !== undefined) e.textContent = text; return e; }
  function show(n) {
    panel.innerHTML = "";
    panel.appendChild(el("h2", n.label));
    panel.appendChild(el("p", n.type + (n.level ? " · " + n.level : "") + " · " + n.count + " mentions"));
    if (n.aliases.length) panel.appendChild(el("p", "Aliases: " + n.aliases.join(", ")));
    panel.appendChild(el("h3", "Neighbours"));
    var list = el("ul");
    n.edges.slice().sort(function (a, b) { return b.weight - a.weight; }).forEach(function (e) {
      var other = byId[e.source === n.id ? e.target : e.source];
      var li = el("li");
      li.appendChild(el("b", other.label + " (" + e.weight + ")"));
      e.evidence.forEach(function (ev) { li.appendChild(el("blockquote", ev.text)); });
      list.appendChild(li);
    });
    panel.appendChild(list);
    data.nodes.forEach(function (m) { m.el.classList.toggle("selected", m === n); });
  }
  svg.addEventListener("click", function () { data.nodes.forEach(function (m) { m.el.classList.remove("selected"); }); });

  fit();
  refresh();
  document.getElementById("kg-stats").textContent = data.nodes.length + " nodes, " + data.edges.length + " edges";
})();
