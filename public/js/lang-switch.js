// The language switch in the header links to the same page in the other edition; the two editions share their
// section ids, so it carries the #section the reader is at (a shared link, a table-of-contents jump).
const link = document.querySelector("a[data-lang-switch]");
if (link) {
  const base = link.getAttribute("href").split("#")[0];
  const update = () => link.setAttribute("href", base + location.hash);
  update();
  addEventListener("hashchange", update);
  link.addEventListener("click", update);
}
