/* Map page: country outlines from the bundled Natural Earth file, events as circles (equirectangular). */
"use strict";
EW.start(async () => {
  const {h, s, $, fmt, fmt1} = EW;
  const filters = EW.params(["since", "until", "quad", "root"]);
  const [world, d] = await Promise.all([EW.api("/static/world-110m.json"), EW.api("/api/map", filters)]);

  // Equirectangular: x = lon + 180, y = 90 - lat, in degrees. Latitudes below -58 (Antarctica) are cut.
  const X = (lon) => lon + 180, Y = (lat) => 90 - lat;
  const WORLD = [0, 6, 360, 142];
  const counts = new Map(d.countries.map((c) => [c.country, c.events]));
  const maxC = Math.max(1, ...counts.values());
  const svg = s("svg", {viewBox: WORLD.join(" "), role: "img", "aria-label": "map of event locations",
    preserveAspectRatio: "xMidYMid meet"});
  const land = s("g", {class: "land"}), dots = s("g", {class: "places"});
  svg.append(land, dots);
  for (const c of world.countries) {
    const dstr = c.rings.map((r) => {
      let out = "";
      for (let i = 0; i < r.length; i += 2) out += (i ? "L" : "M") + X(r[i]).toFixed(2) + " " + Y(r[i + 1]).toFixed(2);
      return out + "Z";
    }).join("");
    const n = counts.get(c.iso3) || 0;
    const fill = n ? shade(n / maxC) : "#d5dbe1";
    land.appendChild(s("path", {class: "country", d: dstr, fill, "data-iso3": c.iso3},
      s("title", {}, `${c.name}${n ? ": " + fmt(n) + " events" : ""}`)));
  }
  const maxP = Math.max(1, ...d.places.map((p) => p.events));
  const circles = d.places.map((p) => {
    const c = s("circle", {class: "place", cx: X(p.lon), cy: Y(p.lat), fill: EW.goldsteinColor(p.goldstein_mean),
      "fill-opacity": 0.85, "data-name": p.name || ""},
    s("title", {}, `${p.name || "?"} (${p.country || "?"}): ${fmt(p.events)} events, mean Goldstein ${fmt1(p.goldstein_mean)}`));
    c.dataset.rel = Math.sqrt(p.events / maxP);
    c.addEventListener("click", () => showPlace(p));
    dots.appendChild(c);
    return c;
  });
  $("map").appendChild(svg);
  $("map-note").textContent = `${fmt(d.places.length)} places, ${fmt(d.places.reduce((a, p) => a + p.events, 0))} events placed, ${fmt(d.unplaced)} without coordinates`;

  // -- view box: zoom and pan --------------------------------------------------------------------------
  let view = WORLD.slice();
  function setView(v) {
    view = v;
    svg.setAttribute("viewBox", v.map((x) => x.toFixed(3)).join(" "));
    const unit = v[2] / 360;  // circles keep their size on screen
    for (const c of circles) c.setAttribute("r", ((2 + 7 * Number(c.dataset.rel)) * unit).toFixed(3));
  }
  function fitEvents() {
    if (!d.places.length) return setView(WORLD.slice());
    const xs = d.places.map((p) => X(p.lon)), ys = d.places.map((p) => Y(p.lat));
    let [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const w = Math.max(30, (x1 - x0) * 1.3), hgt = Math.max(w * WORLD[3] / WORLD[2], (y1 - y0) * 1.3);
    const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
    const ww = Math.max(w, hgt * WORLD[2] / WORLD[3]);
    const hh = ww * WORLD[3] / WORLD[2];
    setView([cx - ww / 2, cy - hh / 2, ww, hh]);
  }
  $("fit-events").addEventListener("click", fitEvents);
  $("fit-world").addEventListener("click", () => setView(WORLD.slice()));
  svg.addEventListener("wheel", (ev) => {
    ev.preventDefault();
    const r = svg.getBoundingClientRect();
    const fx = (ev.clientX - r.left) / r.width, fy = (ev.clientY - r.top) / r.height;
    const z = ev.deltaY < 0 ? 0.8 : 1.25;
    const w = Math.min(WORLD[2] * 1.5, Math.max(4, view[2] * z)), hh = w * view[3] / view[2];
    setView([view[0] + (view[2] - w) * fx, view[1] + (view[3] - hh) * fy, w, hh]);
  }, {passive: false});
  let drag = null;
  svg.addEventListener("pointerdown", (ev) => { drag = {x: ev.clientX, y: ev.clientY, v: view.slice()}; });
  svg.addEventListener("pointermove", (ev) => {
    if (!drag) return;
    const r = svg.getBoundingClientRect(), k = drag.v[2] / r.width;
    setView([drag.v[0] - (ev.clientX - drag.x) * k, drag.v[1] - (ev.clientY - drag.y) * k, drag.v[2], drag.v[3]]);
  });
  for (const t of ["pointerup", "pointerleave"]) svg.addEventListener(t, () => { drag = null; });
  fitEvents();

  // -- the list of places and one place's events ------------------------------------------------------
  const list = $("places");
  if (!d.places.length) list.appendChild(h("p", {class: "empty"}, "No events with a location for these filters."));
  EW.hbars(list, d.places.slice(0, 15).map((p) => ({label: `${p.name || "?"} (${p.country || "?"})`, value: p.events})));
  [...list.querySelectorAll(".hbar")].forEach((row, i) => {
    row.addEventListener("click", () => showPlace(d.places[i]));
    row.setAttribute("title", "show events");
  });

  async function showPlace(p) {
    const box = EW.clear($("place-events"));
    box.appendChild(h("h3", {}, `${p.name || "?"}: events`));
    if (!p.name) { box.appendChild(h("p", {class: "empty"}, "This place has no name to look its events up by.")); return; }
    const r = await EW.api("/api/events", Object.assign({location: p.name, limit: 100}, filters)).catch((e) => ({error: e}));
    if (r.error) { box.appendChild(h("p", {class: "error"}, r.error.message)); return; }
    box.appendChild(EW.eventTable(r.events));
  }

  function shade(t) {  // light to dark orange by share of events
    const v = Math.sqrt(t);
    const mix = (a, b) => Math.round(a + (b - a) * v);
    return `rgb(${mix(253, 217)}, ${mix(224, 95)}, ${mix(178, 2)})`;
  }
});
