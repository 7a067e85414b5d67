/*
 * Shared by the copy features (section links on articles, copy buttons on quote pages): copy text to the
 * clipboard, and announce the result to screen readers through one polite live region, created here.
 */
var region = document.createElement("div");
region.id = "live-status";
region.className = "sr-only";
region.setAttribute("role", "status");
region.setAttribute("aria-live", "polite");
document.body.appendChild(region);

export function announce(message) {
  // Clear first, so the same message is announced again on a second copy.
  region.textContent = "";
  window.setTimeout(function () {
    region.textContent = message;
  }, 50);
}

export function copyText(text) {
  if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
  // Older browsers and plain-http origins: the selection-based fallback.
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
    } catch {
      ok = false;
    }
    document.body.removeChild(area);
    if (ok) resolve();
    else reject(new Error("copy failed"));
  });
}
