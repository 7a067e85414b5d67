/*
 * Article pages: glossary terms. Without JavaScript a term is a plain link to its glossary entry; with this,
 * its definition (already in the page, as the link's description) opens on hover, focus and tap.
 */
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

enableTerms();
