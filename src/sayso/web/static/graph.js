// The citation graph on /outlets: a small force layout drawn in SVG (no library). The page's tables
// carry the same data for readers without JavaScript. Circles can be dragged with a pointer, reached
// with Tab (arrow keys move the focused one), and focusing or hovering one picks out its links.
(function () {
  "use strict";
  var holder = document.getElementById("graph-data");
  var svg = document.getElementById("graph");
  if (!holder || !svg) return;
  var data = JSON.parse(holder.textContent);
  var status = document.getElementById("graph-status");
  var NS = "http://www.w3.org/2000/svg";
  var W = 900, H = 520;
  var nodes = data.nodes.map(function (n, i) {
    var a = 2 * Math.PI * i / data.nodes.length;
    return { id: n.id, own: n.own, weight: n.cites + n.cited, x: W / 2 + 180 * Math.cos(a), y: H / 2 + 160 * Math.sin(a), vx: 0, vy: 0 };
  });
  var byId = {};
  nodes.forEach(function (n) { byId[n.id] = n; });
  var edges = data.edges.map(function (e) { return { a: byId[e.citing], b: byId[e.cited], count: e.count }; })
    .filter(function (e) { return e.a && e.b && e.a !== e.b; });
  var maxCount = Math.max.apply(null, edges.map(function (e) { return e.count; }).concat([1]));

  function el(name, attrs, parent) {
    var x = document.createElementNS(NS, name);
    Object.keys(attrs).forEach(function (k) { x.setAttribute(k, attrs[k]); });
    (parent || svg).appendChild(x);
    return x;
  }
  var defs = el("defs", {});
  var marker = el("marker", { id: "arrowhead", viewBox: "0 0 10 10", refX: "10", refY: "5", markerWidth: "11", markerHeight: "11", markerUnits: "userSpaceOnUse", orient: "auto-start-reverse" }, defs);
  el("path", { d: "M0,0 L10,5 L0,10 z", fill: "#8a94a0" }, marker);
  var edgeLayer = el("g", {}), nodeLayer = el("g", {});
  edges.forEach(function (e) {
    e.el = el("line", { "class": "edge", "stroke-width": String(1 + 4 * e.count / maxCount), "marker-end": "url(#arrowhead)" }, edgeLayer);
    var t = el("title", {}, e.el); t.textContent = e.a.id + " → " + e.b.id + ": " + e.count;
  });
  nodes.forEach(function (n) {
    n.r = 6 + Math.min(18, Math.sqrt(n.weight) * 2);
    n.el = el("g", { "class": "node" + (n.own ? " own" : ""), tabindex: "0", role: "button", "aria-label": n.id }, nodeLayer);
    el("circle", { r: String(n.r) }, n.el);
    var label = el("text", { dy: String(-n.r - 4), "text-anchor": "middle" }, n.el); label.textContent = n.id;
  });

  function draw() {
    nodes.forEach(function (n) { n.el.setAttribute("transform", "translate(" + n.x.toFixed(1) + "," + n.y.toFixed(1) + ")"); });
    edges.forEach(function (e) {
      var dx = e.b.x - e.a.x, dy = e.b.y - e.a.y, d = Math.sqrt(dx * dx + dy * dy) || 1;
      e.el.setAttribute("x1", (e.a.x + dx / d * e.a.r).toFixed(1)); e.el.setAttribute("y1", (e.a.y + dy / d * e.a.r).toFixed(1));
      e.el.setAttribute("x2", (e.b.x - dx / d * (e.b.r + 2)).toFixed(1)); e.el.setAttribute("y2", (e.b.y - dy / d * (e.b.r + 2)).toFixed(1));
    });
  }

  var dragging = null;
  function step(alpha) {
    for (var i = 0; i < nodes.length; i++) {
      for (var j = i + 1; j < nodes.length; j++) {
        var a = nodes[i], b = nodes[j], dx = b.x - a.x, dy = b.y - a.y, d2 = dx * dx + dy * dy + 0.01;
        var f = 1800 / d2, d = Math.sqrt(d2);
        a.vx -= f * dx / d; a.vy -= f * dy / d; b.vx += f * dx / d; b.vy += f * dy / d;
      }
    }
    edges.forEach(function (e) {
      var dx = e.b.x - e.a.x, dy = e.b.y - e.a.y, d = Math.sqrt(dx * dx + dy * dy) || 1, f = (d - 140) * 0.02;
      e.a.vx += f * dx / d; e.a.vy += f * dy / d; e.b.vx -= f * dx / d; e.b.vy -= f * dy / d;
    });
    nodes.forEach(function (n) {
      n.vx += (W / 2 - n.x) * 0.004; n.vy += (H / 2 - n.y) * 0.004;
      if (n === dragging) { n.vx = n.vy = 0; return; }
      n.x = Math.max(n.r + 4, Math.min(W - n.r - 4, n.x + n.vx * alpha));
      n.y = Math.max(n.r + 18, Math.min(H - n.r - 4, n.y + n.vy * alpha));
      n.vx *= 0.6; n.vy *= 0.6;
    });
  }
  var ticks = 0;
  function run() {
    step(Math.max(0.05, 1 - ticks / 300)); draw(); ticks += 1;
    if (ticks < 300 || dragging) window.requestAnimationFrame(run);
  }
  if (nodes.length > 200) { for (var k = 0; k < 300; k++) step(1 - k / 300); draw(); } else run();

  function pick(n) {
    edges.forEach(function (e) { e.el.classList.toggle("on", !!n && (e.a === n || e.b === n)); });
    nodes.forEach(function (m) { m.el.classList.toggle("on", m === n); });
    if (!n) { status.textContent = ""; return; }
    var out = edges.filter(function (e) { return e.a === n; }).map(function (e) { return e.b.id + " (" + e.count + ")"; });
    var inn = edges.filter(function (e) { return e.b === n; }).map(function (e) { return e.a.id + " (" + e.count + ")"; });
    status.textContent = n.id + " cites " + (out.join(", ") || "no one") + "; cited by " + (inn.join(", ") || "no one") + ".";
  }
  function point(evt) {
    var p = svg.createSVGPoint(); p.x = evt.clientX; p.y = evt.clientY;
    return p.matrixTransform(svg.getScreenCTM().inverse());
  }
  nodes.forEach(function (n) {
    n.el.addEventListener("pointerdown", function (evt) { dragging = n; n.el.setPointerCapture(evt.pointerId); pick(n); ticks = Math.min(ticks, 250); run(); });
    n.el.addEventListener("pointermove", function (evt) { if (dragging !== n) return; var p = point(evt); n.x = p.x; n.y = p.y; draw(); });
    n.el.addEventListener("pointerup", function () { dragging = null; });
    n.el.addEventListener("focus", function () { pick(n); });
    n.el.addEventListener("mouseenter", function () { pick(n); });
    n.el.addEventListener("keydown", function (evt) {
      var moves = { ArrowLeft: [-15, 0], ArrowRight: [15, 0], ArrowUp: [0, -15], ArrowDown: [0, 15] };
      var m = moves[evt.key];
      if (m) { n.x += m[0]; n.y += m[1]; draw(); evt.preventDefault(); }
      if (evt.key === "Escape") { n.el.blur(); pick(null); }
    });
  });
})();
