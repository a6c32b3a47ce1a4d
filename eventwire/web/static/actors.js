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

  const W = 820, H = 620;
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
      panel.appendChild(h("h3", {}, `Events per ${d.period}`));
      panel.appendChild(chart);
      const series = [{key: "as_source", label: "as source", color: "#457b9d"}, {key: "as_target", label: "as target", color: "#e9c46a"}];
      EW.stackedBars(chart, d.series, series, {height: 200});
      const lg = h("div", {class: "legend"});
      panel.appendChild(lg);
      EW.legend(lg, series);
      panel.appendChild(h("h3", {}, "Partners"));
      EW.hbars(panel.appendChild(h("div")), d.partners.map((x) => ({label: x.key, value: x.events,
        href: `/dyad?${new URLSearchParams({a: d.key, b: x.key})}`, title: `mean Goldstein ${fmt1(x.goldstein_mean)}`})));
      panel.appendChild(h("h3", {}, `Events (${fmt(d.events.length)})`));
      panel.appendChild(EW.eventTable(d.events.slice(0, 50)));
    } catch (err) {
      EW.clear(panel).appendChild(h("p", {class: "error"}, err.message));
    }
  }
});

/** Fruchterman–Reingold layout, deterministic (spiral start, fixed number of steps). */
function layout(nodes, edges, W, H) {
  const n = nodes.length, margin = 40;
  const k = 0.9 * Math.sqrt(((W - 2 * margin) * (H - 2 * margin)) / Math.max(1, n));
  nodes.forEach((d, i) => {
    const a = i * 2.399963, r = k * 0.6 * Math.sqrt(i + 0.5);
    d.x = W / 2 + r * Math.cos(a);
    d.y = H / 2 + r * Math.sin(a);
  });
  const idx = new Map(nodes.map((d, i) => [d.id, i]));
  const links = edges.map((e) => [idx.get(e.source), idx.get(e.target), Math.log2(1 + e.events)]);
  let temp = W / 10;
  for (let it = 0; it < 350; it++) {
    const dx = new Float64Array(n), dy = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let x = nodes[i].x - nodes[j].x, y = nodes[i].y - nodes[j].y;
        const d2 = Math.max(0.01, x * x + y * y), f = (k * k) / d2;
        x *= f; y *= f;
        dx[i] += x; dy[i] += y; dx[j] -= x; dy[j] -= y;
      }
    }
    for (const [i, j, w] of links) {
      const x = nodes[i].x - nodes[j].x, y = nodes[i].y - nodes[j].y;
      const d = Math.max(0.01, Math.hypot(x, y)), f = (d / k) * (0.6 + 0.4 * w);
      dx[i] -= (x / d) * f * 6; dy[i] -= (y / d) * f * 6; dx[j] += (x / d) * f * 6; dy[j] += (y / d) * f * 6;
    }
    for (let i = 0; i < n; i++) {
      dx[i] += (W / 2 - nodes[i].x) * 0.02; dy[i] += (H / 2 - nodes[i].y) * 0.02;  // gravity keeps islands near
      const d = Math.max(0.01, Math.hypot(dx[i], dy[i])), step = Math.min(d, temp);
      nodes[i].x = Math.max(margin, Math.min(W - margin, nodes[i].x + (dx[i] / d) * step));
      nodes[i].y = Math.max(margin, Math.min(H - margin, nodes[i].y + (dy[i] / d) * step));
    }
    temp = Math.max(0.5, temp * 0.985);
  }
}
