/*
 * Quote pages: a "Copy link" and a "Copy embed code" button. Each row that can have one says so in data
 * attributes: data-copy-label (the button's text), data-copy-message (what is announced), and either
 * data-copy-value (the text) or data-copy-from (the id of the element holding it: the embed-code textarea).
 * Without JavaScript the link and the code are plain, selectable text. The other words ("Copied", and what to do
 * when copying fails) come with the page, in its language (#page-strings, written by
 * components/site/page-scripts.tsx); without them the row's own message is shown, and the English fallback below.
 */
import { announce, copyText } from "./clipboard.js";

var strings = document.getElementById("page-strings");
var S = {};
try {
  S = strings ? JSON.parse(strings.textContent) : {};
} catch {
  S = {};
}

function addButton(row) {
  var label = row.getAttribute("data-copy-label");
  var message = row.getAttribute("data-copy-message");
  var button = document.createElement("button");
  button.type = "button";
  button.className = "copy-button";
  button.textContent = label;
  button.addEventListener("click", function () {
    var from = row.getAttribute("data-copy-from");
    var source = from ? document.getElementById(from) : null;
    var text = source ? source.value || source.textContent : row.getAttribute("data-copy-value");
    copyText(text).then(
      function () {
        button.textContent = S.copied || message || "Copied";
        announce(message || S.copied || "Copied");
        window.setTimeout(function () {
          button.textContent = label;
        }, 2000);
      },
      function () {
        if (source && source.select) source.select();
        announce(S.copyFailed || "Could not copy automatically; the text is selected, press Control+C or Command+C.");
      },
    );
  });
  row.appendChild(button);
}

Array.prototype.forEach.call(document.querySelectorAll("[data-copy-label]"), addButton);
