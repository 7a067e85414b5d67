/*
 * Progressive enhancement for reading pages. Everything works without this file; with it:
 *  - each section heading's link button is shown: it opens the system share sheet (Web Share API)
 *    where the browser has one, titled "Section — Article", and otherwise copies the full URL with the
 *    #hash and announces "Link copied" to screen readers (via the page's role=status region);
 *  - the table of contents marks the section currently being read (aria-current="location");
 *  - the header marks the article being read (aria-current="page").
 * Plain browser script: no framework, no dependencies, no tracking.
 */
(function () {
  "use strict";

  var status = document.getElementById("live-status");

  function announce(message) {
    if (!status) return;
    // Clear first so the same message is announced again on a second copy.
    status.textContent = "";
    window.setTimeout(function () {
      status.textContent = message;
    }, 50);
  }

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try {
        ok = document.execCommand("copy");
      } catch (e) {
        ok = false;
      }
      document.body.removeChild(area);
      if (ok) {
        resolve();
      } else {
        reject(new Error("copy failed"));
      }
    });
  }

  function sectionUrl(id) {
    return window.location.origin + window.location.pathname + "#" + encodeURIComponent(id);
  }

  // The buttons are server-rendered invisible (no dead controls without JavaScript, but their space is
  // kept, so revealing them moves no text); this reveals
  // and wires them. Only attributes and text change, never the node structure, so React's hydration of
  // the same HTML is not disturbed.
  function enableCopyButtons() {
    var canShare = typeof navigator.share === "function";
    var h1 = document.querySelector("h1");
    var articleTitle = h1 ? h1.textContent.trim() : document.title;
    var buttons = document.querySelectorAll("button[data-copy-link]");
    Array.prototype.forEach.call(buttons, function (button) {
      var id = button.getAttribute("data-copy-link");
      var heading = document.getElementById(id);
      var sectionTitle = (heading && heading.getAttribute("data-section-title")) || "";
      if (canShare) button.setAttribute("aria-label", "Share this section: " + sectionTitle);

      function copy(url) {
        copyText(url).then(
          function () {
            button.setAttribute("data-copied", "true");
            announce("Link copied");
            window.setTimeout(function () {
              button.removeAttribute("data-copied");
            }, 2000);
          },
          function () {
            announce("Could not copy. The link is " + url);
          }
        );
      }

      button.addEventListener("click", function () {
        // The bare section URL: no query string, no tracking parameters.
        var url = sectionUrl(id);
        if (!canShare) return copy(url);
        navigator.share({ title: sectionTitle + " \u2014 " + articleTitle, url: url }).catch(function (error) {
          // The reader closing the share sheet is not a failure; anything else falls back to copying.
          if (!error || error.name !== "AbortError") copy(url);
        });
      });
      button.setAttribute("data-ready", "true");
    });
  }

  // "Copy link" / "Copy embed code" on quote pages: the value is in data-copy-value, or in the element
  // named by data-copy-from (the embed-code textarea). Invisible until this runs, like the heading buttons.
  function enableCopyValueButtons() {
    var buttons = document.querySelectorAll("button[data-copy-value], button[data-copy-from]");
    Array.prototype.forEach.call(buttons, function (button) {
      var label = button.textContent;
      button.addEventListener("click", function () {
        var from = button.getAttribute("data-copy-from");
        var source = from ? document.getElementById(from) : null;
        var text = source ? source.value || source.textContent : button.getAttribute("data-copy-value");
        var message = button.getAttribute("data-copy-message") || "Copied";
        copyText(text).then(
          function () {
            button.textContent = "Copied";
            announce(message);
            window.setTimeout(function () {
              button.textContent = label;
            }, 2000);
          },
          function () {
            if (source && source.select) source.select();
            announce("Could not copy automatically; the text is selected, press Control+C or Command+C.");
          }
        );
      });
      button.setAttribute("data-ready", "true");
    });
  }

  function markCurrentSection() {
    var links = document.querySelectorAll("[data-toc-link]");
    if (links.length === 0) return;
    var byId = {};
    Array.prototype.forEach.call(links, function (link) {
      var id = link.getAttribute("data-toc-link");
      (byId[id] = byId[id] || []).push(link);
    });
    var headings = Object.keys(byId)
      .map(function (id) {
        return document.getElementById(id);
      })
      .filter(Boolean);
    var current = null;
    var queued = false;

    function setCurrent(id) {
      if (id === current) return;
      if (current && byId[current]) {
        byId[current].forEach(function (l) {
          l.removeAttribute("aria-current");
        });
      }
      current = id;
      if (id && byId[id]) {
        byId[id].forEach(function (l) {
          l.setAttribute("aria-current", "location");
        });
      }
    }

    // The current section is the last heading above a reading line a third of the way down.
    function update() {
      queued = false;
      var line = window.innerHeight / 3;
      var candidate = null;
      for (var i = 0; i < headings.length; i++) {
        if (headings[i].getBoundingClientRect().top <= line) candidate = headings[i].id;
        else break;
      }
      setCurrent(candidate);
    }
    function schedule() {
      if (!queued) {
        queued = true;
        window.requestAnimationFrame(update);
      }
    }
    window.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", schedule);
    window.addEventListener("hashchange", schedule);
    window.addEventListener("load", schedule);
    schedule();
  }

  // Glossary terms: the definition is already in the page (the link's aria-describedby). Show it on hover,
  // focus and tap; keep it open while the pointer is over the term or the definition; close it on Escape,
  // on blur and when the pointer leaves (WCAG 2.2, 1.4.13: dismissible, hoverable, persistent).
  function enableTerms() {
    var wraps = document.querySelectorAll(".term-wrap");
    var open = null;
    function hide(wrap) {
      var tip = wrap.querySelector(".term-tip");
      if (tip) tip.hidden = true;
      wrap.removeAttribute("data-open");
      if (open === wrap) open = null;
    }
    function show(wrap) {
      if (open && open !== wrap) hide(open);
      var tip = wrap.querySelector(".term-tip");
      if (!tip) return;
      tip.hidden = false;
      wrap.setAttribute("data-open", "true");
      open = wrap;
      // Keep the definition inside the viewport horizontally.
      tip.style.left = "";
      var r = tip.getBoundingClientRect();
      if (r.right > window.innerWidth - 8) tip.style.left = Math.max(8 - r.left, window.innerWidth - 8 - r.right) + "px";
    }
    Array.prototype.forEach.call(wraps, function (wrap) {
      var link = wrap.querySelector("a.term");
      var timer = null;
      function cancel() {
        if (timer) window.clearTimeout(timer);
        timer = null;
      }
      function leaveSoon() {
        cancel();
        // A short grace period lets the pointer travel from the term onto its definition.
        timer = window.setTimeout(function () {
          if (wrap !== document.activeElement && !wrap.contains(document.activeElement)) hide(wrap);
        }, 300);
      }
      wrap.addEventListener("pointerenter", function (e) {
        if (e.pointerType === "mouse") {
          cancel();
          show(wrap);
        }
      });
      wrap.addEventListener("pointerleave", function (e) {
        if (e.pointerType === "mouse") leaveSoon();
      });
      link.addEventListener("focus", function () {
        show(wrap);
      });
      link.addEventListener("blur", function () {
        if (!wrap.matches(":hover")) hide(wrap);
      });
      // Tap: the first tap shows the definition; a tap while it is open follows the link to the glossary.
      link.addEventListener("click", function (e) {
        if (wrap.getAttribute("data-open") === "true" && wrap.getAttribute("data-tapped") === "true") return;
        if (e.pointerType === "touch" || (e.detail > 0 && window.matchMedia("(hover: none)").matches)) {
          e.preventDefault();
          show(wrap);
          wrap.setAttribute("data-tapped", "true");
        }
      });
    });
    document.addEventListener("keydown", function (e) {
      if (e.key === "Escape" && open) hide(open);
    });
    document.addEventListener("pointerdown", function (e) {
      if (open && !open.contains(e.target)) {
        open.removeAttribute("data-tapped");
        hide(open);
      }
    });
  }

  function markCurrentArticle() {
    var article = document.querySelector("[data-article]");
    if (!article) return;
    var slug = article.getAttribute("data-article");
    var link = document.querySelector('[data-nav-slug="' + slug + '"]');
    if (link) link.setAttribute("aria-current", "page");
  }

  enableCopyButtons();
  enableCopyValueButtons();
  markCurrentSection();
  markCurrentArticle();
  enableTerms();
})();
