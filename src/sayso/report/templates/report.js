(function () {
  "use strict";
  var holder = document.getElementById("sayso-data");
  if (!holder) return;
  var data = JSON.parse(holder.textContent);
  var root = holder.closest(".sayso-report") || document.body;
  var tip = document.getElementById("sayso-tip");
  var status = document.getElementById("sayso-status");
  var current = null;

  function row(dl, term, value) {
    if (!value) return;
    var dt = document.createElement("dt"); dt.textContent = term;
    var dd = document.createElement("dd"); dd.textContent = value;
    dl.appendChild(dt); dl.appendChild(dd);
  }

  function show(el) {
    var a = data.atts[el.getAttribute("data-att")];
    if (!a) return;
    if (current) current.classList.remove("active");
    current = el; el.classList.add("active");
    tip.textContent = "";
    var who = document.createElement("div"); who.className = "who";
    who.textContent = a.source + " (" + a.type + ")";
    tip.appendChild(who);
    var dl = document.createElement("dl");
    row(dl, "kind", a.kind);
    row(dl, "medium", a.medium);
    row(dl, "cue", a.cue || "(none)");
    row(dl, "told", a.to);
    row(dl, "hedges", a.hedges.join(", "));
    row(dl, "chain", a.chain);
    row(dl, "id", el.getAttribute("data-att") + " · confidence " + a.confidence);
    tip.appendChild(dl);
    tip.hidden = false;
    var r = el.getBoundingClientRect();
    var left = Math.max(8, Math.min(r.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8));
    tip.style.left = left + "px";
    tip.style.top = (r.bottom + window.scrollY + 6) + "px";
    el.setAttribute("aria-describedby", "sayso-tip");
  }

  function hide() {
    tip.hidden = true;
    if (current) { current.classList.remove("active"); current.removeAttribute("aria-describedby"); }
    current = null;
  }

  function attOf(target) {
    return target && target.closest ? target.closest(".att[data-att]:not(.sample)") : null;
  }

  document.addEventListener("mouseover", function (e) {
    var el = attOf(e.target);
    if (el) { if (el !== current) show(el); } else if (current && document.activeElement !== current) hide();
  });
  document.addEventListener("focusin", function (e) { var el = attOf(e.target); if (el) show(el); });
  document.addEventListener("focusout", function (e) { if (attOf(e.target)) hide(); });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") hide(); });

  var thought = document.getElementById("sayso-hide-thought");
  if (thought) thought.addEventListener("change", function () {
    document.body.classList.toggle("hide-thought", thought.checked);
  });

  var selected = null;
  function select(id) {
    selected = selected === id ? null : id;
    root.classList.toggle("selecting", selected !== null);
    var n = 0;
    document.querySelectorAll(".att[data-att]").forEach(function (el) {
      var on = selected !== null && el.getAttribute("data-src") === selected;
      el.classList.toggle("selected", on);
      if (on && el.classList.contains("first")) n += 1;
    });
    document.querySelectorAll("[data-select]").forEach(function (b) {
      b.setAttribute("aria-pressed", String(b.getAttribute("data-select") === selected));
    });
    status.textContent = selected === null ? "Showing all sources" : n + " attribution(s) highlighted";
  }
  document.addEventListener("click", function (e) {
    var b = e.target.closest ? e.target.closest("[data-select]") : null;
    if (b) select(b.getAttribute("data-select"));
  });

  // On a phone the sources box starts closed: its summary, at the top, opens it.
  if (window.matchMedia && window.matchMedia("(max-width: 600px)").matches) {
    var box = document.querySelector(".sources-box");
    var profile = document.querySelector(".profile-box");
    if (box) box.open = false;
    if (profile) profile.open = false;
  }
})();
