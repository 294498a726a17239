"use strict";
(function () {
  // The data is gzip-compressed JSON in base64 (a tenth of the bytes for the HTML parser to read);
  // the browser inflates it, then start() draws the page. performance marks: verso-data when the
  // data is parsed, verso-ready when the overview and the first page of findings are drawn,
  // verso-painted after the next frame, verso-complete when the work left for later is done (the
  // root element's data-verso attribute says "ready", then "complete"; benchmarks' PageLoadHarness
  // reports the marks).
  function fail(message) {
    var p = document.getElementById("findings-count");
    p.textContent = message;
    p.className = "empty";
  }
  if (typeof DecompressionStream === "undefined" || typeof Response === "undefined") {
    fail("This browser cannot read the page's compressed data (it needs DecompressionStream: Chrome or Edge 80,"
      + " Firefox 113, Safari 16.4 or later). The scores above and report.json do not need it.");
    return;
  }
  var packed = atob(document.getElementById("verso-data").textContent);
  var bytes = new Uint8Array(packed.length);
  for (var i = 0; i < packed.length; i++) { bytes[i] = packed.charCodeAt(i); }
  packed = null;
  var inflate = new DecompressionStream("gzip");
  var writer = inflate.writable.getWriter();
  // failures surface where the data is read, below
  writer.write(bytes).catch(function () {});
  writer.close().catch(function () {});
  var reader = inflate.readable.getReader(), parts = [], decoder = new TextDecoder();
  // each inflated chunk decoded as it comes (the data is ASCII: non-ASCII characters are escaped in
  // the JSON, and the browser decodes ASCII fastest), the pieces joined and parsed at the end
  function pump(chunk) {
    if (chunk.done) {
      parts.push(decoder.decode());
      var text = parts.join("");
      parts = null;
      var data = rowsToObjects(JSON.parse(text));
      performance.mark("verso-data");
      start(data);
      return null;
    }
    parts.push(decoder.decode(chunk.value, { stream: true }));
    return reader.read().then(pump);
  }
  // the findings of documents shown without texts come as rows (arrays of the values of
  // data.findingRows.keys, their strings as indices into data.findingRows.strings): objects again
  function rowsToObjects(data) {
    var table = data.findingRows, keys = table.keys, strings = table.strings, interned = {};
    table.interned.forEach(function (i) { interned[i] = true; });
    data.documents.forEach(function (d) {
      d.systems.forEach(function (s) {
        for (var j = 0; j < s.findings.length; j++) {
          var r = s.findings[j];
          if (!Array.isArray(r)) { continue; }
          var f = {};
          for (var k = 0; k < keys.length; k++) { f[keys[k]] = interned[k] && typeof r[k] === "number" ? strings[r[k]] : r[k]; }
          s.findings[j] = f;
        }
      });
    });
    delete data.findingRows;
    return data;
  }
  reader.read().then(pump).catch(function (e) {
    fail("The page's data could not be read (" + e + "); report.json has everything.");
    throw e;
  });

  function start(DATA) {
    var SEV_ORDER = { critical: 0, major: 1, minor: 2, info: 3 };
    var SEV_WEIGHT = { critical: 10, major: 5, minor: 1, info: 0 };
    var FIELD_LABEL = {
      "source.title": "Source title", "source.text": "Source",
      "translation.title": "Translation title", "translation.text": "Translation", "summary": "Summary"
    };

    function el(tag, attrs, children) {
      var e = document.createElement(tag);
      if (attrs) {
        Object.keys(attrs).forEach(function (k) {
          if (k === "text") { e.textContent = attrs[k]; }
          else if (k === "cls") { e.className = attrs[k]; }
          else { e.setAttribute(k, attrs[k]); }
        });
      }
      (children || []).forEach(function (c) { if (c) { e.appendChild(c); } });
      return e;
    }
    function fmt(v) { return v === null || v === undefined ? "n/a" : Number(v).toFixed(4); }
    function sevBadge(s) { return el("span", { cls: "sev sev-" + s, text: s }); }

    // Flatten findings with their document and system.
    var ALL = [];
    DATA.documents.forEach(function (d, di) {
      d.systems.forEach(function (s) {
        s.findings.forEach(function (f) {
          ALL.push({ f: f, document: d.id, docIndex: di, system: s.system });
        });
      });
    });

    function ciOf(metric, system) {
      if (!DATA.comparisons) { return null; }
      var out = null;
      DATA.comparisons.metrics.forEach(function (m) {
        if (m.metric === metric) { m.systems.forEach(function (s) { if (s.system === system && s.ci !== null) { out = s.ci; } }); }
      });
      return out;
    }

    // ---- Charts: one horizontal bar chart per metric (inline SVG) ----
    function chart(metric) {
      var rows = DATA.corpus.filter(function (c) { return c.scores[metric.id] !== undefined && c.scores[metric.id] !== null; });
      if (!rows.length) { return null; }
      var max = Math.max.apply(null, rows.map(function (r) { return Math.abs(r.scores[metric.id]); }).concat([1e-9]));
      var scaleMax = max <= 1 ? 1 : max;
      var W = 320, barH = 18, gap = 6, left = 110;
      var H = rows.length * (barH + gap) + 4;
      var NS = "http://www.w3.org/2000/svg";
      var svg = document.createElementNS(NS, "svg");
      svg.setAttribute("width", W); svg.setAttribute("height", H);
      svg.setAttribute("role", "img"); svg.setAttribute("aria-label", metric.id + " by system");
      rows.forEach(function (r, i) {
        var v = r.scores[metric.id];
        var y = i * (barH + gap) + 2;
        var t = document.createElementNS(NS, "text");
        t.setAttribute("x", 0); t.setAttribute("y", y + barH - 5); t.setAttribute("font-size", "11");
        t.textContent = r.system.length > 16 ? r.system.slice(0, 15) + "…" : r.system;
        svg.appendChild(t);
        var rect = document.createElementNS(NS, "rect");
        rect.setAttribute("x", left); rect.setAttribute("y", y);
        rect.setAttribute("width", Math.max(1, (W - left - 50) * Math.abs(v) / scaleMax));
        rect.setAttribute("height", barH); rect.setAttribute("fill", metric.higherIsBetter ? "#2563eb" : "#c2410c");
        svg.appendChild(rect);
        var ci = ciOf(metric.id, r.system);
        if (ci !== null) {
          var x1 = left + (W - left - 50) * Math.max(0, Math.abs(v) - ci) / scaleMax, x2 = left + (W - left - 50) * (Math.abs(v) + ci) / scaleMax;
          var wl = document.createElementNS(NS, "line");
          wl.setAttribute("x1", x1); wl.setAttribute("x2", x2); wl.setAttribute("y1", y + barH / 2); wl.setAttribute("y2", y + barH / 2);
          wl.setAttribute("stroke", "#111827"); wl.setAttribute("stroke-width", "2");
          svg.appendChild(wl);
        }
        var lab = document.createElementNS(NS, "text");
        lab.setAttribute("x", left + Math.max(1, (W - left - 50) * Math.abs(v) / scaleMax) + 4);
        lab.setAttribute("y", y + barH - 5); lab.setAttribute("font-size", "11");
        lab.textContent = fmt(v);
        svg.appendChild(lab);
      });
      return el("div", { cls: "chart" }, [el("h4", { text: metric.id + (metric.higherIsBetter ? " (higher is better)" : " (lower is better)") }), svg]);
    }
    // ---- System comparison: ranking, CI, delta, p-value, win/tie/loss ----
    (function () {
      var C = DATA.comparisons;
      if (!C) { return; }
      var box = document.getElementById("comparison");
      box.appendChild(el("h3", { text: "System comparison" }));
      box.appendChild(el("p", { cls: "meta", text: (C.test === "bs" ? "Paired bootstrap resampling, " + C.samples + " resamples"
        : "Paired approximate randomisation, " + C.samples + " trials") + ", seed " + C.seed + ", baseline " + C.baseline
        + "; * marks p ≤ " + C.alpha + "; win/tie/loss counts documents against the baseline." }));
      var tb = el("tbody");
      C.metrics.forEach(function (m) {
        m.systems.forEach(function (s) {
          var mean = s.mean === null ? fmt(s.score) : fmt(s.mean) + " ± " + fmt(s.ci);
          tb.appendChild(el("tr", null, [el("td", { text: m.metric }), el("td", { text: s.system + (s.baseline ? " (baseline)" : "") }),
            el("td", { cls: "num", text: String(m.ranking.indexOf(s.system) + 1) }),
            el("td", { cls: "num", text: fmt(s.score) }), el("td", { cls: "num", text: mean }),
            el("td", { cls: "num", text: s.baseline ? "" : (s.delta >= 0 ? "+" : "") + fmt(s.delta) }),
            el("td", { cls: "num", text: s.pValue === null ? "" : Number(s.pValue).toFixed(4) + (s.significant ? " *" : "") }),
            el("td", { cls: "num", text: s.baseline ? "" : s.wins + " / " + s.ties + " / " + s.losses })]));
        });
      });
      box.appendChild(el("table", { cls: "data", id: "comparison-table" }, [el("thead", null, [el("tr", null,
        ["Metric", "System", "Rank", "Score", "Mean ± 95% CI", "Δ baseline", "p-value", "Win / tie / loss"].map(function (h) { return el("th", { text: h }); }))]), tb]));
    })();

    var charts = document.getElementById("charts");
    DATA.metrics.forEach(function (m) { var c = chart(m); if (c) { charts.appendChild(c); } });

    // ---- Counts by severity and check ----
    (function () {
      var checks = {};
      ALL.forEach(function (x) {
        var k = x.f.check;
        checks[k] = checks[k] || { critical: 0, major: 0, minor: 0, info: 0, total: 0, type: x.f.type };
        checks[k][x.f.severity]++; checks[k].total++;
      });
      var keys = Object.keys(checks).sort();
      var box = document.getElementById("counts");
      if (!keys.length) { box.appendChild(el("p", { cls: "empty", text: "No findings." })); return; }
      var tb = el("tbody");
      var tot = { critical: 0, major: 0, minor: 0, info: 0, total: 0 };
      keys.forEach(function (k) {
        var c = checks[k];
        ["critical", "major", "minor", "info", "total"].forEach(function (s) { tot[s] += c[s]; });
        tb.appendChild(el("tr", null, [el("td", { text: k }), el("td", { text: c.type }),
          el("td", { cls: "num", text: String(c.critical) }), el("td", { cls: "num", text: String(c.major) }),
          el("td", { cls: "num", text: String(c.minor) }), el("td", { cls: "num", text: String(c.info) }),
          el("td", { cls: "num", text: String(c.total) })]));
      });
      tb.appendChild(el("tr", null, [el("th", { text: "all checks" }), el("th"),
        el("th", { cls: "num", text: String(tot.critical) }), el("th", { cls: "num", text: String(tot.major) }),
        el("th", { cls: "num", text: String(tot.minor) }), el("th", { cls: "num", text: String(tot.info) }),
        el("th", { cls: "num", text: String(tot.total) })]));
      box.appendChild(el("table", { cls: "data", id: "counts-table" }, [el("thead", null, [el("tr", null,
        ["Check", "Type", "critical", "major", "minor", "info", "total"].map(function (h) { return el("th", { text: h }); }))]), tb]));
    })();

    // ---- Worst documents ----
    (function () {
      var rows = DATA.documents.map(function (d, di) {
        var w = 0, n = 0;
        d.systems.forEach(function (s) { s.findings.forEach(function (f) { w += SEV_WEIGHT[f.severity]; n++; }); });
        return { d: d, di: di, weight: w, n: n };
      }).sort(function (a, b) { return b.weight - a.weight || b.n - a.n || a.di - b.di; }).slice(0, 20);
      var tb = el("tbody");
      rows.forEach(function (r) {
        var tr = el("tr", { cls: "clickable" }, [el("td", { text: r.d.id }), el("td", { cls: "num", text: String(r.n) }),
          el("td", { cls: "num", text: String(r.weight) }), el("td", { text: r.d.systems.map(function (s) { return s.system; }).join(", ") })]);
        tr.addEventListener("click", function () { showDoc(r.di); });
        tb.appendChild(tr);
      });
      document.getElementById("worst").appendChild(el("table", { cls: "data", id: "worst-table" }, [el("thead", null, [el("tr", null,
        ["Document", "Findings", "Weighted (critical 10, major 5, minor 1)", "Systems"].map(function (h) { return el("th", { text: h }); }))]), tb]));
    })();

    // ---- Findings table: filters, search, sort ----
    var FILTERS = ["metric", "check", "type", "severity", "system", "document"];
    // the table shows PAGE rows at a time (more on request): tens of thousands of rows at once would
    // keep the page from opening, and 500 took the browser about 0.3 s to lay out
    var PAGE = 100;
    var state = { sortKey: "severity", sortDir: 1, filters: {}, q: "", limit: PAGE };
    function valueOf(x, k) {
      if (k === "document") { return x.document; }
      if (k === "system") { return x.system; }
      return x.f[k];
    }
    var filterBox = document.getElementById("filters");
    // work left for after the first frame: the options of a filter with many values (the documents of
    // a large report); thousands of options took the browser a few hundred milliseconds to measure
    var later = [];
    FILTERS.forEach(function (k) {
      var vals = {};
      ALL.forEach(function (x) { vals[valueOf(x, k)] = true; });
      var keys = Object.keys(vals);
      var sel = el("select", { id: "filter-" + k, "aria-label": "Filter by " + k }, [el("option", { value: "", text: "all " + k + "s" })]);
      function options() { keys.sort().forEach(function (v) { sel.appendChild(new Option(v, v)); }); }
      if (keys.length > 100) { sel.className = "many"; later.push(options); } else { options(); }
      sel.addEventListener("change", function () { state.filters[k] = sel.value; state.limit = PAGE; renderFindings(); });
      filterBox.insertBefore(sel, document.getElementById("search"));
    });
    document.getElementById("search").addEventListener("input", function (e) { state.q = e.target.value.toLowerCase(); state.limit = PAGE; renderFindings(); });
    Array.prototype.forEach.call(document.querySelectorAll("#findings-table th"), function (th) {
      th.addEventListener("click", function () {
        var k = th.getAttribute("data-key");
        state.sortDir = state.sortKey === k ? -state.sortDir : 1;
        state.sortKey = k;
        state.limit = PAGE;
        renderFindings();
      });
    });
    function cmp(a, b) {
      var k = state.sortKey, va = valueOf(a, k), vb = valueOf(b, k);
      if (k === "severity") { va = SEV_ORDER[va]; vb = SEV_ORDER[vb]; }
      var c = va < vb ? -1 : va > vb ? 1 : 0;
      return c * state.sortDir || a.docIndex - b.docIndex || a.f.start - b.f.start;
    }
    function renderFindings() {
      var rows = ALL.filter(function (x) {
        for (var i = 0; i < FILTERS.length; i++) {
          var want = state.filters[FILTERS[i]];
          if (want && String(valueOf(x, FILTERS[i])) !== want) { return false; }
        }
        if (state.q) {
          var hay = (x.f.message + " " + x.f.text + " " + x.f.check + " " + x.document).toLowerCase();
          if (hay.indexOf(state.q) < 0) { return false; }
        }
        return true;
      }).sort(cmp);
      var tb = document.querySelector("#findings-table tbody");
      while (tb.firstChild) { tb.removeChild(tb.firstChild); }
      rows.slice(0, state.limit).forEach(function (x) {
        var tr = el("tr", { cls: "clickable", "data-finding": x.f.id }, [
          el("td", { text: x.document }), el("td", { text: x.system }), el("td", { text: x.f.metric }),
          el("td", { text: x.f.check }), el("td", { text: x.f.type }), el("td", null, [sevBadge(x.f.severity)]),
          el("td", { text: x.f.field + ":" + x.f.line + ":" + x.f.column }), el("td", { text: x.f.text.length > 80 ? x.f.text.slice(0, 79) + "…" : x.f.text }),
          el("td", { text: x.f.message })]);
        tr.addEventListener("click", function () { jumpTo(x); });
        tb.appendChild(tr);
      });
      var shown = Math.min(rows.length, state.limit);
      document.getElementById("findings-count").textContent = shown < rows.length
        ? shown + " of " + rows.length + " matching findings shown (" + ALL.length + " in all)"
        : rows.length + " of " + ALL.length + " findings shown";
      var more = document.getElementById("findings-more");
      while (more.firstChild) { more.removeChild(more.firstChild); }
      if (shown < rows.length) {
        var next = el("button", { type: "button", text: "Show " + Math.min(PAGE, rows.length - shown) + " more" });
        next.addEventListener("click", function () { state.limit += PAGE; renderFindings(); });
        var all = el("button", { type: "button", text: "Show all " + rows.length });
        all.addEventListener("click", function () { state.limit = rows.length; renderFindings(); });
        more.appendChild(next);
        more.appendChild(document.createTextNode(" "));
        more.appendChild(all);
      }
      Array.prototype.forEach.call(document.querySelectorAll("#findings-table th"), function (th) {
        th.className = th.getAttribute("data-key") === state.sortKey ? (state.sortDir > 0 ? "sorted-asc" : "sorted-desc") : "";
      });
    }

    // ---- Document views with highlighted spans ----
    function renderField(text, findings, cls) {
      var box = el("div", { cls: "field " + (cls || "") });
      if (text === null || text === undefined) { box.appendChild(el("span", { cls: "empty", text: "(missing)" })); return box; }
      var cuts = { 0: true }; cuts[text.length] = true;
      findings.forEach(function (f) { cuts[Math.min(f.start, text.length)] = true; cuts[Math.min(f.end, text.length)] = true; });
      var pts = Object.keys(cuts).map(Number).sort(function (a, b) { return a - b; });
      var started = {};
      findings.filter(function (f) { return f.start === f.end; }).forEach(function (f) { /* insertion points */ });
      for (var i = 0; i < pts.length; i++) {
        var a = pts[i], b = i + 1 < pts.length ? pts[i + 1] : a;
        // zero-length findings at a
        findings.forEach(function (f) {
          if (f.start === a && f.end === a && !started[f.id]) {
            started[f.id] = true;
            box.appendChild(markFor([f], "⁁", [f.id]));
          }
        });
        if (b <= a) { continue; }
        var piece = text.slice(a, b);
        var covering = findings.filter(function (f) { return f.start <= a && f.end >= b && f.end > f.start; });
        if (!covering.length) { box.appendChild(document.createTextNode(piece)); continue; }
        var starts = covering.filter(function (f) { if (started[f.id]) { return false; } started[f.id] = true; return true; })
          .map(function (f) { return f.id; });
        box.appendChild(markFor(covering, piece, starts));
      }
      return box;
    }
    function markFor(covering, piece, starts) {
      var worst = covering.slice().sort(function (x, y) { return SEV_ORDER[x.severity] - SEV_ORDER[y.severity]; })[0];
      var m = el("mark", { cls: "sev-" + worst.severity, text: piece });
      m.setAttribute("data-findings", covering.map(function (f) { return f.id; }).join(" "));
      if (starts.length) { m.setAttribute("data-starts", starts.join(" ")); }
      m.title = covering.map(function (f) { return f.check + ": " + f.message; }).join("\n");
      m.addEventListener("click", function (ev) { ev.stopPropagation(); popup(ev, covering); });
      return m;
    }
    function popup(ev, findings) {
      var p = document.getElementById("popup");
      while (p.firstChild) { p.removeChild(p.firstChild); }
      findings.forEach(function (f) {
        p.appendChild(el("div", null, [sevBadge(f.severity), document.createTextNode(" " + f.check + " (" + f.metric + ")")]));
        p.appendChild(el("div", { text: f.message }));
        if (f.suggestions && f.suggestions.length) { p.appendChild(el("div", { text: "Suggestion: " + f.suggestions.join(" / ") })); }
      });
      p.hidden = false;
      p.style.left = Math.min(ev.clientX + 8, window.innerWidth - 440) + "px";
      p.style.top = Math.min(ev.clientY + 12, window.innerHeight - 120) + "px";
    }
    document.addEventListener("click", function () { document.getElementById("popup").hidden = true; });

    var docViews = document.getElementById("document-views");
    function renderDoc(d, di) {
      var box = el("div", { cls: "doc", id: "doc-" + di }, [el("h3", { text: d.id })]);
      var metaKeys = Object.keys(d.meta || {});
      if (metaKeys.length) {
        box.appendChild(el("p", { cls: "meta", text: metaKeys.map(function (k) { return k + ": " + d.meta[k]; }).join(" · ") }));
      }
      if (!d.fields) {
        // only the documents with the most serious findings carry their texts (see the note at the top)
        box.appendChild(el("p", { cls: "empty", text: "Texts not embedded in this page: only the documents with the most"
          + " serious findings are shown side by side. report.json has every document in full." }));
      }
      d.systems.forEach(function (s) {
        var sys = el("div", { cls: "sys" }, [el("h4", { text: "System " + s.system })]);
        var sc = el("div", { cls: "scores" });
        Object.keys(s.scores).forEach(function (k) { sc.appendChild(el("span", { text: k + " " + fmt(s.scores[k]) })); });
        sys.appendChild(sc);
        if (!d.fields) {
          var ul = el("ul", { cls: "findings-list" });
          s.findings.forEach(function (f) {
            ul.appendChild(el("li", null, [sevBadge(f.severity), el("span", { text: " " + f.check + " (" + f.field + " "
              + f.start + "–" + f.end + "): " + f.message })]));
          });
          sys.appendChild(ul);
          box.appendChild(sys);
          return;
        }
        var cols = el("div", { cls: "cols" });
        function col(label, titleField, textField) {
          var fs = s.findings;
          var c = el("div", { cls: "col" }, [el("h5", { text: label })]);
          var fields = Object.assign({}, d.fields, s.fields);
          if (titleField && fields[titleField] !== undefined && fields[titleField] !== null) {
            c.appendChild(renderField(fields[titleField], fs.filter(function (f) { return f.field === titleField; }), "title"));
          }
          c.appendChild(renderField(fields[textField], fs.filter(function (f) { return f.field === textField; })));
          return c;
        }
        var al = s.details && s.details.ALIGNMENT;
        if (al && al.beads && d.fields["source.text"] !== undefined && d.fields["source.text"] !== null) {
          sys.appendChild(renderBeads(d, s, al));
        } else {
          if (d.fields["source.text"] !== undefined || d.fields["source.title"] !== undefined) {
            cols.appendChild(col("Source", "source.title", "source.text"));
          }
          cols.appendChild(col("Translation", "translation.title", "translation.text"));
        }
        if (s.fields["summary"] !== undefined && s.fields["summary"] !== null) { cols.appendChild(col("Summary", null, "summary")); }
        sys.appendChild(cols);
        box.appendChild(sys);
      });
      return box;
    }
    // Side by side, bead by bead: one table row per alignment bead, findings highlighted as above.
    function sliceFindings(findings, a, b, last) {
      return findings.filter(function (f) {
        if (f.start === f.end) { return f.start >= a && (f.start < b || (last && f.start === b)); }
        return f.start < b && f.end > a;
      }).map(function (f) {
        var g = Object.assign({}, f);
        g.start = Math.max(f.start, a) - a;
        g.end = Math.min(f.end, b) - a;
        return g;
      });
    }
    function beadCell(text, spans, findings, last, emptyLabel) {
      var td = el("td");
      if (!spans.length || text === null || text === undefined) {
        td.appendChild(el("span", { cls: "empty", text: emptyLabel }));
        return td;
      }
      var a = spans[0][0], b = spans[spans.length - 1][1];
      td.appendChild(renderField(text.slice(a, b), sliceFindings(findings, a, b, last)));
      return td;
    }
    function renderBeads(d, s, al) {
      var fields = Object.assign({}, d.fields, s.fields);
      var fs = s.findings;
      var wrap = el("div", { cls: "aligned" });
      var head = el("tr", null, [el("th", { text: "Source" }), el("th", { text: "Translation" }), el("th", { cls: "num", text: "Confidence" })]);
      var tb = el("tbody");
      function titleCell(field) {
        var td = el("td");
        if (fields[field] !== undefined && fields[field] !== null) {
          td.appendChild(renderField(fields[field], fs.filter(function (f) { return f.field === field; }), "title"));
        }
        return td;
      }
      if (fields["source.title"] || fields["translation.title"]) {
        tb.appendChild(el("tr", { cls: "bead-title" }, [titleCell("source.title"), titleCell("translation.title"),
          el("td", { cls: "num", text: al.titleMatch === undefined ? "" : Number(al.titleMatch).toFixed(2) })]));
      }
      var srcFs = fs.filter(function (f) { return f.field === "source.text"; });
      var tgtFs = fs.filter(function (f) { return f.field === "translation.text"; });
      al.beads.forEach(function (bd, k) {
        var last = k === al.beads.length - 1;
        var cls = "bead" + (bd.src.length === 0 || bd.tgt.length === 0 ? " bead-null" : "") + (bd.confidence < 0.3 ? " bead-low" : "");
        var tr = el("tr", { cls: cls, "data-bead": bd.src.join(",") + "-" + bd.tgt.join(",") }, [
          beadCell(fields["source.text"], bd.srcSpans, srcFs, last, "(nothing in the source: added?)"),
          beadCell(fields["translation.text"], bd.tgtSpans, tgtFs, last, "(not translated: omitted?)"),
          el("td", { cls: "num", text: Number(bd.confidence).toFixed(2) })]);
        tb.appendChild(tr);
      });
      wrap.appendChild(el("table", { cls: "data beads" }, [el("thead", null, [head]), tb]));
      return wrap;
    }
    // Documents are drawn a group of CHUNK at a time, when their group is scrolled near or one of them
    // is shown; until then a group is one placeholder of about its height. Thousands of document
    // views (or of stubs) would keep the page from opening. Small reports are drawn at once.
    var CHUNK = 25;
    var full = DATA.documents.filter(function (d) { return d.fields; }).length;
    document.getElementById("documents-note").textContent = full === DATA.documents.length
      ? "Every document with its texts side by side, findings highlighted."
      : full + " of " + DATA.documents.length + " documents with their texts side by side (those with the most"
        + " serious findings); the others with their scores and findings. Each finding's evidence and every"
        + " text are in report.json. Documents are drawn as they are scrolled to.";
    var groups = [];
    function fillGroup(g) {
      var node = groups[g];
      if (!node) { return; }
      groups[g] = null;
      if (nearby) { nearby.unobserve(node); }
      var frag = document.createDocumentFragment();
      for (var di = g * CHUNK; di < Math.min(DATA.documents.length, (g + 1) * CHUNK); di++) {
        frag.appendChild(renderDoc(DATA.documents[di], di));
      }
      docViews.replaceChild(frag, node);
    }
    var nearby = DATA.documents.length > CHUNK && "IntersectionObserver" in window
      ? new IntersectionObserver(function (entries) {
        entries.forEach(function (e) { if (e.isIntersecting) { fillGroup(Number(e.target.getAttribute("data-group"))); } });
      }, { rootMargin: "800px" }) : null;
    for (var g = 0; g * CHUNK < DATA.documents.length; g++) {
      var first = g * CHUNK, last = Math.min(DATA.documents.length, first + CHUNK) - 1, height = 0;
      for (var di = first; di <= last; di++) { height += DATA.documents[di].fields ? 600 : 160; }
      var holder = el("div", { cls: "doc-group pending", "data-group": String(g), style: "height:" + height + "px",
        text: "Documents " + DATA.documents[first].id + " to " + DATA.documents[last].id + " (drawn when scrolled to)" });
      groups.push(holder);
      docViews.appendChild(holder);
      if (nearby) { nearby.observe(holder); } else { fillGroup(g); }
    }
    function showDoc(di) {
      fillGroup(Math.floor(di / CHUNK));
      var node = document.getElementById("doc-" + di);
      if (node) { node.scrollIntoView(); }
      return node;
    }
    function jumpTo(x) {
      var node = showDoc(x.docIndex);
      if (!node) { return; }
      Array.prototype.forEach.call(document.querySelectorAll("mark.focus"), function (m) { m.classList.remove("focus"); });
      var m = node.querySelector('mark[data-starts~="' + x.f.id + '"]');
      if (m) { m.classList.add("focus"); m.scrollIntoView({ block: "center" }); }
    }

    // ---- Input problems ----
    (function () {
      var box = document.getElementById("error-list");
      if (!DATA.errors.length) { box.appendChild(el("p", { cls: "empty", text: "None." })); return; }
      var tb = el("tbody");
      DATA.errors.forEach(function (e) {
        tb.appendChild(el("tr", null, [el("td", { text: e.level }), el("td", { text: e.file + (e.line ? ":" + e.line : "") }),
          el("td", { text: e.field || "" }), el("td", { text: e.message })]));
      });
      box.appendChild(el("table", { cls: "data" }, [el("thead", null, [el("tr", null,
        ["Level", "Where", "Field", "Problem"].map(function (h) { return el("th", { text: h }); }))]), tb]));
    })();

    renderFindings();
    window.verso = { data: DATA, jumpTo: jumpTo, showDoc: showDoc };
    document.documentElement.setAttribute("data-verso", "ready");
    performance.mark("verso-ready");
    // a task queued from the next animation frame runs once that frame is painted; then, when the
    // browser is idle, the work left for later
    requestAnimationFrame(function () {
      setTimeout(function () {
        performance.mark("verso-painted");
        var finish = function () {
          later.forEach(function (f) { f(); });
          document.documentElement.setAttribute("data-verso", "complete");
          performance.mark("verso-complete");
        };
        if (window.requestIdleCallback) { window.requestIdleCallback(finish, { timeout: 1000 }); } else { setTimeout(finish, 0); }
      }, 0);
    });
  }
})();
