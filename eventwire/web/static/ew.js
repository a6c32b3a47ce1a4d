/* eventwire dashboard: helpers shared by every page.
 *
 * Safety rule: text from the database (articles, names, sentences) only ever reaches the page as
 * text nodes or attribute values set with setAttribute. Nothing here parses HTML (no innerHTML,
 * no insertAdjacentHTML, no document.write), and links to outside pages must be http(s).
 */
"use strict";

const EW = (() => {
  const SVGNS = "http://www.w3.org/2000/svg";

  function append(node, kids) {
    for (const k of kids.flat(Infinity)) {
      if (k === null || k === undefined || k === false) continue;
      node.appendChild(k instanceof Node ? k : document.createTextNode(String(k)));
    }
    return node;
  }

  function setAttrs(node, attrs) {
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k.startsWith("on") && typeof v === "function") node.addEventListener(k.slice(2), v);
      else if (k === "text") node.textContent = String(v);
      else node.setAttribute(k, v === true ? "" : String(v));
    }
    return node;
  }

  /** An HTML element: h("a", {href: "/x", class: "y"}, "text", child, ...). */
  function h(tag, attrs, ...kids) { return append(setAttrs(document.createElement(tag), attrs), kids); }
  /** An SVG element. */
  function s(tag, attrs, ...kids) { return append(setAttrs(document.createElementNS(SVGNS, tag), attrs), kids); }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }
  function $(id) { return document.getElementById(id); }

  /** An outside URL if it is http(s), else null (never javascript: or data:). */
  function safeUrl(u) {
    if (typeof u !== "string") return null;
    try {
      const url = new URL(u);
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch (e) { return null; }
  }

  function link(path, params, ...kids) {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params || {})) if (v !== null && v !== undefined && v !== "") q.set(k, v);
    const qs = q.toString();
    return h("a", {href: path + (qs ? "?" + qs : "")}, ...kids);
  }
  const articleLink = (docId, eventId, ...kids) => link("/article", {id: docId, event: eventId}, ...kids);

  // -- the API ------------------------------------------------------------------------------------------
  async function api(path, params) {
    const url = new URL(path, location.origin);
    for (const [k, v] of Object.entries(params || {})) {
      if (v !== null && v !== undefined && v !== "") url.searchParams.set(k, v);
    }
    const r = await fetch(url, {headers: {Accept: "application/json"}});
    let body = null;
    try { body = await r.json(); } catch (e) { body = null; }
    if (!r.ok) {
      const err = new Error(body && body.error ? body.error : `HTTP ${r.status} from ${url.pathname}`);
      err.status = r.status;
      throw err;
    }
    return body;
  }

  /** The page's query parameters, keeping only the given names. */
  function params(names) {
    const q = new URLSearchParams(location.search);
    const out = {};
    for (const n of names) { const v = q.get(n); if (v !== null && v.trim() !== "") out[n] = v.trim(); }
    return out;
  }

  /** Put the URL's values back into the filter form. */
  function fillForm(form) {
    if (!form) return;
    const q = new URLSearchParams(location.search);
    for (const el of form.elements) {
      if (el.name && q.has(el.name)) el.value = q.get(el.name);
    }
  }

  function showError(err) {
    const box = $("error");
    box.textContent = err && err.message ? err.message : String(err);
    box.hidden = false;
  }

  /** Run a page's async main, reporting its failure on the page. */
  function start(main) {
    document.addEventListener("DOMContentLoaded", () => {
      fillForm($("filters"));
      main().catch(showError);
    });
  }

  // -- formatting and colours ---------------------------------------------------------------------------
  const fmt = (n) => (n === null || n === undefined) ? "–" : Number(n).toLocaleString("en-US");
  const fmt1 = (n) => (n === null || n === undefined) ? "–" : (Math.round(n * 10) / 10).toFixed(1);
  const QUADS = [
    {key: "q1", label: "1 verbal cooperation", color: "#6baed6"},
    {key: "q2", label: "2 material cooperation", color: "#2171b5"},
    {key: "q3", label: "3 verbal conflict", color: "#fd8d3c"},
    {key: "q4", label: "4 material conflict", color: "#cb181d"},
  ];
  const ROOT_NAMES = {
    "01": "make public statement", "02": "appeal", "03": "express intent to cooperate", "04": "consult",
    "05": "diplomatic cooperation", "06": "material cooperation", "07": "provide aid", "08": "yield",
    "09": "investigate", "10": "demand", "11": "disapprove", "12": "reject", "13": "threaten",
    "14": "protest", "15": "exhibit force posture", "16": "reduce relations", "17": "coerce",
    "18": "assault", "19": "fight", "20": "unconventional mass violence",
  };
  /** Cooperation roots in blues and greens, conflict roots from amber to dark red. */
  function rootColor(root) {
    const r = parseInt(root, 10);
    if (r <= 9) return `hsl(${210 - (r - 1) * 10}, ${55 + r * 2}%, ${68 - r * 4}%)`;
    return `hsl(${48 - (r - 10) * 5}, 85%, ${60 - (r - 10) * 3}%)`;
  }
  function mix(a, b, t) {
    const p = (c) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
    const [x, y] = [p(a), p(b)];
    return "#" + x.map((v, i) => Math.round(v + (y[i] - v) * t).toString(16).padStart(2, "0")).join("");
  }
  /** Goldstein -10 (red) .. 0 (grey) .. +10 (green). */
  function goldsteinColor(g) {
    if (g === null || g === undefined) return "#9aa5b1";
    const t = Math.max(-1, Math.min(1, g / 10));
    return t < 0 ? mix("#9aa5b1", "#c0392b", -t) : mix("#9aa5b1", "#1e8449", t);
  }
  function legend(el, items) {
    clear(el);
    for (const it of items) el.appendChild(h("span", {}, h("span", {class: "sw"}), it.label));
    // colours set through the CSSOM (allowed by the Content-Security-Policy, unlike style attributes)
    [...el.querySelectorAll(".sw")].forEach((sw, i) => { sw.style.background = items[i].color; });
  }

  // -- charts -------------------------------------------------------------------------------------------
  /** A round tick step (1, 2, 2.5 or 5 times a power of ten) giving about n ticks up to max. */
  function niceStep(max, n, integer) {
    const raw = Math.max(max, 1e-9) / (n || 4);
    const p = Math.pow(10, Math.floor(Math.log10(raw)));
    let step = 10 * p;
    for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= raw) { step = m * p; break; }
    return integer ? Math.max(1, Math.round(step)) : step;
  }
  function niceMax(v) { const st = niceStep(v, 4); return Math.max(st, Math.ceil(v / st) * st); }
  function shortDate(iso, withYear) { return withYear ? iso : iso.slice(5); }

  function frame(el, height) {
    const W = 820, H = height || 240, pad = {l: 46, r: 10, t: 10, b: 36};
    const svg = s("svg", {viewBox: `0 0 ${W} ${H}`, role: "img"});
    clear(el).appendChild(svg);
    return {svg, W, H, pad, iw: W - pad.l - pad.r, ih: H - pad.t - pad.b};
  }

  function xLabels(f, rows, xKey, step) {
    const every = Math.max(1, Math.ceil(rows.length / 10));
    rows.forEach((r, i) => {
      if (i % every && i !== rows.length - 1) return;
      const x = f.pad.l + step * (i + 0.5);
      f.svg.appendChild(s("text", {x, y: f.H - f.pad.b + 15, "text-anchor": "middle"},
        shortDate(String(r[xKey]), i === 0)));
    });
  }

  /** Stacked bars: rows [{period, k1, k2..}], series [{key, label, color}]. */
  function stackedBars(el, rows, series, opts) {
    const o = opts || {};
    const xKey = o.xKey || "period";
    const f = frame(el, o.height);
    if (!rows.length) { el.appendChild(h("p", {class: "empty"}, "No events to chart.")); return f.svg; }
    const totals = rows.map((r) => series.reduce((a, sr) => a + (r[sr.key] || 0), 0));
    const tick = niceStep(Math.max(...totals), 4, true);
    const max = Math.max(tick, Math.ceil(Math.max(...totals) / tick) * tick);
    const step = f.iw / rows.length, bw = Math.max(1, step * 0.8);
    const y = (v) => f.pad.t + f.ih - (v / max) * f.ih;
    const grid = s("g", {class: "grid"});
    for (let v = 0; v <= max + 1e-9; v += tick) {
      grid.appendChild(s("line", {x1: f.pad.l, x2: f.W - f.pad.r, y1: y(v), y2: y(v)}));
      grid.appendChild(s("text", {x: f.pad.l - 6, y: y(v) + 4, "text-anchor": "end"}, fmt(v)));
    }
    f.svg.appendChild(grid);
    rows.forEach((r, i) => {
      let acc = 0;
      for (const sr of series) {
        const v = r[sr.key] || 0;
        if (!v) continue;
        const rect = s("rect", {class: "bar", x: f.pad.l + step * i + (step - bw) / 2, y: y(acc + v), width: bw,
          height: Math.max(0.5, y(acc) - y(acc + v)), fill: sr.color},
        s("title", {}, `${r[xKey]}: ${sr.label}: ${fmt(v)}`));
        if (o.onClick) { rect.addEventListener("click", () => o.onClick(r, sr)); rect.setAttribute("cursor", "pointer"); }
        f.svg.appendChild(rect);
        acc += v;
      }
    });
    xLabels(f, rows, xKey, step);
    return f.svg;
  }

  /** Bars above and below zero (Goldstein sums): green up, red down. */
  function signedBars(el, rows, key, opts) {
    const o = opts || {};
    const xKey = o.xKey || "period";
    const f = frame(el, o.height || 200);
    if (!rows.length) { el.appendChild(h("p", {class: "empty"}, "No events to chart.")); return f.svg; }
    const top = Math.max(1, ...rows.map((r) => Math.abs(r[key] || 0)));
    const tick = niceStep(top, 2);
    const max = Math.ceil(top / tick) * tick;
    const step = f.iw / rows.length, bw = Math.max(1, step * 0.8);
    const y = (v) => f.pad.t + f.ih / 2 - (v / max) * (f.ih / 2);
    const grid = s("g", {class: "grid"});
    for (let v = -max; v <= max + 1e-9; v += tick) {
      grid.appendChild(s("line", {x1: f.pad.l, x2: f.W - f.pad.r, y1: y(v), y2: y(v), class: v === 0 ? "zero" : null}));
      grid.appendChild(s("text", {x: f.pad.l - 6, y: y(v) + 4, "text-anchor": "end"}, fmt(v)));
    }
    f.svg.appendChild(grid);
    rows.forEach((r, i) => {
      const v = r[key] || 0;
      f.svg.appendChild(s("rect", {class: "bar", x: f.pad.l + step * i + (step - bw) / 2, y: Math.min(y(0), y(v)),
        width: bw, height: Math.max(0.5, Math.abs(y(v) - y(0))), fill: v < 0 ? "#c0392b" : "#1e8449"},
      s("title", {}, `${r[xKey]}: Goldstein ${fmt1(v)}` + (r.events !== undefined ? `, ${r.events} events` : ""))));
    });
    xLabels(f, rows, xKey, step);
    return f.svg;
  }

  /** Horizontal bars as HTML: rows [{label, value, href}]. */
  function hbars(el, rows) {
    clear(el);
    if (!rows.length) { el.appendChild(h("p", {class: "empty"}, "None.")); return; }
    const max = Math.max(...rows.map((r) => r.value)) || 1;
    for (const r of rows) {
      const fill = h("div", {class: "fill"});
      fill.style.width = `${(100 * r.value) / max}%`;
      el.appendChild(h("div", {class: "hbar"},
        h("span", {class: "label", title: r.title || r.label}, r.href ? h("a", {href: r.href}, r.label) : r.label),
        h("div", {class: "track"}, fill), h("span", {class: "num"}, fmt(r.value))));
    }
  }

  /** Text with the search terms wrapped in <mark>, built from text nodes. */
  function marked(text, terms) {
    const frag = document.createDocumentFragment();
    const str = String(text || "");
    const ts = (terms || []).filter((t) => t);
    if (!ts.length) { frag.appendChild(document.createTextNode(str)); return frag; }
    const low = str.toLowerCase();
    let i = 0;
    while (i < str.length) {
      let best = -1, len = 0;
      for (const t of ts) {
        const j = low.indexOf(t, i);
        if (j >= 0 && (best < 0 || j < best)) { best = j; len = t.length; }
      }
      if (best < 0) { frag.appendChild(document.createTextNode(str.slice(i))); break; }
      if (best > i) frag.appendChild(document.createTextNode(str.slice(i, best)));
      frag.appendChild(h("mark", {}, str.slice(best, best + len)));
      i = best + len;
    }
    return frag;
  }

  function side(a) {
    if (!a) return "–";
    return a.name || a.text || a.code || "?";
  }

  /** A table of events: date, code, who to whom, evidence sentence linking to the article. */
  function eventTable(events, opts) {
    const o = opts || {};
    if (!events.length) return h("p", {class: "empty"}, "No events.");
    const rows = events.map((e) => h("tr", {class: "evrow q" + (e.quad_class || "")},
      h("td", {class: "date"}, e.date || "–", e.background ? h("div", {class: "hint"}, "background") : null),
      h("td", {}, h("span", {class: "code", title: e.description || ""}, e.cameo || "–"),
        h("div", {class: "hint"}, e.description || "")),
      h("td", {}, h("span", {title: (e.source && e.source.code) || ""}, side(e.source)),
        " → ", h("span", {title: (e.target && e.target.code) || ""}, side(e.target)),
        h("div", {class: "hint"}, [(e.source && e.source.code) || "?", (e.target && e.target.code) || "–"].join(" → "))),
      h("td", {class: "num"}, fmt1(e.goldstein)),
      h("td", {}, articleLink(e.doc_id, e.event_id, marked(e.sentence || "(no sentence)", o.terms)),
        h("div", {class: "hint"}, e.title || e.doc_id))));
    return h("table", {class: "events"},
      h("thead", {}, h("tr", {}, h("th", {}, "Date"), h("th", {}, "CAMEO"), h("th", {}, "Source → target"),
        h("th", {class: "num"}, "Goldstein"), h("th", {}, "Evidence (click for the article)"))),
      h("tbody", {}, rows));
  }

  return {h, s, clear, $, api, params, fillForm, showError, start, link, articleLink, safeUrl, fmt, fmt1, QUADS,
    ROOT_NAMES, rootColor, goldsteinColor, legend, stackedBars, signedBars, hbars, marked, eventTable, niceMax, niceStep, side};
})();
