/* SchemePortal: search on the search page (search/index.html).
 *
 * The build writes an index under search/ (docs/search.md has the contract: meta.json, term shards
 * t<i>.json, document chunks d<n>.json); this script reads only what a query needs: meta.json once,
 * the shards holding the query's terms, and the chunks of the results shown. Without JavaScript the
 * page is the A–Z index, which this script leaves as it is, showing results above it.
 *
 * Results and filters are built with DOM methods and textContent only: nothing from the index is
 * ever parsed as HTML. No dependencies, no inline script.
 */
(function () {
  "use strict";

  var script = document.currentScript || document.querySelector("script[data-index]");
  var input = document.getElementById("search-q");
  var form = input && input.form;
  var filtersBox = document.getElementById("search-filters");
  var statusBox = document.getElementById("search-status");
  var resultList = document.getElementById("search-results");
  var moreBox = document.getElementById("search-more");
  if (!script || !input || !form || !filtersBox || !statusBox || !resultList || !moreBox || !window.fetch || !window.URL) { return; }

  /* The index folder (search/, at the site root) as the page's address sees it; result addresses are
     relative to the site root, the folder above it. */
  var indexFolder = new URL(script.getAttribute("data-index") || "./", location.href);
  var root = new URL("../", indexFolder);
  var PAGE = 10;
  var DELAY = 250;

  /* ---------- Terms: exactly as the build makes them ---------- */

  function termsOf(text) {
    /* A final sigma is folded to σ, as the build does: lower case in JavaScript depends on a letter's place in
       its word, per letter in Swift. */
    var words = text.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase().replace(/ς/g, "σ").split(/[^\p{L}\p{N}]+/u);
    var seen = {}, terms = [];
    for (var i = 0; i < words.length; i++) {
      /* 2 to 30 UTF-16 code units (the build counts them the same way). */
      var length = words[i].length;
      if (length >= 2 && length <= 30 && !seen[words[i]]) { seen[words[i]] = true; terms.push(words[i]); }
    }
    return terms;
  }

  function startsWith(term, prefix) { return term.slice(0, prefix.length) === prefix; }

  /* ---------- Fetching, each file once per page view (meta.json once per search) ---------- */

  var files = {};
  var meta = null;

  function getJSON(name, options) {
    if (!files[name]) {
      files[name] = fetch(new URL(name, indexFolder).href, options).then(function (response) {
        if (!response.ok) { throw new Error(name + ": " + response.status); }
        return response.json();
      });
      files[name].catch(function () { delete files[name]; });
    }
    return files[name];
  }

  /* Asked for again at each search (a small file, and the browser revalidates it), so a page left open
     while the portal is rebuilt or published again reads the new index, never new shards by old numbers. */
  function loadMeta() {
    delete files["meta.json"];
    return getJSON("meta.json", { cache: "no-cache" }).then(function (m) { meta = m; return m; });
  }

  function versioned(name) { return getJSON(name + "?v=" + encodeURIComponent(meta.build)); }

  /* The shards that may hold terms starting with `prefix`: the last whose first term is not after it,
     and each following one whose first term still starts with it. */
  function shardsFor(prefix) {
    var shards = meta.shards, first = 0;
    for (var i = 0; i < shards.length; i++) { if (shards[i] <= prefix) { first = i; } else { break; } }
    var list = [first];
    for (var j = first + 1; j < shards.length && startsWith(shards[j], prefix); j++) { list.push(j); }
    return list;
  }

  function chunk(doc) { return versioned("d" + Math.floor(doc / meta.docChunk) + ".json"); }

  /* ---------- Matching and ranking ---------- */

  function isCommon(key) { return (meta.common || []).indexOf(key) >= 0; }

  /* Each query term's scores: the docs of every index word it begins (a whole word at full weight, a longer
     one at half; of a common word, the index keeps only its best pages). A term that begins only common
     words ranks but does not narrow, unless every term is such: then the docs that have them all among
     those kept, or else any of them.
     Resolves to {results, partial}, partial when common words decided which pages are listed. */
  function match(terms) {
    var wanted = {};
    terms.forEach(function (term) { shardsFor(term).forEach(function (s) { wanted[s] = true; }); });
    return Promise.all(Object.keys(wanted).map(function (s) { return versioned("t" + s + ".json"); })).then(function (shards) {
      var narrowing = [], ranking = [];
      terms.forEach(function (term) {
        var found = {}, common = true, any = false;
        shards.forEach(function (shard) {
          for (var key in shard) {
            if (!Object.prototype.hasOwnProperty.call(shard, key) || !startsWith(key, term)) { continue; }
            any = true;
            if (!isCommon(key)) { common = false; }
            var postings = shard[key], doc = 0;
            for (var p = 0; p + 1 < postings.length; p += 2) {
              doc += postings[p];
              var weight = key === term ? postings[p + 1] : postings[p + 1] / 2;
              found[doc] = (found[doc] || 0) + weight;
            }
          }
        });
        /* A word on no page narrows the results to none, like any other word that must match. */
        (common && any ? ranking : narrowing).push(found);
      });
      function all(sets) {
        var scores = sets[0];
        sets.slice(1).forEach(function (found) {
          var both = {};
          for (var d in scores) { if (found[d] !== undefined) { both[d] = scores[d] + found[d]; } }
          scores = both;
        });
        return scores;
      }
      var scores, partial = false;
      if (narrowing.length) {
        scores = all(narrowing);
        ranking.forEach(function (found) { for (var d in scores) { if (found[d] !== undefined) { scores[d] += found[d]; } } });
      } else {
        partial = true;
        scores = all(ranking);
        if (!Object.keys(scores).length) {
          scores = {};
          ranking.forEach(function (found) { for (var d in found) { scores[d] = (scores[d] || 0) + found[d]; } });
        }
      }
      var results = Object.keys(scores).map(function (d) { return { doc: +d, score: scores[d] }; })
        .sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
      return { results: results, partial: partial };
    });
  }

  /* ---------- Filters: kind and scheme; OR within a group, AND across ---------- */

  var chosen = { kind: {}, scheme: {} };

  function groupOf(doc) {
    var groups = meta.groups, low = 0, high = groups.length - 1;
    while (low <= high) {
      var mid = (low + high) >> 1, g = groups[mid];
      if (doc < g[0]) { high = mid - 1; } else if (doc >= g[0] + g[1]) { low = mid + 1; } else { return g; }
    }
    return null;
  }

  function anyChosen(group) { for (var k in chosen[group]) { if (chosen[group][k]) { return true; } } return false; }

  function passesKind(result) { return !anyChosen("kind") || !!chosen.kind[result.kind]; }

  function passesScheme(result) {
    if (!anyChosen("scheme")) { return true; }
    for (var i = 0; i < result.schemes.length; i++) { if (chosen.scheme[result.schemes[i]]) { return true; } }
    return false;
  }

  /* Each value's count: the results it would give with the other group's current choice. */
  function counts(results) {
    var kinds = {}, schemes = {};
    results.forEach(function (r) {
      if (passesScheme(r)) { kinds[r.kind] = (kinds[r.kind] || 0) + 1; }
      if (passesKind(r)) { r.schemes.forEach(function (s) { schemes[s] = (schemes[s] || 0) + 1; }); }
    });
    return { kind: kinds, scheme: schemes };
  }

  var countSpans = { kind: {}, scheme: {} };

  function buildFilters(results) {
    var present = { kind: {}, scheme: {} };
    results.forEach(function (r) {
      present.kind[r.kind] = true;
      r.schemes.forEach(function (s) { present.scheme[s] = true; });
    });
    filtersBox.textContent = "";
    countSpans = { kind: {}, scheme: {} };
    var groups = [["kind", "Kind of page", meta.kinds || []], ["scheme", "Scheme", meta.schemes || []]];
    groups.forEach(function (group) {
      var name = group[0], values = [];
      group[2].forEach(function (value, index) { if (present[name][index] || chosen[name][index]) { values.push(index); } });
      if (!values.length) { return; }
      var fieldset = document.createElement("fieldset");
      fieldset.className = "search-filter";
      var legend = document.createElement("legend");
      legend.textContent = group[1];
      fieldset.appendChild(legend);
      var list = document.createElement("ul");
      values.forEach(function (index) {
        var item = document.createElement("li");
        var box = document.createElement("input");
        box.type = "checkbox";
        box.id = "search-" + name + "-" + index;
        box.checked = !!chosen[name][index];
        box.addEventListener("change", function () {
          chosen[name][index] = box.checked;
          show(current, false);
        });
        var label = document.createElement("label");
        label.htmlFor = box.id;
        label.appendChild(document.createTextNode(String(group[2][index][1]) + " "));
        var count = document.createElement("span");
        count.className = "search-filter-count";
        label.appendChild(count);
        countSpans[name][index] = count;
        item.appendChild(box);
        item.appendChild(label);
        list.appendChild(item);
      });
      fieldset.appendChild(list);
      filtersBox.appendChild(fieldset);
    });
    filtersBox.hidden = !filtersBox.firstChild;
  }

  function updateCounts(results) {
    var c = counts(results);
    ["kind", "scheme"].forEach(function (name) {
      for (var index in countSpans[name]) { countSpans[name][index].textContent = "(" + (c[name][index] || 0) + ")"; }
    });
  }

  /* ---------- Results ---------- */

  /* The words of a text with where each starts and ends, and its term form. */
  function words(text) {
    var list = [], pattern = /[\p{L}\p{N}\p{M}]+/gu, m;
    while ((m = pattern.exec(text)) !== null) {
      list.push({ start: m.index, end: m.index + m[0].length, term: m[0].normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase().replace(/ς/g, "σ") });
    }
    return list;
  }

  function matches(term, queryTerms) {
    for (var i = 0; i < queryTerms.length; i++) { if (startsWith(term, queryTerms[i])) { return true; } }
    return false;
  }

  /* The section holding the most query terms (the first of equals), and a passage of about 30 words
     around the first match in it. */
  function bestPassage(doc, queryTerms) {
    var sections = Array.isArray(doc[2]) ? doc[2] : [], best = null, bestCount = -1;
    sections.forEach(function (section) {
      var all = words(String(section[1] || "") + " " + String(section[2] || "")), found = {};
      all.forEach(function (w) {
        queryTerms.forEach(function (q) { if (startsWith(w.term, q)) { found[q] = true; } });
      });
      var count = Object.keys(found).length;
      if (count > bestCount) { best = section; bestCount = count; }
    });
    if (!best) { return { anchor: "", text: "", words: [] }; }
    var text = String(best[2] || ""), list = words(text), first = 0;
    for (var i = 0; i < list.length; i++) { if (matches(list[i].term, queryTerms)) { first = i; break; } }
    var from = Math.max(0, first - 10), to = Math.min(list.length, from + 30);
    if (!list.length) { return { anchor: String(best[0] || ""), text: text.slice(0, 200), words: [], before: false, after: text.length > 200 }; }
    /* From the text's start when the passage begins it, to its end (with its full stop) when it ends it. */
    var startAt = from > 0 ? list[from].start : 0, endAt = to < list.length ? list[to - 1].end : text.length;
    return {
      anchor: String(best[0] || ""),
      text: text.slice(startAt, endAt),
      words: list.slice(from, to).map(function (w) { return { start: w.start - startAt, end: w.end - startAt, term: w.term }; }),
      before: from > 0,
      after: to < list.length
    };
  }

  function renderPassage(passage, queryTerms) {
    var p = document.createElement("p");
    p.className = "search-result-passage";
    if (passage.before) { p.appendChild(document.createTextNode("… ")); }
    var at = 0;
    passage.words.forEach(function (w) {
      if (!matches(w.term, queryTerms)) { return; }
      if (w.start > at) { p.appendChild(document.createTextNode(passage.text.slice(at, w.start))); }
      var mark = document.createElement("mark");
      mark.textContent = passage.text.slice(w.start, w.end);
      p.appendChild(mark);
      at = w.end;
    });
    if (at < passage.text.length) { p.appendChild(document.createTextNode(passage.text.slice(at))); }
    if (passage.after) { p.appendChild(document.createTextNode(" …")); }
    return p;
  }

  function renderResult(result, doc, queryTerms) {
    var passage = bestPassage(doc, queryTerms);
    var item = document.createElement("li");
    item.className = "search-result";
    var title = document.createElement("p");
    title.className = "search-result-title";
    var link = document.createElement("a");
    var address = new URL(String(doc[0] || ""), root);
    address.hash = passage.anchor;
    link.href = address.href;
    link.textContent = String(doc[1] || doc[0] || "");
    title.appendChild(link);
    item.appendChild(title);
    var where = [];
    var kind = (meta.kinds || [])[result.kind];
    if (kind) { where.push(String(kind[1])); }
    var schemes = result.schemes.map(function (s) { return (meta.schemes || [])[s]; })
      .filter(Boolean).map(function (s) { return String(s[1]); });
    if (schemes.length) { where.push(schemes.join(", ")); }
    if (where.length) {
      var meta_ = document.createElement("p");
      meta_.className = "search-result-where";
      meta_.textContent = where.join(" · ");
      item.appendChild(meta_);
    }
    if (passage.text) { item.appendChild(renderPassage(passage, queryTerms)); }
    return item;
  }

  /* ---------- One search, shown ---------- */

  var current = null;   /* {query, terms, results} of the search on show */
  var shownCount = 0;
  var generation = 0;

  function say(text) { if (statusBox.textContent !== text) { statusBox.textContent = text; } }

  function filtered() { return current.results.filter(function (r) { return passesKind(r) && passesScheme(r); }); }

  /* Shows the next page of the current results, appended; the doc chunks are fetched only now. */
  function showMore(focusFirst) {
    var list = filtered(), page = list.slice(shownCount, shownCount + PAGE), mine = generation;
    return Promise.all(page.map(function (r) { return chunk(r.doc); })).then(function (chunks) {
      if (mine !== generation) { return; }
      var firstLink = null;
      page.forEach(function (r, i) {
        var doc = chunks[i][r.doc % meta.docChunk];
        if (!doc) { return; }
        var item = renderResult(r, doc, current.terms);
        resultList.appendChild(item);
        if (!firstLink) { firstLink = item.querySelector("a"); }
      });
      shownCount += page.length;
      moreBox.textContent = "";
      if (shownCount < list.length) {
        var button = document.createElement("button");
        button.type = "button";
        button.className = "button button-secondary search-more-button";
        button.textContent = "Show more results";
        var busy = false;
        /* A second press while the next results load would list them twice. */
        button.addEventListener("click", function () {
          if (busy) { return; }
          busy = true;
          showMore(true);
        });
        moreBox.appendChild(button);
      }
      if (focusFirst && firstLink) { firstLink.focus(); }
    }).catch(function () {
      if (mine === generation) { say("Search is not available just now. Use the A–Z index below."); }
    });
  }

  function show(search, rebuildFilters) {
    current = search;
    generation += 1;
    shownCount = 0;
    resultList.textContent = "";
    moreBox.textContent = "";
    if (rebuildFilters) { buildFilters(search.results); }
    updateCounts(search.results);
    var count = filtered().length;
    if (count && search.partial) {
      say(count + (count === 1 ? " result" : " results") + " for ‘" + search.query + "’: these words are on many pages of the portal, so only the best matches are listed; add a more particular word to narrow them.");
    } else if (count) {
      say(count + (count === 1 ? " result" : " results") + " for ‘" + search.query + "’");
    } else {
      say("No results for ‘" + search.query + "’. Try fewer or shorter words, or the A–Z index below.");
    }
    return showMore(false);
  }

  function clear() {
    generation += 1;
    current = null;
    resultList.textContent = "";
    moreBox.textContent = "";
    filtersBox.textContent = "";
    filtersBox.hidden = true;
    say("");
  }

  var searching = 0;

  function search(query) {
    query = query.trim();
    var terms = termsOf(query), mine = ++searching;
    if (!terms.length) { clear(); return Promise.resolve(); }
    return loadMeta().then(function () { return match(terms); }).then(function (matched) {
      if (mine !== searching) { return; }
      var results = matched.results.map(function (s) {
        var g = groupOf(s.doc);
        return { doc: s.doc, score: s.score, kind: g ? g[2] : -1, schemes: g && Array.isArray(g[3]) ? g[3] : [] };
      });
      return show({ query: query, terms: terms, results: results, partial: matched.partial }, true);
    }).catch(function () {
      if (mine !== searching) { return; }
      clear();
      /* Opened from a folder on disk, the browser will not let a page read the index's files. */
      say(!/^https?/.test(location.protocol)
        ? "Search works only when the portal is on a web server. Use the A–Z index below."
        : "Search is not available just now. Use the A–Z index below.");
    });
  }

  /* ---------- The address, the boxes, typing ---------- */

  function keepInAddress(query) {
    if (!window.history || !history.replaceState) { return; }
    var url = location.pathname + (query.trim() ? "?q=" + encodeURIComponent(query.trim()) : "");
    history.replaceState(null, "", url);
  }

  function mirror(query) {
    var header = document.getElementById("site-search-q");
    if (header && header !== document.activeElement) { header.value = query; }
  }

  var timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      keepInAddress(input.value);
      mirror(input.value);
      search(input.value);
    }, DELAY);
  });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(timer);
    keepInAddress(input.value);
    mirror(input.value);
    search(input.value);
  });

  var initial = new URLSearchParams(location.search).get("q") || "";
  if (initial) {
    input.value = initial;
    mirror(initial);
    search(initial);
  }
})();
