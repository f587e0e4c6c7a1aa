/*
 * SchemePortal people pages: instant filtering and a shortlist.
 *
 * Small and dependency-free, loaded with `defer` on directory and profile pages. Everything it shows
 * is in elements that carry `hidden` in the page, so with JavaScript off none of it appears and the
 * facet pages do the filtering. It reads only what the build publishes (the cards' `data-search`,
 * names and ids, and a long directory's `people-index.js`, added as a script) and never fetches anything.
 *
 * The shortlist lives in this browser only (localStorage, one key per scheme):
 *   schemeportal.shortlist.<scheme> = {"side": "<side id>", "ids": ["<id>", …], "names": {"<id>": "<name>"}}
 * It enforces what `portal check` enforces: at most the scheme's `max_preferences`, and only people
 * on the other side (in a scheme with one side, anyone). "Copy my list" gives text that staff paste
 * into the participant's record:
 *   # OPEN Peer Mentoring: shortlist (researcher)
 *   # 1. Tom Reid; 2. Priya Shah
 *   side: researcher
 *   preferences: [tom-reid, priya-shah]
 */
(function () {
  "use strict";

  var STORAGE_PREFIX = "schemeportal.shortlist.";
  var ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
  var memory = {}; // used when localStorage is unavailable (some private modes, blocked storage)

  // ---------------------------------------------------------------- small helpers

  function element(tag, attributes, text) {
    var node = document.createElement(tag);
    if (attributes) {
      Object.keys(attributes).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    }
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  /** A button whose accessible name starts with its visible text and adds who it is for
   *  ("Move up: Tom Reid, choice 2"), so a screen reader's list of buttons tells them apart. */
  function setLabel(button, visible, detail) {
    button.textContent = visible;
    if (detail) button.setAttribute("aria-label", visible + ": " + detail);
    else button.removeAttribute("aria-label");
  }

  /** Live regions announce a change; the same message twice in a row is made different by a no-break space. */
  function announce(region, message) {
    if (!region) return;
    region.textContent = region.textContent === message ? message + "\u00a0" : message;
  }

  function fold(text) {
    text = String(text || "").toLowerCase();
    return text.normalize ? text.normalize("NFD").replace(/[\u0300-\u036f]/g, "") : text;
  }

  function oneLine(text) {
    return String(text || "").replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ").trim();
  }

  function ordinalChoice(index, max) {
    return "choice " + (index + 1) + " of " + max;
  }

  function peopleCount(count) {
    return count === 1 ? "1 person" : count + " people";
  }

  // ---------------------------------------------------------------- storage

  var storage = (function () {
    try {
      var probe = STORAGE_PREFIX + "probe";
      window.localStorage.setItem(probe, "1");
      window.localStorage.removeItem(probe);
      return window.localStorage;
    } catch (error) {
      return null;
    }
  })();

  function emptyState() {
    return { side: "", ids: [], names: {} };
  }

  /** Reads a scheme's shortlist, keeping only well-formed ids, each once, at most `max`. */
  function load(scheme, max) {
    var raw = null;
    try {
      raw = storage ? storage.getItem(STORAGE_PREFIX + scheme) : memory[scheme] || null;
    } catch (error) {
      raw = null;
    }
    var state = emptyState();
    if (!raw) return state;
    var parsed;
    try {
      parsed = JSON.parse(raw);
    } catch (error) {
      return state;
    }
    if (!parsed || typeof parsed !== "object") return state;
    if (typeof parsed.side === "string" && (parsed.side === "" || ID_PATTERN.test(parsed.side))) state.side = parsed.side;
    var names = parsed.names && typeof parsed.names === "object" ? parsed.names : {};
    (Array.isArray(parsed.ids) ? parsed.ids : []).forEach(function (id) {
      if (typeof id === "string" && ID_PATTERN.test(id) && state.ids.indexOf(id) < 0 && state.ids.length < max) {
        state.ids.push(id);
        state.names[id] = typeof names[id] === "string" && oneLine(names[id]) ? oneLine(names[id]) : id;
      }
    });
    if (!state.side) state.ids = [];
    return state;
  }

  function save(scheme, state) {
    var names = {};
    state.ids.forEach(function (id) { names[id] = state.names[id] || id; });
    var raw = JSON.stringify({ side: state.side, ids: state.ids.slice(), names: names });
    try {
      if (storage) storage.setItem(STORAGE_PREFIX + scheme, raw);
      else memory[scheme] = raw;
      return true;
    } catch (error) {
      // Storage refused (full, or blocked): keep the list for this page, and stop reading the stale copy.
      storage = null;
      memory[scheme] = raw;
      return false;
    }
  }

  /** The text staff paste into the participant data: a YAML membership, with the names as comments. */
  function listText(title, state) {
    var lines = ["# " + oneLine(title) + ": shortlist (" + state.side + ")"];
    if (state.ids.length) {
      lines.push("# " + state.ids.map(function (id, index) {
        return (index + 1) + ". " + oneLine(state.names[id] || id);
      }).join("; "));
    }
    lines.push("side: " + state.side);
    lines.push("preferences: [" + state.ids.join(", ") + "]");
    return lines.join("\n");
  }

  function mailtoHref(contact, title, text) {
    var address = encodeURIComponent(contact).replace(/%40/g, "@");
    return "mailto:" + address + "?subject=" + encodeURIComponent("Shortlist for " + oneLine(title)) +
      "&body=" + encodeURIComponent(text.replace(/\n/g, "\r\n"));
  }

  /** One scheme's list, shared by every control on the page; always re-read before a change, so
   *  another tab's or page's changes are never overwritten. */
  function Shortlist(scheme, title, max, contact) {
    this.scheme = scheme;
    this.title = title || scheme;
    this.max = max > 0 ? max : 3;
    this.contact = contact || "";
    this.state = load(scheme, this.max);
  }

  Shortlist.prototype.reload = function () {
    this.state = load(this.scheme, this.max);
  };

  Shortlist.prototype.commit = function () {
    return save(this.scheme, this.state);
  };

  Shortlist.prototype.position = function (id) {
    return this.state.ids.indexOf(id);
  };

  /** Adds or removes a person; returns what happened: "added", "removed" or "full". */
  Shortlist.prototype.toggle = function (id, name) {
    this.reload();
    var index = this.position(id);
    if (index >= 0) {
      this.state.ids.splice(index, 1);
      delete this.state.names[id];
      this.commit();
      return "removed";
    }
    if (this.state.ids.length >= this.max) return "full";
    this.state.ids.push(id);
    this.state.names[id] = oneLine(name) || id;
    this.commit();
    return "added";
  };

  Shortlist.prototype.fullMessage = function () {
    return "You can choose up to " + this.max + ": remove one first.";
  };

  Shortlist.prototype.text = function () {
    return listText(this.title, this.state);
  };

  // A toggle button and a line of visible state, for a person card or a profile's membership item.
  function PersonToggle(list, id, name, container) {
    this.list = list;
    this.id = id;
    this.name = name;
    this.box = element("div", { "class": "shortlist-toggle", hidden: "" });
    this.button = element("button", { type: "button", "class": "button button-small", "aria-pressed": "false" });
    this.note = element("p", { "class": "shortlist-note" });
    this.box.appendChild(this.button);
    this.box.appendChild(this.note);
    container.appendChild(this.box);
  }

  PersonToggle.prototype.update = function (available, refused) {
    this.box.hidden = !available;
    if (!available) return;
    var index = this.list.position(this.id);
    var chosen = index >= 0;
    this.button.setAttribute("aria-pressed", chosen ? "true" : "false");
    setLabel(this.button, chosen ? "Remove from shortlist" : "Add to shortlist", this.name);
    if (refused) {
      this.note.textContent = "Your list is full (" + this.list.max + " of " + this.list.max + "): remove someone first.";
    } else if (chosen) {
      this.note.textContent = "On your shortlist: " + ordinalChoice(index, this.list.max) + ".";
    } else {
      this.note.textContent = "";
    }
    this.note.hidden = !this.note.textContent;
    this.box.classList.toggle("is-chosen", chosen);
  };

  // ---------------------------------------------------------------- instant filtering

  // A directory of several pages filters the whole directory, read from its index script (written by the
  // build, loaded on the first search), and lists what matches in place of this page's list. In a scheme's
  // directory the shortlist (when there is one) puts its toggles on the results as on the page's cards.
  function initIndexedFilter(box, shortlist) {
    var input = box.querySelector("input");
    var status = box.querySelector(".filter-status");
    var results = document.querySelector("[data-filter-results]");
    var hidden = Array.prototype.slice.call(document.querySelectorAll(".people-group, [data-pagination]"));
    if (!input || !results) return;
    var base = box.getAttribute("data-index-base") || "";
    var facet = box.getAttribute("data-facet") || "";
    var people = null;
    var loading = false;
    var last = null;
    var limit = 100;

    function load() {
      if (people || loading) return;
      loading = true;
      var script = document.createElement("script");
      script.src = box.getAttribute("data-people-index");
      script.onload = function () {
        var all = (window.schemePortalDirectory && window.schemePortalDirectory.people) || [];
        people = all.filter(function (person) { return !facet || (person.f || []).indexOf(facet) >= 0; });
        people.forEach(function (person) { person.folded = fold(person.s); });
        last = null;
        apply();
      };
      script.onerror = function () {
        loading = false;
        announce(status, "The list of everyone could not be loaded; use the pages below instead.");
      };
      document.head.appendChild(script);
    }

    // Marked like the page's cards (and, in a scheme's directory, with the side the page's groups carry),
    // so the shortlist can offer its toggle here too.
    function item(person) {
      var li = document.createElement("li");
      li.className = "person-card";
      if (typeof person.i === "string") li.setAttribute("data-person", person.i);
      li.setAttribute("data-name", person.n || "");
      if (typeof person.d === "string" && person.d) li.setAttribute("data-side", person.d);
      var heading = document.createElement("h3");
      heading.className = "person-name";
      var link = document.createElement("a");
      link.href = base + person.u;
      link.textContent = person.n;
      heading.appendChild(link);
      li.appendChild(heading);
      var role = [person.r, person.o].filter(Boolean).join(", ");
      if (role) {
        var p = document.createElement("p");
        p.className = "person-role";
        p.textContent = role;
        li.appendChild(p);
      }
      return li;
    }

    function apply() {
      var words = fold(input.value).split(/\s+/).filter(Boolean);
      var key = words.join(" ");
      if (!words.length) {
        last = key;
        results.hidden = true;
        results.textContent = "";
        if (shortlist) shortlist.resultsChanged(results);
        hidden.forEach(function (element) { element.hidden = false; });
        announce(status, "");
        return;
      }
      if (!people) { load(); announce(status, "Searching everyone…"); return; }
      if (key === last) return;
      last = key;
      var matches = people.filter(function (person) {
        return words.every(function (word) { return person.folded.indexOf(word) >= 0; });
      });
      results.textContent = "";
      matches.slice(0, limit).forEach(function (person) { results.appendChild(item(person)); });
      if (shortlist) shortlist.resultsChanged(results);
      results.hidden = false;
      hidden.forEach(function (element) { element.hidden = true; });
      var message = matches.length + " of " + peopleCount(people.length) + " match";
      if (matches.length > limit) message += "; the first " + limit + " are shown. Add words to narrow the list.";
      else message += matches.length === 0 ? ". Try fewer or different words." : ".";
      announce(status, message);
    }

    input.addEventListener("focus", load);
    whenTyped(box, input, apply);
  }

  function initFilter(shortlist) {
    var box = document.querySelector("[data-directory-filter]");
    if (!box) return;
    if (box.hasAttribute("data-people-index")) { initIndexedFilter(box, shortlist); return; }
    var input = box.querySelector("input");
    var status = box.querySelector(".filter-status");
    var cards = Array.prototype.slice.call(document.querySelectorAll("li.person-card"));
    if (!input || !cards.length) return;
    var texts = cards.map(function (card) { return fold(card.getAttribute("data-search")); });
    var groups = Array.prototype.slice.call(document.querySelectorAll(".people-group"));
    var last = "";

    function apply() {
      var words = fold(input.value).split(/\s+/).filter(Boolean);
      var key = words.join(" ");
      if (key === last) return;
      last = key;
      var shown = 0;
      cards.forEach(function (card, index) {
        var match = words.every(function (word) { return texts[index].indexOf(word) >= 0; });
        card.hidden = !match;
        if (match) shown += 1;
      });
      groups.forEach(function (group) {
        group.hidden = !group.querySelector("li.person-card:not([hidden])");
      });
      var message = shown + " of " + peopleCount(cards.length) + " shown";
      message += shown === 0 ? ". Try fewer or different words." : ".";
      announce(status, message);
    }

    whenTyped(box, input, apply);
  }

  // Runs `apply` a moment after typing stops, at once on Enter, and now for a value the browser restored on
  // going back; then shows the filter, which is hidden until the script can run it.
  function whenTyped(box, input, apply) {
    var timer = 0;
    function run() {
      if (timer) window.clearTimeout(timer);
      timer = 0;
      apply();
    }
    function schedule() {
      if (timer) window.clearTimeout(timer);
      timer = window.setTimeout(run, 150);
    }
    input.addEventListener("input", schedule);
    input.addEventListener("search", schedule);
    input.addEventListener("keydown", function (event) {
      if (event.key === "Enter") {
        event.preventDefault();
        run();
      }
    });
    box.hidden = false;
    if (input.value) run();
  }

  // ---------------------------------------------------------------- the shortlist on a directory page

  // Returns what the filter needs to put toggles on its results, or null when the page has no shortlist.
  function initDirectoryShortlist() {
    var section = document.querySelector("section[data-shortlist]");
    if (!section) return null;
    var select = section.querySelector("[data-shortlist-side]");
    var items = section.querySelector("[data-shortlist-items]");
    var status = section.querySelector("[data-shortlist-status]");
    var copyButton = section.querySelector("[data-shortlist-copy]");
    var mailLink = section.querySelector("[data-shortlist-mail]");
    var clearButton = section.querySelector("[data-shortlist-clear]");
    var pre = section.querySelector("[data-shortlist-text]");
    var heading = section.querySelector("h2");
    if (!select || !items || !pre) return null;

    var list = new Shortlist(section.getAttribute("data-scheme") || "", section.getAttribute("data-scheme-title"),
      parseInt(section.getAttribute("data-max"), 10), section.getAttribute("data-contact"));
    if (!list.scheme) return null;

    var sides = Array.prototype.slice.call(select.options).map(function (option) { return option.value; }).filter(Boolean);
    var sideNames = {};
    Array.prototype.slice.call(select.options).forEach(function (option) { sideNames[option.value] = option.textContent.trim(); });
    var oneSided = sides.length === 1;
    // Each side may have its own coordinator; the scheme's first contact is the fallback.
    var defaultContact = list.contact;
    var sideContacts = {};
    Array.prototype.slice.call(select.options).forEach(function (option) {
      if (option.value && option.getAttribute("data-contact")) sideContacts[option.value] = option.getAttribute("data-contact");
    });
    var stash = {}; // lists kept for the other side while this page is open, if the side is changed
    var actions = copyButton ? copyButton.parentNode : null;

    if (list.state.side && sides.indexOf(list.state.side) < 0) {
      list.state = emptyState();
      list.commit();
    }

    var empty = element("p", { "class": "shortlist-empty" });
    items.parentNode.insertBefore(empty, items);
    if (heading && !heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
    pre.setAttribute("tabindex", "-1");
    if (copyButton) copyButton.classList.add("button");
    if (mailLink) mailLink.classList.add("button");
    if (clearButton) clearButton.classList.add("button", "button-secondary");
    if (!storage) {
      var warning = element("p", { "class": "shortlist-warning" },
        "This browser is not keeping your list: copy or e-mail it before you leave the page.");
      items.parentNode.insertBefore(warning, empty);
    }

    // A toggle on each card of the other side: the page's cards, and the filter's results. The results'
    // toggles are dropped with their cards when the search changes, so nothing keeps updating those.
    var toggles = [];
    var resultToggles = [];

    function addToggle(card, side) {
      var id = card.getAttribute("data-person");
      if (!id || !ID_PATTERN.test(id)) return null;
      var toggle = new PersonToggle(list, id, card.getAttribute("data-name") || id, card);
      toggle.side = side;
      toggle.button.addEventListener("click", function () {
        var result = list.toggle(id, toggle.name);
        render();
        if (result === "added") {
          announce(status, toggle.name + " added as " + ordinalChoice(list.position(id), list.max) + ".");
        } else if (result === "removed") {
          announce(status, toggle.name + " removed. " + list.state.ids.length + " of " + list.max + " chosen.");
        } else {
          announce(status, list.fullMessage());
          toggle.update(true, true);
        }
      });
      return toggle;
    }

    function updateToggle(toggle) {
      var side = list.state.side;
      toggle.update(Boolean(side) && (oneSided || toggle.side !== side), false);
    }

    Array.prototype.slice.call(document.querySelectorAll("ul.people-list[data-side]")).forEach(function (group) {
      var side = group.getAttribute("data-side");
      Array.prototype.slice.call(group.querySelectorAll("li.person-card")).forEach(function (card) {
        var toggle = addToggle(card, side);
        if (toggle) toggles.push(toggle);
      });
    });

    function nameOf(id) {
      return list.state.names[id] || id;
    }

    function itemButton(action, label, id, index, disabled) {
      var button = element("button", { type: "button", "class": "button button-small", "data-action": action, "data-id": id });
      setLabel(button, label, nameOf(id) + ", choice " + (index + 1));
      if (disabled) button.setAttribute("aria-disabled", "true");
      return button;
    }

    function renderItems(focus) {
      var ids = list.state.ids;
      items.textContent = "";
      ids.forEach(function (id, index) {
        var item = element("li", { "class": "shortlist-item", "data-id": id });
        item.appendChild(element("span", { "class": "shortlist-name" }, nameOf(id)));
        var controls = element("span", { "class": "shortlist-controls" });
        controls.appendChild(itemButton("up", "Move up", id, index, index === 0));
        controls.appendChild(itemButton("down", "Move down", id, index, index === ids.length - 1));
        controls.appendChild(itemButton("remove", "Remove", id, index, false));
        item.appendChild(controls);
        items.appendChild(item);
      });
      if (focus) {
        var target = items.querySelector('button[data-id="' + focus.id + '"][data-action="' + focus.action + '"]');
        if (target) target.focus();
      }
    }

    function render(focus) {
      var side = list.state.side;
      if (select.value !== side) select.value = side;
      var chosen = Boolean(side);
      var count = list.state.ids.length;
      renderItems(focus);
      items.hidden = !chosen || count === 0;
      empty.textContent = !chosen
        ? "Choose your side to start your list."
        : count === 0
          ? "Your list is empty. Use the \u201cAdd to shortlist\u201d buttons on the people below."
          : count + " of " + list.max + " chosen.";
      if (actions) actions.hidden = !chosen;
      pre.hidden = !chosen;
      pre.textContent = chosen ? list.text() : "";
      list.contact = (side && sideContacts[side]) || defaultContact;
      if (mailLink) mailLink.hidden = !list.contact;
      if (mailLink && list.contact) {
        mailLink.setAttribute("href", chosen && count ? mailtoHref(list.contact, list.title, pre.textContent) : "#");
      }
      toggles.forEach(updateToggle);
      resultToggles.forEach(updateToggle);
    }

    select.addEventListener("change", function () {
      list.reload();
      var previous = list.state.side;
      var next = sides.indexOf(select.value) >= 0 ? select.value : "";
      if (next === previous) return;
      var kept = "";
      if (previous && list.state.ids.length) {
        stash[previous] = { ids: list.state.ids.slice(), names: list.state.names };
        kept = " Your list as " + (sideNames[previous] || previous) + " is kept until you leave this page: choose " +
          (sideNames[previous] || previous) + " again to get it back.";
      }
      var restored = next && stash[next] ? stash[next] : { ids: [], names: {} };
      list.state = { side: next, ids: restored.ids.slice(), names: Object.assign({}, restored.names) };
      list.commit();
      render();
      if (next) {
        announce(status, "You are applying as " + (sideNames[next] || next) + ": choose up to " + list.max +
          " people from the other side." + kept);
      } else {
        announce(status, "No side chosen." + kept);
      }
    });

    items.addEventListener("click", function (event) {
      var button = event.target.closest ? event.target.closest("button[data-action]") : null;
      if (!button) return;
      var id = button.getAttribute("data-id");
      var action = button.getAttribute("data-action");
      list.reload();
      var ids = list.state.ids;
      var index = ids.indexOf(id);
      if (index < 0) { render(); return; }
      var name = nameOf(id);
      if (action === "remove") {
        ids.splice(index, 1);
        delete list.state.names[id];
        list.commit();
        render();
        // Focus moves to the item that took its place, else the one before, else the panel's heading.
        var next = ids[index] || ids[index - 1];
        var target = next ? items.querySelector('button[data-id="' + next + '"][data-action="remove"]') : heading;
        if (target) target.focus();
        announce(status, name + " removed. " + ids.length + " of " + list.max + " chosen.");
        return;
      }
      var to = action === "up" ? index - 1 : index + 1;
      if (to < 0 || to >= ids.length) {
        announce(status, name + " is already " + (to < 0 ? "first." : "last."));
        return;
      }
      ids.splice(index, 1);
      ids.splice(to, 0, id);
      list.commit();
      render({ id: id, action: action });
      announce(status, name + " moved " + (action === "up" ? "up" : "down") + " to " + ordinalChoice(to, list.max) + ".");
    });

    if (copyButton) {
      copyButton.addEventListener("click", function () {
        list.reload();
        render();
        var text = pre.textContent;
        if (!list.state.ids.length) {
          announce(status, "Your list is empty: add people first.");
          return;
        }
        var copied = function () {
          announce(status, "Your list is copied. Paste it into an e-mail to the scheme's contact" +
            (list.contact ? " (" + list.contact + ")." : "."));
        };
        var fallback = function () {
          pre.focus();
          var selection = window.getSelection();
          var range = document.createRange();
          range.selectNodeContents(pre);
          selection.removeAllRanges();
          selection.addRange(range);
          var done = false;
          try { done = document.execCommand("copy"); } catch (error) { done = false; }
          if (done) copied();
          else announce(status, "Your list is selected: press Control and C (Command and C on a Mac) to copy it.");
        };
        if (navigator.clipboard && navigator.clipboard.writeText && window.isSecureContext) {
          navigator.clipboard.writeText(text).then(copied, fallback);
        } else {
          fallback();
        }
      });
    }

    if (mailLink) {
      mailLink.addEventListener("click", function (event) {
        list.reload();
        render();
        if (!list.state.ids.length) {
          event.preventDefault();
          announce(status, "Your list is empty: add people first.");
        }
      });
    }

    if (clearButton) {
      clearButton.addEventListener("click", function () {
        list.reload();
        var count = list.state.ids.length;
        list.state.ids = [];
        list.state.names = {};
        list.commit();
        render();
        announce(status, count ? "Your list is cleared." : "Your list is already empty.");
      });
    }

    window.addEventListener("storage", function (event) {
      if (event.key === STORAGE_PREFIX + list.scheme) {
        list.reload();
        render();
      }
    });

    section.hidden = false;
    render();

    return {
      // The filter replaced its results (or emptied them): toggles for the new ones, in step with the list.
      // A result without a side (an index cached from an older build) gets none rather than a wrong one.
      resultsChanged: function (container) {
        resultToggles = [];
        Array.prototype.slice.call(container.querySelectorAll("li.person-card[data-side]")).forEach(function (card) {
          var toggle = addToggle(card, card.getAttribute("data-side"));
          if (!toggle) return;
          updateToggle(toggle);
          resultToggles.push(toggle);
        });
      }
    };
  }

  // ---------------------------------------------------------------- the shortlist on a profile page

  function initProfileShortlist() {
    var entries = Array.prototype.slice.call(document.querySelectorAll("[data-shortlist-profile]"));
    entries.forEach(function (entry) {
      var scheme = entry.getAttribute("data-scheme");
      var id = entry.getAttribute("data-person");
      if (!scheme || !id || !ID_PATTERN.test(id)) return;
      var list = new Shortlist(scheme, entry.getAttribute("data-scheme-title"),
        parseInt(entry.getAttribute("data-max"), 10), entry.getAttribute("data-contact"));
      var side = entry.getAttribute("data-side") || "";
      var name = entry.getAttribute("data-name") || id;
      var toggle = new PersonToggle(list, id, name, entry);
      var status = element("p", { "class": "shortlist-status", role: "status" });
      toggle.box.appendChild(status);

      function render() {
        // The button appears once the reader has chosen their side for this scheme, for people on the other side.
        toggle.update(Boolean(list.state.side) && list.state.side !== side, false);
      }

      // The note beside the button shows the state; this line says what just happened.
      toggle.button.addEventListener("click", function () {
        var result = list.toggle(id, name);
        var count = list.state.ids.length + " of " + list.max + " chosen for " + list.title + ".";
        if (result === "added") announce(status, "Added. " + count);
        else if (result === "removed") announce(status, "Removed. " + count);
        else announce(status, list.fullMessage());
        render();
      });
      window.addEventListener("storage", function (event) {
        if (event.key === STORAGE_PREFIX + scheme) {
          list.reload();
          render();
        }
      });
      render();
    });
  }

  function init() {
    // The shortlist first: the filter hands it each new set of results.
    initFilter(initDirectoryShortlist());
    initProfileShortlist();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
