/*
 * Quote pages: a "Copy link" and a "Copy embed code" button. Each row that can have one says so in data
 * attributes: data-copy-label (the button's text), data-copy-message (what is announced), and either
 * data-copy-value (the text) or data-copy-from (the id of the element holding it: the embed-code textarea).
 * Without JavaScript the link and the code are plain, selectable text.
 */
import { announce, copyText } from "./clipboard.js";

function addButton(row) {
  var label = row.getAttribute("data-copy-label");
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
        button.textContent = "Copied";
        announce(row.getAttribute("data-copy-message") || "Copied");
        window.setTimeout(function () {
          button.textContent = label;
        }, 2000);
      },
      function () {
        if (source && source.select) source.select();
        announce("Could not copy automatically; the text is selected, press Control+C or Command+C.");
      },
    );
  });
  row.appendChild(button);
}

Array.prototype.forEach.call(document.querySelectorAll("[data-copy-label]"), addButton);
