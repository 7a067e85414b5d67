/*
 * Article pages: a share/copy button beside each section heading's # link. With the Web Share API it opens
 * the system share sheet, titled "Section — Article"; otherwise it copies the section's full URL (no query
 * string) and announces that it did. The heading reserves the button's space in CSS, so adding it moves no
 * text. Without JavaScript the # link alone is there, and it works. Its words come with the page, in the page's
 * language (#page-strings, written by components/site/page-scripts.tsx); without them it adds nothing.
 */
import { announce, copyText } from "./clipboard.js";

var ICON =
  '<svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false"><path d="M10 14a5 5 0 0 0 7.07 0l3-3a5 5 0 0 0-7.07-7.07l-1.5 1.5M14 10a5 5 0 0 0-7.07 0l-3 3a5 5 0 0 0 7.07 7.07l1.5-1.5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"/></svg>';
var strings = document.getElementById("page-strings");
var S = strings ? JSON.parse(strings.textContent) : {};
var canShare = typeof navigator.share === "function";
var h1 = document.querySelector("h1");
var articleTitle = h1 ? h1.textContent.trim() : document.title;

function addButton(heading) {
  var id = heading.id;
  var title = heading.getAttribute("data-section-title") || "";
  var slot = heading.querySelector(".heading-tools");
  if (!slot) return;
  var button = document.createElement("button");
  button.type = "button";
  button.className = "copy-link";
  button.setAttribute("aria-label", (canShare ? S.shareSection : S.copySection) + title);
  button.innerHTML = ICON + '<span class="copy-link-done" aria-hidden="true"></span>';
  button.lastChild.textContent = S.copied;

  function copy(url) {
    copyText(url).then(
      function () {
        button.setAttribute("data-copied", "true");
        announce(S.linkCopied);
        window.setTimeout(function () {
          button.removeAttribute("data-copied");
        }, 2000);
      },
      function () {
        announce(S.linkCopyFailed + url);
      },
    );
  }

  button.addEventListener("click", function () {
    var url = window.location.origin + window.location.pathname + "#" + encodeURIComponent(id);
    if (!canShare) return copy(url);
    navigator.share({ title: title + " \u2014 " + articleTitle, url: url }).catch(function (error) {
      // The reader closing the share sheet is not a failure; anything else falls back to copying.
      if (!error || error.name !== "AbortError") copy(url);
    });
  });
  slot.appendChild(button);
}

if (S.linkCopied) Array.prototype.forEach.call(document.querySelectorAll(".section-heading[id]"), addButton);
