/* govlint audit page.  Every piece of report text reaches the page through
   textContent or a text node, never as markup.  A report's data is parsed and
   drawn only when the report is opened. */
(function () {
  "use strict";

  var META = JSON.parse(document.getElementById("govlint-meta").textContent);
  var UI = META.ui;
  var SEVERITIES = META.severities;              // ["error", "warning", "info"]
  var REPORTS = META.reports;
  var cache = {};
  var docs = null;

  function say(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_, key) { return String(values[key]); });
  }

  function el(tag, options, children) {
    var node = document.createElement(tag);
    options = options || {};
    if (options.cls) node.className = options.cls;
    if (options.text !== undefined) node.textContent = String(options.text);
    if (options.attrs) {
      Object.keys(options.attrs).forEach(function (name) { node.setAttribute(name, options.attrs[name]); });
    }
    if (options.on) {
      Object.keys(options.on).forEach(function (type) { node.addEventListener(type, options.on[type]); });
    }
    (children || []).forEach(function (child) {
      if (child !== null && child !== undefined) node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  function reportData(id) {
    if (!(id in cache)) cache[id] = JSON.parse(document.getElementById("govlint-report-" + id).textContent);
    return cache[id];
  }

  function ruleDoc(code) {
    if (docs === null) docs = JSON.parse(document.getElementById("govlint-docs").textContent);
    return docs[code] || code;
  }

  // ── filters ──────────────────────────────────────────────────────────────
  var state = { severity: {}, family: {}, rule: "", query: "" };
  SEVERITIES.forEach(function (s) { state.severity[s] = true; });
  META.families.forEach(function (f) { state.family[f] = true; });

  function restricted() {
    return state.rule !== "" ||
      SEVERITIES.some(function (s) { return !state.severity[s]; }) ||
      META.families.some(function (f) { return !state.family[f]; });
  }

  function passesKind(code, severity) {
    return state.severity[SEVERITIES[severity]] && state.family[code.charAt(0)] !== false &&
      (state.rule === "" || state.rule === code);
  }

  function nameMatches(entry) {
    var q = state.query;
    return !q || entry.path.toLowerCase().indexOf(q) >= 0 || (entry.agency || "").toLowerCase().indexOf(q) >= 0;
  }

  function findingMatches(entry, finding) {
    if (!passesKind(finding.code, finding.v)) return false;
    var q = state.query;
    if (!q || nameMatches(entry)) return true;
    return (finding.code + " " + finding.name + " " + finding.m).toLowerCase().indexOf(q) >= 0;
  }

  function reportVisible(entry) {
    if (!restricted() && !state.query) return true;
    if (!restricted() && nameMatches(entry)) return true;
    if (!state.query) {
      return entry.codes.some(function (item) { return passesKind(item[0], item[1]); });
    }
    if (!entry.codes.some(function (item) { return passesKind(item[0], item[1]); })) return false;
    return reportData(entry.id).findings.some(function (f) { return findingMatches(entry, f); });
  }

  function visibleEntries() {
    return orderedEntries().filter(reportVisible);
  }

  // ── toolbar ──────────────────────────────────────────────────────────────
  var controls = {};

  function checkbox(id, label, checked, onChange) {
    var input = el("input", { attrs: { type: "checkbox", id: id } });
    input.checked = checked;
    input.addEventListener("change", function () { onChange(input.checked); applyFilters(); });
    return el("label", { attrs: { for: id } }, [input, " " + label]);
  }

  function buildToolbar() {
    var bar = document.getElementById("toolbar");
    var severities = el("fieldset", { cls: "severities" }, [el("legend", { text: UI.filters })]);
    SEVERITIES.forEach(function (s) {
      var box = checkbox("filter-severity-" + s, UI.severity[s], true, function (on) { state.severity[s] = on; });
      controls["severity-" + s] = box.firstChild;
      severities.appendChild(box);
    });
    var families = el("fieldset", { cls: "families" });
    META.families.forEach(function (f) {
      var label = f + (UI.families[f] ? " " + UI.families[f] : "");
      var box = checkbox("filter-family-" + f, label, true, function (on) { state.family[f] = on; });
      controls["family-" + f] = box.firstChild;
      families.appendChild(box);
    });
    var select = el("select", { attrs: { id: "filter-rule", "aria-label": UI.all_rules } },
                    [el("option", { text: UI.all_rules, attrs: { value: "" } })]);
    Object.keys(META.rules).sort().forEach(function (code) {
      select.appendChild(el("option", { text: code + " " + META.rules[code][0], attrs: { value: code } }));
    });
    select.addEventListener("change", function () { state.rule = select.value; applyFilters(); });
    controls.rule = select;
    var search = el("input", { attrs: { type: "search", id: "filter-search", placeholder: UI.search,
                                       "aria-label": UI.search } });
    var timer = null;
    search.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { state.query = search.value.trim().toLowerCase(); applyFilters(); }, 150);
    });
    controls.search = search;
    var reset = el("button", { text: UI.reset, attrs: { type: "button", id: "filter-reset" }, on: { click: resetFilters } });
    var print = el("button", { text: UI.print, attrs: { type: "button", id: "print" }, on: { click: function () { window.print(); } } });
    [severities, families, select, search, reset, print].forEach(function (node) { bar.appendChild(node); });
  }

  function resetFilters() {
    SEVERITIES.forEach(function (s) { state.severity[s] = true; controls["severity-" + s].checked = true; });
    META.families.forEach(function (f) { state.family[f] = true; controls["family-" + f].checked = true; });
    state.rule = ""; controls.rule.value = "";
    state.query = ""; controls.search.value = "";
    applyFilters();
  }

  function setRule(code) {
    state.rule = state.rule === code ? "" : code;
    controls.rule.value = state.rule;
    applyFilters();
  }

  // ── overview ─────────────────────────────────────────────────────────────
  var rows = {};
  var sortKey = null, sortDescending = false;

  function familyCount(entry, family) {
    return entry.codes.reduce(function (n, item) { return n + (item[0].charAt(0) === family ? item[2] : 0); }, 0);
  }

  function sortValue(entry, key) {
    if (key === "path") return entry.path;
    if (key === "agency") return entry.agency || "";
    if (key === "year") return entry.year || 0;
    if (key === "format") return entry.format || "";
    if (key.indexOf("sev-") === 0) return entry.counts[SEVERITIES.indexOf(key.slice(4))];
    if (key.indexOf("fam-") === 0) return familyCount(entry, key.slice(4));
    return entry.id;
  }

  function orderedEntries() {
    var entries = REPORTS.slice();
    if (sortKey !== null) {
      entries.sort(function (a, b) {
        var x = sortValue(a, sortKey), y = sortValue(b, sortKey);
        var order = typeof x === "number" ? x - y : String(x).localeCompare(String(y), META.lang === "zh" ? "zh-CN" : "en");
        if (order === 0) order = a.id - b.id;
        return sortDescending ? -order : order;
      });
    }
    return entries;
  }

  function sortBy(th) {
    var key = th.getAttribute("data-sort");
    if (sortKey === key) sortDescending = !sortDescending;
    else { sortKey = key; sortDescending = th.getAttribute("data-type") === "num"; }
    Array.prototype.forEach.call(th.parentNode.children, function (other) { other.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", sortDescending ? "descending" : "ascending");
    var body = document.querySelector("#overview-table tbody");
    var fragment = document.createDocumentFragment();
    orderedEntries().forEach(function (entry) { fragment.appendChild(rows[entry.id]); });
    body.appendChild(fragment);
  }

  function buildOverview() {
    Array.prototype.forEach.call(document.querySelectorAll("#overview-table tbody tr"), function (tr) {
      rows[tr.getAttribute("data-id")] = tr;
    });
    Array.prototype.forEach.call(document.querySelectorAll("#overview-table th[data-sort]"), function (th) {
      th.addEventListener("click", function () { sortBy(th); });
      th.addEventListener("keydown", function (event) {
        if (event.key === "Enter" || event.key === " ") { event.preventDefault(); sortBy(th); }
      });
    });
    Array.prototype.forEach.call(document.querySelectorAll(".rule-filter"), function (button) {
      button.addEventListener("click", function () { setRule(button.getAttribute("data-rule")); });
    });
  }

  function applyFilters() {
    var shown = 0;
    REPORTS.forEach(function (entry) {
      var visible = reportVisible(entry);
      rows[entry.id].hidden = !visible;
      if (visible) shown += 1;
    });
    document.getElementById("shown-count").textContent = say(UI.shown, { shown: shown, total: REPORTS.length });
    Array.prototype.forEach.call(document.querySelectorAll(".rule-filter"), function (button) {
      button.classList.toggle("active", button.getAttribute("data-rule") === state.rule);
    });
    if (current !== null) showReport(current, true);
  }

  // ── one report ───────────────────────────────────────────────────────────
  var current = null;

  function severityName(index) { return SEVERITIES[index]; }

  function place(finding) {
    return say(UI.place, { line: finding.l, column: finding.c });
  }

  function docButton(code) {
    return el("button", { cls: "code", text: code, attrs: { type: "button", title: UI.doc },
                          on: { click: function (event) { event.stopPropagation(); openDoc(code); } } });
  }

  function findingBody(finding, container) {
    container.appendChild(el("p", { cls: "message", text: finding.m }));
    var notes = finding.n || [];
    if (notes.length) {
      var list = el("ul", { cls: "notes" });
      notes.slice(0, 3).forEach(function (note) {
        list.appendChild(el("li", { text: say(UI.line, { line: note.l }) + UI.colon + note.m }));
      });
      container.appendChild(list);
      if (notes.length > 3) {
        var more = el("details", {}, [el("summary", { text: say(UI.notes_more, { n: notes.length - 3 }) })]);
        var rest = el("ul", { cls: "notes" });
        notes.slice(3).forEach(function (note) {
          rest.appendChild(el("li", { text: say(UI.line, { line: note.l }) + UI.colon + note.m }));
        });
        more.appendChild(rest);
        container.appendChild(more);
      }
    }
  }

  // the text split at every finding boundary, each piece marked with the findings over it
  function textView(id, data, shown) {
    var text = data.text;
    var bounds = {}, starts = [], notes = [];
    function range(s, e) {
      s = Math.max(0, Math.min(s, text.length));
      e = Math.max(s, Math.min(e, text.length));
      if (e === s) {            // a point: mark the character there, or the end of the line
        if (s < text.length && text.charAt(s) !== "\n") e = s + 1;
      }
      return [s, e];
    }
    shown.forEach(function (item) {
      var r = range(item.f.s, item.f.e);
      starts.push({ s: r[0], e: r[1], index: item.index, severity: item.f.v, point: r[0] === r[1] });
      (item.f.n || []).forEach(function (note) {
        var n = range(note.s, note.e);
        if (n[1] > n[0]) notes.push({ s: n[0], e: n[1], index: item.index });
      });
    });
    starts.concat(notes).forEach(function (r) { bounds[r.s] = true; bounds[r.e] = true; });
    for (var i = 0; i < text.length; i++) if (text.charAt(i) === "\n") { bounds[i] = true; bounds[i + 1] = true; }
    bounds[0] = true; bounds[text.length] = true;
    var cuts = Object.keys(bounds).map(Number).sort(function (a, b) { return a - b; });

    var view = el("div", { cls: "source", attrs: { id: "source-" + id } });
    var lineNo = 1, line = null, tx = null;
    function newLine() {
      tx = el("span", { cls: "tx" });
      line = el("div", { cls: "ln", attrs: { id: "r" + id + "-L" + lineNo } }, [el("span", { cls: "no", text: lineNo }), tx]);
      view.appendChild(line);
    }
    newLine();
    function covering(list, s, e) {
      return list.filter(function (r) { return r.s <= s && r.e >= e && r.e > r.s; });
    }
    for (var k = 0; k < cuts.length; k++) {
      var s = cuts[k], e = k + 1 < cuts.length ? cuts[k + 1] : s;
      starts.forEach(function (r) {       // points (nothing to underline) are shown as a marker
        if (r.point && r.s === s) {
          tx.appendChild(markFor([r], "point", id));
        }
      });
      if (e <= s) continue;
      var piece = text.slice(s, e);
      if (piece === "\n") { lineNo += 1; newLine(); continue; }
      // a finding's own place is marked by its severity; otherwise a related place (a note)
      var over = covering(starts, s, e), related = over.length ? [] : covering(notes, s, e);
      var holder = over.length ? markFor(over, "", id) : related.length ? markFor(related, "note", id) : null;
      if (holder) holder.appendChild(document.createTextNode(piece));
      tx.appendChild(holder || document.createTextNode(piece));
    }
    return view;
  }

  function markFor(ranges, extra, id) {
    var worst = ranges.reduce(function (w, r) { return r.severity !== undefined && r.severity < w ? r.severity : w; }, 9);
    var indexes = ranges.map(function (r) { return r.index; }).filter(function (v, i, all) { return all.indexOf(v) === i; });
    var cls = (extra === "note" ? "note" : severityName(worst === 9 ? 2 : worst)) + (extra === "point" ? " point" : "");
    var data = reportData(id);
    var title = indexes.map(function (i) { var f = data.findings[i]; return f.code + " " + f.m; }).join("\n");
    return el("mark", { cls: cls, attrs: { "data-findings": indexes.join(" "), title: title, tabindex: "0" } });
  }

  function tableViews(id, data, shown) {
    var wrap = el("div", { cls: "tables" });
    if (!data.tables.length) {
      wrap.appendChild(el("p", { text: UI.no_tables }));
      return wrap;
    }
    // which shown findings point into each cell (by character offset)
    var pointers = shown.map(function (item) {
      var places = [item.f.s].concat((item.f.n || []).map(function (n) { return n.s; }));
      return { index: item.index, places: places };
    });
    data.tables.forEach(function (table) {
      var cells = [];                      // drawn cells in order (their numbers in the identities)
      var caption = table.title + (table.variant ? say(UI.variant, { format: META.formats[table.variant] || table.variant }) : "");
      wrap.appendChild(el("h3", { text: caption }));
      var holder = el("div", { cls: "grid-wrap" });
      table.parts.forEach(function (part) {
        var grid = el("table", { cls: "grid", attrs: { "data-table": table.kind } });
        if (part.caption) grid.appendChild(el("caption", { text: part.caption }));
        var head = el("tr", {}, [el("th", { text: UI.row_label, attrs: { scope: "col" } })]);
        part.columns.forEach(function (column) { head.appendChild(el("th", { text: column, attrs: { scope: "col" } })); });
        grid.appendChild(el("thead", {}, [head]));
        var body = el("tbody");
        part.rows.forEach(function (row) {
          var th = el("th", { text: row.label, attrs: { scope: "row" }, cls: row.by === "position" ? "by-position" : "" });
          if (row.by === "position") th.title = UI.by_position;
          var tr = el("tr", {}, [th]);
          row.cells.forEach(function (cell, c) {
            var td;
            if (!cell) {
              td = el("td", { cls: "missing", text: UI.missing, attrs: { "data-column": part.columns[c] } });
            } else {
              td = el("td", { text: cell[0], attrs: { "data-column": part.columns[c] } });
              var start = cell[1], end = Math.max(cell[2], cell[1] + 1);
              var here = pointers.filter(function (p) {
                return p.places.some(function (at) { return at >= start && at < end; });
              }).map(function (p) { return p.index; });
              if (here.length) {
                td.classList.add("flagged");
                td.setAttribute("data-findings", here.join(" "));
                td.setAttribute("tabindex", "0");
                td.title = here.map(function (i) { return data.findings[i].code + " " + data.findings[i].m; }).join("\n");
              }
            }
            cells.push(td);
            tr.appendChild(td);
          });
          body.appendChild(tr);
        });
        grid.appendChild(body);
        holder.appendChild(grid);
      });
      wrap.appendChild(holder);
      wrap.appendChild(checksView(table, cells, shown));
    });
    return wrap;
  }

  function checkItem(check, table, cells) {
    var text = (check.sc ? check.sc + UI.colon : "") + table.formulas[check.f] + (check.fig ? UI.colon : "");
    var item = el("li", { cls: check.st }, [
      el("span", { cls: "formula", text: text }),
      check.fig ? el("span", { cls: "figures", text: check.fig }) : null,
    ]);
    function light(on) {
      check.c.forEach(function (n) { if (cells[n]) cells[n].classList.toggle("lit", on); });
    }
    item.addEventListener("mouseenter", function () { light(true); });
    item.addEventListener("mouseleave", function () { light(false); });
    return item;
  }

  function checksView(table, cells, shown) {
    var box = el("div", { cls: "checks" });
    if (!table.checks.length) return box;      // table 二 carries no identities
    var shownCodes = {};
    shown.forEach(function (item) { shownCodes[item.f.code] = true; });
    var broken = table.checks.filter(function (c) { return c.st === "broken"; });
    box.appendChild(el("h4", { text: UI.broken }));
    if (!broken.length) box.appendChild(el("p", { text: UI.none_broken }));
    var list = el("ul", { cls: "checks broken-list" });
    broken.forEach(function (check) {
      var reported = check.rep && shownCodes[check.rep];
      var item = checkItem(check, table, cells);
      item.appendChild(document.createTextNode(" "));
      if (reported) item.appendChild(docButton(check.rep));
      else item.appendChild(el("span", { cls: "name", text: "（" + UI.not_reported + "）" }));
      list.appendChild(item);
      check.c.forEach(function (n) {
        var td = cells[n];
        if (!td) return;
        if (!reported) { if (!td.classList.contains("involved")) td.classList.add("unreported"); return; }
        td.classList.remove("unreported");
        td.classList.add("involved");
        if (check.root === n) td.classList.add("root");
      });
    });
    box.appendChild(list);
    [["holds", UI.holding], ["unjudged", UI.unjudged]].forEach(function (pair) {
      var some = table.checks.filter(function (c) { return c.st === pair[0]; });
      if (!some.length) return;
      var details = el("details", { cls: "more " + pair[0] }, [el("summary", { text: say(pair[1], { n: some.length }) })]);
      var drawn = false;
      details.addEventListener("toggle", function () {
        if (drawn || !details.open) return;
        drawn = true;
        var inner = el("ul", { cls: "checks" });
        some.forEach(function (check) { inner.appendChild(checkItem(check, table, cells)); });
        details.appendChild(inner);
      });
      box.appendChild(details);
    });
    return box;
  }

  function reportPage(id, forPrint) {
    var entry = REPORTS[id];
    var data = reportData(id);
    var shown = [];
    data.findings.forEach(function (f, index) { if (findingMatches(entry, f)) shown.push({ f: f, index: index }); });
    var page = el("article", { cls: "report-page", attrs: { "data-report": id } });
    var facts = el("dl", { cls: "facts" });
    function fact(label, value, cls) {
      facts.appendChild(el("div", { cls: cls || "" }, [el("dt", { text: label + UI.colon }), el("dd", { text: value })]));
    }
    fact(UI.agency, entry.agency || UI.unknown);
    fact(UI.year, entry.year || UI.unknown);
    var format = META.formats[entry.format] || UI.unknown;
    if (entry.format && entry.required && entry.format !== entry.required) {
      fact(UI.format, format + "（" + say(UI.format_mismatch, { year: entry.year, required: META.formats[entry.required] }) + "）", "mismatch");
    } else {
      fact(UI.format, format);
    }
    SEVERITIES.forEach(function (s, i) { fact(UI.severity[s], entry.counts[i]); });
    page.appendChild(el("header", { cls: "report-head" }, [el("h2", { text: entry.path }), facts]));
    if (!forPrint) {
      page.appendChild(el("nav", { cls: "jump" }, [UI.findings, UI.tables, UI.text].map(function (label, i) {
        return el("button", { cls: "link", text: label, attrs: { type: "button" }, on: { click: function () {
          document.getElementById("r" + id + "-part" + i).scrollIntoView();
        } } });
      })));
    }

    page.appendChild(el("h3", { text: UI.findings + "（" + say(UI.findings_shown, { shown: shown.length, total: data.findings.length }) + "）",
                                attrs: { id: "r" + id + "-part0" } }));
    if (!shown.length) page.appendChild(el("p", { text: UI.no_findings }));
    var list = el("ol", { cls: "findings" });
    shown.forEach(function (item) {
      var f = item.f;
      var li = el("li", { cls: severityName(f.v), attrs: { id: "r" + id + "-f" + item.index, "data-finding": item.index } });
      var go = el("button", { cls: "place", text: place(f), attrs: { type: "button" },
                              on: { click: function () { reveal(id, item.index); } } });
      li.appendChild(el("div", { cls: "finding-head" }, [
        el("span", { cls: "badge " + severityName(f.v), text: UI.severity[severityName(f.v)] }),
        docButton(f.code), el("span", { cls: "name", text: f.name }), go]));
      findingBody(f, li);
      list.appendChild(li);
    });
    page.appendChild(list);
    page.appendChild(el("h3", { text: UI.tables, attrs: { id: "r" + id + "-part1" } }));
    page.appendChild(tableViews(id, data, shown));
    page.appendChild(el("h3", { text: UI.text, attrs: { id: "r" + id + "-part2" } }));
    page.appendChild(textView(id, data, shown));
    if (!forPrint) page.addEventListener("click", onMarkClick);
    return page;
  }

  function showReport(id, keepScroll) {
    id = Number(id);
    if (!(id in REPORTS)) return;
    current = id;
    var view = document.getElementById("report");
    var scroll = window.scrollY;
    while (view.firstChild) view.removeChild(view.firstChild);
    var visible = visibleEntries().map(function (e) { return e.id; });
    var at = visible.indexOf(id);
    var nav = el("nav", { cls: "report-nav" }, [el("a", { text: UI.back, attrs: { href: "#overview" } })]);
    if (at > 0) nav.appendChild(el("a", { text: UI.previous, attrs: { href: "#report-" + visible[at - 1] } }));
    if (at >= 0 && at + 1 < visible.length) nav.appendChild(el("a", { text: UI.next, attrs: { href: "#report-" + visible[at + 1] } }));
    view.appendChild(nav);
    view.appendChild(reportPage(id, false));
    document.getElementById("overview").hidden = true;
    view.hidden = false;
    closePopup();
    if (keepScroll) window.scrollTo(0, scroll); else window.scrollTo(0, 0);
  }

  function showOverview() {
    current = null;
    var view = document.getElementById("report");
    while (view.firstChild) view.removeChild(view.firstChild);
    view.hidden = true;
    document.getElementById("overview").hidden = false;
    closePopup();
  }

  function route() {
    var match = /^#report-(\d+)$/.exec(window.location.hash);
    if (match && Number(match[1]) in REPORTS) showReport(Number(match[1]), false);
    else showOverview();
  }

  function reveal(id, index) {
    var target = document.querySelector('#source-' + id + ' mark[data-findings~="' + index + '"]') ||
                 document.querySelector('#report td[data-findings~="' + index + '"]');
    Array.prototype.forEach.call(document.querySelectorAll(".current"), function (node) { node.classList.remove("current"); });
    if (target) {
      target.classList.add("current");
      target.scrollIntoView({ block: "center" });
      target.focus({ preventScroll: true });
    }
  }

  // ── popup with the findings at a mark or a cell ─────────────────────────
  var popup = null;

  function closePopup() {
    if (popup && popup.parentNode) popup.parentNode.removeChild(popup);
    popup = null;
  }

  function onMarkClick(event) {
    var target = event.target.closest ? event.target.closest("mark[data-findings], td[data-findings]") : null;
    if (!target || current === null) return;
    event.stopPropagation();
    openPopup(target, current);
  }

  function openPopup(target, id) {
    closePopup();
    var data = reportData(id);
    popup = el("div", { cls: "popup", attrs: { role: "dialog", id: "popup" } }, [el("h4", { text: UI.found_here })]);
    target.getAttribute("data-findings").split(" ").forEach(function (i) {
      var f = data.findings[Number(i)];
      var item = el("div", { cls: "item" }, [el("div", { cls: "finding-head" }, [
        el("span", { cls: "badge " + severityName(f.v), text: UI.severity[severityName(f.v)] }),
        docButton(f.code), el("span", { cls: "name", text: f.name }), el("span", { text: place(f) })])]);
      findingBody(f, item);
      popup.appendChild(item);
    });
    popup.appendChild(el("button", { text: UI.close, attrs: { type: "button" }, on: { click: closePopup } }));
    document.body.appendChild(popup);
    var box = target.getBoundingClientRect();
    var left = Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - popup.offsetWidth - 8);
    popup.style.left = Math.max(4, left) + "px";
    popup.style.top = (window.scrollY + box.bottom + 4) + "px";
  }

  // ── rule documentation ───────────────────────────────────────────────────
  function openDoc(code) {
    closeDoc();
    var overlay = el("div", { cls: "overlay", attrs: { id: "doc-overlay" } }, [
      el("div", { cls: "doc", attrs: { role: "dialog", "aria-label": UI.doc } }, [
        el("button", { text: UI.close, attrs: { type: "button" }, on: { click: closeDoc } }),
        el("pre", { text: ruleDoc(code) })])]);
    overlay.addEventListener("click", function (event) { if (event.target === overlay) closeDoc(); });
    document.body.appendChild(overlay);
  }

  function closeDoc() {
    var overlay = document.getElementById("doc-overlay");
    if (overlay) overlay.parentNode.removeChild(overlay);
  }

  // ── printing: from the overview, one page per report shown ──────────────
  function beforePrint() {
    closePopup();
    closeDoc();
    var holder = document.getElementById("print-all");
    while (holder.firstChild) holder.removeChild(holder.firstChild);
    if (current !== null) return;
    visibleEntries().forEach(function (entry) { holder.appendChild(reportPage(entry.id, true)); });
  }

  function afterPrint() {
    var holder = document.getElementById("print-all");
    while (holder.firstChild) holder.removeChild(holder.firstChild);
  }

  buildToolbar();
  buildOverview();
  applyFilters();
  window.addEventListener("hashchange", route);
  window.addEventListener("beforeprint", beforePrint);
  window.addEventListener("afterprint", afterPrint);
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { closePopup(); closeDoc(); }
    if ((event.key === "Enter" || event.key === " ") && event.target.matches &&
        event.target.matches("mark[data-findings], td[data-findings]") && current !== null) {
      event.preventDefault();
      openPopup(event.target, current);
    }
  });
  document.addEventListener("click", function (event) {
    if (popup && !popup.contains(event.target)) closePopup();
  });
  route();
  document.documentElement.setAttribute("data-ready", String(Math.round(performance.now())));
})();
