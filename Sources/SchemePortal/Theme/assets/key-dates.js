/* SchemePortal: re-marks key dates on the reader's day.
 *
 * A static page is read long after it was built. The build marks each key date past, next or upcoming,
 * and each scheme's status, as of its reference day; this script, when it runs, marks them again as of
 * the reader's clock. Without JavaScript the build's markers stand. It changes words as well as
 * classes, so no state is shown by colour alone. No dependencies, no network, no inline script.
 *
 * It reads, from the page:
 *   li.key-date[data-start][data-end]   a key date: start and exclusive end, "2022-12-19" (a day, the
 *                                       reader's local midnight) or "2022-12-19T12:00:00Z" (an instant);
 *                                       without them, the first and last <time datetime> inside it
 *   .upcoming-date[data-start][data-end] a scheme's candidate "next key date": the first not over is shown
 *   .badge[data-status-phases]          a derived status: "upcoming 2024-03-04 open 2024-12-03 running", the
 *                                       status before the first day named, then each day it changes on and
 *                                       what it becomes (the build derives them; the rule is not repeated here)
 */
(function () {
  "use strict";

  var now = new Date();

  function pad(n) { return (n < 10 ? "0" : "") + n; }
  var today = now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate());

  /* "2023-03-02" → local midnight; "2023-03" → the 1st; an instant → itself. */
  function parse(value) {
    if (!value) { return null; }
    var day = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
    if (day) { return new Date(+day[1], +day[2] - 1, day[3] ? +day[3] : 1); }
    var instant = new Date(value);
    return isNaN(instant.getTime()) ? null : instant;
  }

  /* The exclusive end a <time datetime> implies: the next day, or the next month. */
  function endOf(value) {
    var d = parse(value);
    if (!d) { return null; }
    if (/^\d{4}-\d{2}$/.test(value)) { return new Date(d.getFullYear(), d.getMonth() + 1, 1); }
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) { return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1); }
    return d;
  }

  function span(el) {
    var start = parse(el.getAttribute("data-start"));
    var end = parse(el.getAttribute("data-end"));
    if (start && end) { return { start: start, end: end }; }
    var times = el.querySelectorAll("time[datetime]");
    if (!times.length) { return null; }
    start = parse(times[0].getAttribute("datetime"));
    end = endOf(times[times.length - 1].getAttribute("datetime"));
    return start && end ? { start: start, end: end } : null;
  }

  var labels = { past: "Past", next: "Next", future: "Upcoming" };

  function mark(item, state) {
    item.className = item.className.replace(/\bstate-(past|next|future)\b/, "state-" + state);
    var badge = item.querySelector(".state-badge");
    if (badge) { badge.textContent = labels[state]; }
    /* A date over on the reader's day offers no "Add to calendar", as the build leaves it off dates past on its day. */
    var actions = item.querySelector(".key-date-actions");
    if (actions && state === "past") { actions.hidden = true; }
  }

  /* Every timeline on the page (a scheme with intakes has one for each): past when over; the date not over
     that starts first, wherever it is listed, is next; the rest upcoming. */
  var items = document.querySelectorAll("ol.timeline li.key-date");
  var spans = [];
  var nextIndex = -1;
  for (var i = 0; i < items.length; i++) {
    spans[i] = span(items[i]);
    if (spans[i] && spans[i].end > now && (nextIndex < 0 || spans[i].start < spans[nextIndex].start)) { nextIndex = i; }
  }
  for (var j = 0; j < items.length; j++) {
    if (!spans[j]) { continue; }
    if (spans[j].end <= now) { mark(items[j], "past"); }
    else if (j === nextIndex) { mark(items[j], "next"); }
    else { mark(items[j], "future"); }
  }

  /* "Next key date" on the home page and a scheme's overview. */
  var groups = document.querySelectorAll(".next-key-date");
  for (var g = 0; g < groups.length; g++) {
    var options = groups[g].querySelectorAll(".upcoming-date");
    var shown = false;
    for (var o = 0; o < options.length; o++) {
      var os = span(options[o]);
      var show = !shown && (!os || os.end > now);
      options[o].hidden = !show;
      if (show) { shown = true; }
    }
    groups[g].hidden = !shown;
  }

  /* A status derived from the dates: the last phase whose day has come on the reader's day. */
  var statusLabels = { upcoming: "Upcoming", open: "Open for applications", rolling: "Open all year", running: "Running", closed: "Closed" };
  var badges = document.querySelectorAll(".badge[data-status-phases]");
  for (var b = 0; b < badges.length; b++) {
    var el = badges[b];
    var phases = el.getAttribute("data-status-phases").split(" ");
    var status = phases[0];
    for (var p = 1; p + 1 < phases.length; p += 2) {
      if (phases[p] <= today) { status = phases[p + 1]; }
    }
    if (!statusLabels[status]) { continue; }
    el.className = el.className.replace(/\bstatus-(upcoming|open|rolling|running|closed)\b/, "status-" + status);
    el.textContent = statusLabels[status];
  }
})();
