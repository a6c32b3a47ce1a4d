/* Actors page: a force-directed network drawn into SVG, and one actor's timeline on click. */
"use strict";
EW.start(async () => {
  const {h, s, $, fmt, fmt1} = EW;
  const filters = EW.params(["since", "until", "root", "quad"]);
  const opts = EW.params(["level", "nodes", "focus"]);
  const level = opts.level || "code";
  const net = await EW.api("/api/network", Object.assign({level, nodes: opts.nodes}, filters));
  const box = $("network");
  if (!net.nodes.length) { box.appendChild(h("p", {class: "empty"}, "No interactions between actors for these filters.")); return; }

  const W = 1000, H = 600;
  layout(net.nodes, net.edges, W, H);
  const byId = new Map(net.nodes.map((n) => [n.id, n]));
  const svg = s("svg", {viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "actor network"});
  const edgeLayer = s("g", {class: "edges"}), nodeLayer = s("g", {class: "nodes"});
  svg.append(edgeLayer, nodeLayer);
  const maxEv = Math.max(...net.edges.map((e) => e.events));
  for (const e of net.edges) {
    const a = byId.get(e.source), b = byId.get(e.target);
    const line = s("line", {class: "edge", x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: EW.goldsteinColor(e.goldstein_mean),
      "stroke-width": 1 + 7 * Math.sqrt(e.events / maxEv), "stroke-opacity": 0.75, "data-a": e.source, "data-b": e.target},
    s("title", {}, `${e.source} – ${e.target}: ${e.events} events, mean Goldstein ${fmt1(e.goldstein_mean)}`));
    line.addEventListener("click", () => { location.href = `/dyad?${new URLSearchParams({a: e.source, b: e.target})}`; });
    line.setAttribute("cursor", "pointer");
    edgeLayer.appendChild(line);
  }
  const maxN = Math.max(...net.nodes.map((n) => n.events));
  for (const n of net.nodes) {
    const r = 5 + 14 * Math.sqrt(n.events / maxN);
    const g = s("g", {class: "node", transform: `translate(${n.x.toFixed(1)},${n.y.toFixed(1)})`, "data-id": n.id, tabindex: 0},
      s("circle", {r}), s("text", {y: r + 12, "text-anchor": "middle"}, n.id),
      s("title", {}, `${n.id}${n.name && n.name !== n.id ? " (" + n.name + ")" : ""}: ${n.events} events, mean Goldstein ${fmt1(n.goldstein_mean)}`));
    g.addEventListener("click", () => select(n.id));
    g.addEventListener("keydown", (ev) => { if (ev.key === "Enter") select(n.id); });
    nodeLayer.appendChild(g);
  }
  box.appendChild(svg);
  if (opts.focus && byId.has(opts.focus.toUpperCase())) select(opts.focus.toUpperCase());

  async function select(id) {
    for (const g of nodeLayer.children) g.classList.toggle("selected", g.getAttribute("data-id") === id);
    const near = new Set([id]);
    for (const l of edgeLayer.children) {
      const on = l.getAttribute("data-a") === id || l.getAttribute("data-b") === id;
      l.classList.toggle("faded", !on);
      if (on) { near.add(l.getAttribute("data-a")); near.add(l.getAttribute("data-b")); }
    }
    for (const g of nodeLayer.children) g.classList.toggle("faded", !near.has(g.getAttribute("data-id")));
    const panel = EW.clear($("actor-panel"));
    panel.appendChild(h("p", {class: "hint"}, "Loading…"));
    try {
      const d = await EW.api("/api/actor", Object.assign({key: id, level}, filters));
      EW.clear(panel);
      panel.appendChild(h("h2", {id: "actor-name"}, d.key, d.name && d.name !== d.key ? h("small", {}, ` ${d.name}`) : null));
      const chart = h("div", {class: "chart", id: "actor-timeline"});
      const lg = h("div", {class: "legend"});
      const partners = h("div");
      panel.appendChild(h("div", {class: "cols"},
        h("section", {}, h("h3", {}, `Events per ${d.period}`), chart, lg),
        h("section", {}, h("h3", {}, "Partners (click for the dyad)"), partners)));
      const series = [{key: "as_source", label: "as source", color: "#457b9d"}, {key: "as_target", label: "as target", color: "#e9c46a"}];
      EW.stackedBars(chart, d.series, series, {height: 240});
      EW.legend(lg, series);
      EW.hbars(partners, d.partners.slice(0, 15).map((x) => ({label: x.key, value: x.events,
        href: `/dyad?${new URLSearchParams({a: d.key, b: x.key})}`, title: `mean Goldstein ${fmt1(x.goldstein_mean)}`})));
      panel.appendChild(h("h3", {}, `Events (${fmt(d.events.length)})`));
      panel.appendChild(EW.eventTable(d.events.slice(0, 50)));
    } catch (err) {
      EW.clear(panel).appendChild(h("p", {class: "error"}, err.message));
    }
  }
});

/** Fruchterman–Reingold layout, deterministic (spiral start, fixed steps), then scaled to fit the box. */
function layout(nodes, edges, W, H) {
  const n = nodes.length, margin = 45;
  const k = Math.sqrt((W * H) / Math.max(1, n)) * 0.8;
  nodes.forEach((d, i) => {
    const a = i * 2.399963, r = k * 0.5 * Math.sqrt(i + 0.5);
    d.x = r * Math.cos(a);
    d.y = r * Math.sin(a);
  });
  const idx = new Map(nodes.map((d, i) => [d.id, i]));
  const maxLog = Math.max(1, ...edges.map((e) => Math.log2(1 + e.events)));
  const links = edges.map((e) => [idx.get(e.source), idx.get(e.target), 0.5 + 0.5 * Math.log2(1 + e.events) / maxLog]);
  const steps = 400;
  for (let it = 0; it < steps; it++) {
    const temp = k * 2 * (1 - it / steps) + 0.5;
    const dx = new Float64Array(n), dy = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const x = nodes[i].x - nodes[j].x, y = nodes[i].y - nodes[j].y;
        const d2 = Math.max(1, x * x + y * y), f = (k * k) / d2;  // repulsion k²/d along the unit vector
        dx[i] += x * f; dy[i] += y * f; dx[j] -= x * f; dy[j] -= y * f;
      }
    }
    for (const [i, j, w] of links) {
      const x = nodes[i].x - nodes[j].x, y = nodes[i].y - nodes[j].y;
      const d = Math.max(1, Math.hypot(x, y)), f = (d / k) * w;  // attraction d²/k along the unit vector
      dx[i] -= x * f; dy[i] -= y * f; dx[j] += x * f; dy[j] += y * f;
    }
    for (let i = 0; i < n; i++) {
      dx[i] -= nodes[i].x * 0.6; dy[i] -= nodes[i].y * 0.6;  // gravity keeps islands near
      const d = Math.max(0.01, Math.hypot(dx[i], dy[i])), step = Math.min(d, temp);
      nodes[i].x += (dx[i] / d) * step;
      nodes[i].y += (dy[i] / d) * step;
    }
  }
  const xs = nodes.map((d) => d.x), ys = nodes.map((d) => d.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  for (const d of nodes) {
    d.x = margin + ((d.x - x0) / Math.max(1, x1 - x0)) * (W - 2 * margin);
    d.y = margin + ((d.y - y0) / Math.max(1, y1 - y0)) * (H - 2 * margin - 10);
  }
}
