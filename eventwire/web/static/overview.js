/* Overview page: counts, the timeline by QuadClass, top actors and dyads, dyads falling fastest. */
"use strict";
EW.start(async () => {
  const {h, $, fmt, fmt1} = EW;
  const filters = EW.params(["since", "until", "actor", "country", "root"]);
  const d = await EW.api("/api/overview", filters);

  const cards = $("counts");
  for (const [label, n] of [["documents", d.counts.documents], ["articles", d.counts.articles],
    ["events", d.counts.events], ["actor mentions", d.counts.actor_mentions], ["rejected", d.counts.rejected]]) {
    cards.appendChild(h("div", {class: "card"}, h("div", {class: "n"}, fmt(n)), h("div", {class: "label"}, label)));
  }
  cards.appendChild(h("div", {class: "card"}, h("div", {class: "n small"}, d.first_date || "–", h("br"), d.last_date ? `→ ${d.last_date}` : ""),
    h("div", {class: "label"}, d.first_date ? "first and last event day" : "no dated events")));

  $("timeline-note").textContent = `per ${d.period}; background events left out`;
  EW.stackedBars($("timeline"), d.timeline, EW.QUADS, {height: 260});
  EW.legend($("timeline-legend"), EW.QUADS);

  EW.hbars($("top-actors"), d.top_actors.map((a) => ({
    label: `${a.code}${a.name && a.name !== a.code ? " · " + a.name : ""}`, value: a.events,
    href: `/actors?${new URLSearchParams({focus: a.code})}`})));

  const dyadHref = (x) => `/dyad?${new URLSearchParams(Object.assign({a: x.a, b: x.b}, filters.since ? {since: filters.since} : {},
    filters.until ? {until: filters.until} : {}))}`;
  const topDyads = $("top-dyads");
  if (!d.top_dyads.length) topDyads.appendChild(h("p", {class: "empty"}, "No dyads."));
  else topDyads.appendChild(h("table", {},
    h("thead", {}, h("tr", {}, h("th", {}, "Dyad"), h("th", {class: "num"}, "Events"), h("th", {class: "num"}, "Goldstein sum"))),
    h("tbody", {}, d.top_dyads.map((x) => h("tr", {},
      h("td", {}, h("a", {href: dyadHref(x), class: "dyad-link"}, `${x.a} – ${x.b}`)),
      h("td", {class: "num"}, fmt(x.events)), h("td", {class: "num"}, fmt1(x.goldstein)))))));

  $("falling-note").textContent = d.falling_window.length ? `${d.falling_window[0]} to ${d.falling_window[1]}` : "";
  const falling = $("falling");
  if (!d.falling_dyads.length) falling.appendChild(h("p", {class: "empty"}, "No dyad fell in the last 7 days of the data."));
  else falling.appendChild(h("table", {},
    h("thead", {}, h("tr", {}, h("th", {}, "Dyad"), h("th", {class: "num"}, "7 days before"), h("th", {class: "num"}, "Last 7 days"),
      h("th", {class: "num"}, "Change"), h("th", {class: "num"}, "Events (before → last)"))),
    h("tbody", {}, d.falling_dyads.map((x) => h("tr", {},
      h("td", {}, h("a", {href: dyadHref(x), class: "dyad-link"}, `${x.a} – ${x.b}`)),
      h("td", {class: "num"}, fmt1(x.previous)), h("td", {class: "num"}, fmt1(x.last)),
      h("td", {class: "num neg"}, fmt1(x.change)), h("td", {class: "num"}, `${x.events_previous} → ${x.events_last}`))))));
});
