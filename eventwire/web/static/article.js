/* Article page: the cleaned text with actors and event sentences highlighted, events beside it,
 * metadata, near-duplicate copies and the raw page. All text goes in as text nodes. */
"use strict";
EW.start(async () => {
  const {h, $, fmt1} = EW;
  const p = EW.params(["id", "event"]);
  if (!p.id) {
    $("meta").appendChild(h("p", {}, "No article chosen. Open one from the ", h("a", {href: "/search"}, "search"),
      " or from an event on the ", h("a", {href: "/dyad"}, "dyad"), " page."));
    return;
  }
  const a = await EW.api("/api/article", {id: p.id});
  document.title = `${a.title || a.doc_id} · eventwire`;

  // -- metadata -------------------------------------------------------------------------------------
  const meta = $("meta");
  meta.appendChild(h("h2", {id: "article-title"}, a.title || "(no title)"));
  if (a.subtitle) meta.appendChild(h("p", {class: "sub"}, a.subtitle));
  const url = EW.safeUrl(a.url);
  const rows = [["Site", a.site], ["Agency / byline", a.agency], ["Published", a.published], ["Section", a.section],
    ["URL", url ? h("a", {href: url, rel: "noopener noreferrer nofollow", target: "_blank"}, url) : a.url],
    ["Document", `${a.doc_id}${a.kind ? " (" + a.kind + ")" : ""}`],
    ["Tags", a.tags.length ? a.tags.map((t) => h("span", {class: "tag"}, t)) : null]];
  meta.appendChild(h("dl", {}, rows.filter(([, v]) => v !== null && v !== undefined && v !== "")
    .map(([k, v]) => [h("dt", {}, k), h("dd", {}, v)])));
  if (a.captions.length) meta.appendChild(h("p", {class: "hint"}, "Captions: ", a.captions.join(" · ")));

  // -- the body with highlights -----------------------------------------------------------------------
  // Offsets count code points (Python), so index an array of code points, not the UTF-16 string.
  const chars = Array.from(a.body);
  const evs = a.events.filter((e) => e.start !== null && e.end !== null);
  const cuts = new Set([0, chars.length]);
  for (const m of a.actors) { cuts.add(m.start); cuts.add(m.end); }
  for (const e of evs) { cuts.add(e.start); cuts.add(e.end); }
  const points = [...cuts].filter((x) => x >= 0 && x <= chars.length).sort((x, y) => x - y);
  const body = $("body");
  let para = body.appendChild(h("p"));
  for (let i = 0; i + 1 < points.length; i++) {
    const [lo, hi] = [points[i], points[i + 1]];
    const inEv = evs.filter((e) => e.start <= lo && e.end >= hi);
    const inActor = a.actors.filter((m) => m.start <= lo && m.end >= hi);
    // One paragraph per line of the body; a piece after a line break starts a new paragraph.
    chars.slice(lo, hi).join("").split("\n").forEach((piece, j) => {
      if (j > 0) para = body.appendChild(h("p"));
      if (piece) para.appendChild(wrap(piece, inEv, inActor));
    });
  }

  function wrap(text, inEv, inActor) {
    let node = document.createTextNode(text);
    if (inActor.length) {
      const m = inActor[0];
      node = h("span", {class: "actor", title: `${m.code || "?"}${m.name ? " · " + m.name : ""}${m.kind ? " (" + m.kind + ")" : ""}`}, node);
    }
    if (inEv.length) {
      node = h("span", {class: "ev", "data-events": inEv.map((e) => e.event_id).join(" "),
        title: inEv.map((e) => `${e.cameo} ${e.description || ""}`).join("; ")}, node);
      node.addEventListener("click", () => select(inEv[0].event_id, true));
    }
    return node;
  }

  // -- the coded events beside it ---------------------------------------------------------------------
  const aside = $("article-events");
  aside.appendChild(h("h2", {}, `Coded events (${a.events.length})`));
  if (!a.events.length) aside.appendChild(h("p", {class: "empty"}, "No event was coded in this article."));
  for (const e of a.events) {
    const card = h("div", {class: `evcard q${e.quad_class || ""}`, id: `card-${e.event_id}`, "data-event": e.event_id, tabindex: 0},
      h("div", {class: "head"}, h("span", {class: "dyad"}, `${EW.side(e.source)} → ${EW.side(e.target)}`), " · ",
        h("code", {}, e.cameo || "–"), " ", e.description || "", " · ", e.date || "no date",
        e.background ? " · background" : ""),
      h("div", {class: "hint"}, `${(e.source && e.source.code) || "?"} → ${(e.target && e.target.code) || "–"} · Goldstein ${fmt1(e.goldstein)}`
        + (e.plover ? ` · PLOVER ${e.plover}` : "") + (e.modality && e.modality !== "asserted" ? ` · ${e.modality}` : "")
        + (e.location ? ` · ${e.location.name || ""}` : "")),
      h("div", {class: "sent"}, e.sentence || ""));
    card.addEventListener("click", () => select(e.event_id, false));
    aside.appendChild(card);
  }
  if (a.quotes.length) {
    aside.appendChild(h("h3", {}, `Quotes (${a.quotes.length})`));
    for (const q of a.quotes) aside.appendChild(h("p", {class: "hint"}, `${q.speaker_name || q.speaker_code || "?"}: “${q.text || ""}”`));
  }

  function select(id, fromText) {
    for (const el of body.querySelectorAll(".ev-selected")) el.classList.remove("ev-selected");
    for (const el of body.querySelectorAll(".ev")) {
      if ((el.getAttribute("data-events") || "").split(" ").includes(id)) el.classList.add("ev-selected");
    }
    for (const el of aside.querySelectorAll(".evcard")) el.classList.toggle("selected", el.getAttribute("data-event") === id);
    const target = fromText ? document.getElementById(`card-${id}`) : body.querySelector(".ev-selected");
    if (target) target.scrollIntoView({block: "center", behavior: "instant"});
    const q = new URLSearchParams(location.search);
    q.set("event", id);
    history.replaceState(null, "", `?${q}`);
  }
  if (p.event && a.events.some((e) => e.event_id === p.event)) select(p.event, false);

  // -- near-duplicates and the raw page -----------------------------------------------------------------
  const dup = $("duplicates");
  if (!a.duplicates.available) dup.appendChild(h("p", {class: "empty"}, "none (this database records no near-duplicate clusters)"));
  else if (!a.duplicates.articles.length) dup.appendChild(h("p", {class: "empty"}, "none"));
  else dup.appendChild(h("ul", {}, a.duplicates.articles.map((c) => h("li", {},
    EW.articleLink(c.doc_id, null, c.title || c.doc_id), h("span", {class: "hint"}, ` ${c.site || ""} ${c.published || ""}`)))));

  const btn = $("toggle-raw"), raw = $("raw");
  btn.addEventListener("click", async () => {
    const show = btn.getAttribute("aria-pressed") !== "true";
    if (show && !raw.dataset.loaded) {
      try {
        const r = await EW.api("/api/article/raw", {id: a.doc_id});
        raw.textContent = r.raw_text || "(no raw text stored)";
        raw.dataset.loaded = "1";
      } catch (err) { EW.showError(err); return; }
    }
    raw.hidden = !show;
    btn.setAttribute("aria-pressed", String(show));
    btn.textContent = show ? "Hide raw page" : "Show raw page";
  });
});
