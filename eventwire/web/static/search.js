/* Search page: words and "phrases" over articles and events, with the usual filters. */
"use strict";
EW.start(async () => {
  const {h, $, fmt} = EW;
  const p = EW.params(["q", "kind", "since", "until", "actor", "country", "root"]);
  if (!p.q) {
    $("search-note").textContent = 'Type words or "a phrase": every one must occur. Try: Soleimani, "drone strike", embassy.';
    return;
  }
  const r = await EW.api("/api/search", Object.assign({limit: 30}, p));
  $("search-note").textContent = `Terms: ${r.terms.map((t) => `“${t}”`).join(", ")}. Matching: ${r.method}.`;
  $("articles-total").textContent = `${fmt(r.total_articles)} found`;
  $("events-total").textContent = `${fmt(r.total_events)} found`;

  const arts = $("article-hits");
  if (!r.articles.length) arts.appendChild(h("p", {class: "empty"}, p.kind === "events" ? "Not searched." : "No article matches."));
  for (const a of r.articles) {
    arts.appendChild(h("div", {class: "hit"},
      h("div", {class: "title"}, EW.articleLink(a.doc_id, null, EW.marked(a.title || a.doc_id, r.terms))),
      h("div", {class: "where"}, [a.site, a.published, `score ${a.score}`].filter(Boolean).join(" · ")),
      h("div", {class: "snip"}, EW.marked(a.snippet, r.terms))));
  }
  const evs = $("event-hits");
  if (!r.events.length) evs.appendChild(h("p", {class: "empty"}, p.kind === "articles" ? "Not searched." : "No event matches."));
  else evs.appendChild(EW.eventTable(r.events, {terms: r.terms}));
});
