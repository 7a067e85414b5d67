/* Quote embeds: replaces each <blockquote class="ab-quote-embed" data-quote-id> with a titled, lazy iframe
   of its card and keeps the frame as tall as the card. Trusts height messages only from this script's
   origin and only from a frame it created; never navigates; no cookies, no tracking. */
(function (w, d) {
  "use strict";
  var me = d.currentScript;
  if (!me || !me.src) return;
  var origin = new URL(me.src, location.href).origin;
  var reg = (w.__abQuoteEmbeds = w.__abQuoteEmbeds || {});
  if (reg[origin]) return reg[origin]();
  var frames = [];

  function setHeight(f, h) {
    var s = f.__ab;
    var now = Date.now();
    // A two-height flip-flop (e.g. a host scrollbar appearing and vanishing) is settled on the taller one.
    if (h === s.prev && now - s.at < 1000) { s.locked = Math.max(h, s.h); h = s.locked; }
    if (s.locked && h < s.locked) return;
    if (h === s.h) return;
    s.prev = s.h; s.h = h; s.at = now;
    f.style.height = h + "px";
  }

  function upgrade() {
    var nodes = d.querySelectorAll("blockquote.ab-quote-embed[data-quote-id]");
    for (var i = 0; i < nodes.length; i++) {
      var q = nodes[i];
      var id = q.getAttribute("data-quote-id");
      if (!/^[a-z0-9-]+$/.test(id) || q.__ab) continue;
      q.__ab = 1;
      var theme = q.getAttribute("data-theme");
      // The Spanish code (lang="es") frames the Spanish card.
      var es = q.getAttribute("lang") === "es";
      var by = (q.querySelector("footer") || q).textContent.replace(/\s+/g, " ").split(/\. (?:Source|Fuente):/)[0];
      var f = d.createElement("iframe");
      f.src = origin + (es ? "/es" : "") + "/embed/quotes/" + id + "/" + (/^(light|dark)$/.test(theme) ? "?theme=" + theme : "");
      f.title = (es ? "Tarjeta de la cita " : "Quotation card ") + by.replace(/^[\s\u2014-]+/, "\u2014 ");
      f.loading = "lazy";
      f.setAttribute("scrolling", "no");
      f.style.cssText = "display:block;width:100%;max-width:700px;height:240px;border:0;margin:1em 0;overflow:hidden";
      f.__ab = { h: 240, prev: -1, at: 0, locked: 0 };
      frames.push(f);
      q.parentNode.replaceChild(f, q);
    }
  }

  w.addEventListener("message", function (e) {
    if (e.origin !== origin) return;
    var m = e.data;
    // Only a well-formed height message; anything malformed or oversized is ignored, never clamped.
    if (!m || m.type !== "ab-quote-card:height" || typeof m.height !== "number" || !(m.height > 0 && m.height <= 4000))
      return;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === e.source) {
        setHeight(frames[i], Math.ceil(m.height));
        return;
      }
    }
  });
  w.addEventListener("resize", function () {
    for (var i = 0; i < frames.length; i++) frames[i].__ab.locked = 0;
  });

  reg[origin] = upgrade;
  upgrade();
  if (d.readyState === "loading") d.addEventListener("DOMContentLoaded", upgrade);
})(window, document);
