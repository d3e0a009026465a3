// sayso web app: small enhancements; every page reads without them.
(function () {
  "use strict";

  // The analysis progress page: poll the job, show the state, open the report when it is done.
  var job = document.querySelector("[data-job]");
  if (job) {
    var id = job.getAttribute("data-job");
    var estimate = parseFloat(job.getAttribute("data-estimate")) || 5;
    var bar = document.getElementById("job-progress");
    var status = document.getElementById("job-status");
    var poll = function () {
      fetch("/api/jobs/" + encodeURIComponent(id), { headers: { Accept: "application/json" }, credentials: "same-origin" })
        .then(function (r) { return r.json(); })
        .then(function (s) {
          if (s.status === "done") { window.location.assign(s.links.page); return; }
          if (s.status === "failed" || s.type) { window.location.reload(); return; }
          if (s.status === "queued") {
            bar.removeAttribute("value");
            status.textContent = "Waiting for a free worker" + (s.position ? " (number " + s.position + " in the queue)." : ".");
          } else {
            bar.max = 1;
            bar.value = Math.min(0.95, s.elapsed / estimate);
            status.textContent = "Reading the article and finding its attributions (" + Math.round(s.elapsed) + " s).";
          }
          window.setTimeout(poll, 600);
        })
        .catch(function () { window.setTimeout(poll, 2000); });
    };
    poll();
  }

  // Sortable tables: a button in each sortable header; numbers sort as numbers.
  document.querySelectorAll("table.sortable").forEach(function (table) {
    var heads = table.querySelectorAll("thead th");
    heads.forEach(function (th, col) {
      if (th.hasAttribute("data-nosort")) return;
      var button = document.createElement("button");
      button.type = "button"; button.className = "sort"; button.textContent = th.textContent;
      th.textContent = ""; th.appendChild(button);
      button.addEventListener("click", function () {
        var asc = th.getAttribute("aria-sort") !== "ascending";
        heads.forEach(function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", asc ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[col].getAttribute("data-value") || a.cells[col].textContent.trim();
          var y = b.cells[col].getAttribute("data-value") || b.cells[col].textContent.trim();
          var nx = parseFloat(x), ny = parseFloat(y);
          var c = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
          return asc ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });
})();
