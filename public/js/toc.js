/*
 * Article pages: the table of contents marks the section being read (aria-current="location"), and the site
 * header marks the article being read (aria-current="page"). Without JavaScript both are plain links.
 */
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

function markCurrentArticle() {
  var article = document.querySelector("[data-article]");
  if (!article) return;
  var slug = article.getAttribute("data-article");
  var link = document.querySelector('[data-nav-slug="' + slug + '"]');
  if (link) link.setAttribute("aria-current", "page");
}

markCurrentSection();
markCurrentArticle();
