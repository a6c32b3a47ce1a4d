/* Dyad page: pick two sides; Goldstein per period, counts by CAMEO root, and the events. */
"use strict";
EW.start(async () => {
  const {h, $, fmt, fmt1} = EW;
  const p = EW.params(["a", "b", "period", "since", "until", "root"]);
  const range = EW.params(["since", "until", "root"]);

  const choices = await EW.api("/api/dyads", Object.assign({limit: 40}, range));
  const keys = $("actor-keys");
  for (const a of choices.actors) keys.appendChild(h("option", {value: a.key}, a.name && a.name !== a.key ? a.name : null));
  const list = $("dyad-list");
  if (!choices.dyads.length) list.appendChild(h("p", {class: "empty"}, "No dyads in this period."));
  for (const x of choices.dyads) {
    list.appendChild(EW.link("/dyad", Object.assign({a: x.a, b: x.b}, range, p.period ? {period: p.period} : {}),
      `${x.a} – ${x.b} `, h("small", {}, `${x.events}`)));
    list.lastChild.classList.add("chip", "dyad-link");
  }
  if (!p.a || !p.b) return;

  const d = await EW.api("/api/dyad", p);
  $("dyad-pick").hidden = true;
  $("dyad-view").hidden = false;
  $("dyad-title").textContent = `${d.a} – ${d.b}, either direction`;
  document.title = `${d.a} – ${d.b} · Dyad · eventwire`;
  for (const el of document.querySelectorAll(".period-name")) el.textContent = d.period;

  EW.signedBars($("goldstein"), d.series, "goldstein", {height: 200});

  // Counts by root: one row per period with a key per root present.
  const present = [...new Set(d.roots.map((r) => r.root))].sort();
  const byPeriod = new Map(d.series.map((x) => [x.period, {period: x.period}]));  // every period, empty ones too
  for (const r of d.roots) {
    if (!byPeriod.has(r.period)) byPeriod.set(r.period, {period: r.period});
    byPeriod.get(r.period)[r.root] = r.events;
  }
  const series = present.map((r) => ({key: r, label: `${r} ${EW.ROOT_NAMES[r] || ""}`, color: EW.rootColor(r)}));
  EW.stackedBars($("roots"), [...byPeriod.values()], series, {height: 220});
  EW.legend($("roots-legend"), series);

  const totals = $("root-totals");
  if (d.root_totals.length) totals.appendChild(h("table", {},
    h("thead", {}, h("tr", {}, h("th", {}, "CAMEO root"), h("th", {class: "num"}, "Events"), h("th", {class: "num"}, "Goldstein sum"))),
    h("tbody", {}, d.root_totals.map((r) => h("tr", {}, h("td", {}, `${r.root} ${r.name}`),
      h("td", {class: "num"}, fmt(r.events)), h("td", {class: "num"}, fmt1(r.goldstein)))))));

  $("events-note").textContent = `${d.events.length} listed, background events included`;
  $("events").appendChild(EW.eventTable(d.events));
});
