/*
 * Progressive enhancement for reading pages. Everything works without this file; with it:
 *  - each section heading gets a "Copy link" button that copies the full URL with the #hash
 *    and announces "Link copied" to screen readers (via the page's role=status region);
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

  function addCopyButtons() {
    var headings = document.querySelectorAll(".section-heading[id]");
    Array.prototype.forEach.call(headings, function (heading) {
      var anchor = heading.querySelector(".heading-anchor");
      if (!anchor || heading.querySelector(".copy-link")) return;
      var title = heading.getAttribute("data-section-title") || heading.textContent || "";
      var button = document.createElement("button");
      button.type = "button";
      button.className = "copy-link";
      button.setAttribute("aria-label", "Copy link to this section: " + title);
      button.textContent = "Copy link";
      button.addEventListener("click", function () {
        var url = sectionUrl(heading.id);
        copyText(url).then(
          function () {
            button.textContent = "Copied";
            button.setAttribute("data-copied", "true");
            announce("Link copied");
            window.setTimeout(function () {
              button.textContent = "Copy link";
              button.removeAttribute("data-copied");
            }, 2000);
          },
          function () {
            announce("Could not copy. The link is " + url);
          }
        );
      });
      anchor.insertAdjacentElement("afterend", button);
    });
  }

  function markCurrentSection() {
    var links = document.querySelectorAll("[data-toc-link]");
    if (links.length === 0 || !("IntersectionObserver" in window)) return;
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
    var visible = {};
    var current = null;

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

    var observer = new IntersectionObserver(
      function (entries) {
        entries.forEach(function (entry) {
          visible[entry.target.id] = entry.isIntersecting;
        });
        // The current section is the last heading above the reading line.
        var line = window.innerHeight * 0.3;
        var candidate = null;
        headings.forEach(function (h) {
          if (h.getBoundingClientRect().top <= line) candidate = h.id;
        });
        setCurrent(candidate || (headings[0] && headings[0].id));
      },
      { rootMargin: "0px 0px -60% 0px", threshold: [0, 1] }
    );
    headings.forEach(function (h) {
      observer.observe(h);
    });
  }

  function markCurrentArticle() {
    var article = document.querySelector("[data-article]");
    if (!article) return;
    var slug = article.getAttribute("data-article");
    var link = document.querySelector('[data-nav-slug="' + slug + '"]');
    if (link) link.setAttribute("aria-current", "page");
  }

  addCopyButtons();
  markCurrentSection();
  markCurrentArticle();
})();
