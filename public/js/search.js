// /search: runs the search form (hidden without JavaScript by a <noscript> stylesheet; the page's full index stands in) with
// Pagefind over the index built with the site (scripts/search-index.ts). The index code loads when the reader
// first focuses or types in the field, or arrives with ?q=. Every message shown comes from the form's data-msg-*
// attributes. Keyboard: the down arrow moves from the field into the results, the arrows move through them,
// Escape returns to the field, and Enter opens a result (it is a link).
const form = document.getElementById("search-form");
const input = document.getElementById("search-q");
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");
const SHOWN = 20;

if (form && input && status && list) {
  const msg = (name, vars) => (form.dataset[`msg${name}`] ?? "").replace(/\{(\w+)\}/g, (_, k) => String(vars[k] ?? ""));

  let engine = null;
  const load = () => {
    engine ??= import(`${form.dataset.bundle}pagefind.js`).then(async (pagefind) => {
      await pagefind.options({ excerptLength: 26, ranking: { pageLength: 0.3 } });
      await pagefind.init();
      return pagefind;
    });
    return engine;
  };

  // Pagefind's excerpt is escaped text with <mark> around the matches; rebuild it from text nodes and marks only.
  const excerpt = (html) => {
    const p = document.createElement("p");
    p.className = "mt-1 text-sm text-muted [&_mark]:rounded-sm [&_mark]:bg-mark [&_mark]:px-0.5 [&_mark]:text-ink";
    const parts = html.split(/(<mark>|<\/mark>)/);
    let marked = false;
    const decode = document.createElement("textarea");
    for (const part of parts) {
      if (part === "<mark>") marked = true;
      else if (part === "</mark>") marked = false;
      else if (part) {
        decode.innerHTML = part;
        const text = document.createTextNode(decode.value);
        if (marked) {
          const m = document.createElement("mark");
          m.append(text);
          p.append(m);
        } else p.append(text);
      }
    }
    return p;
  };

  const render = (items) => {
    list.replaceChildren(
      ...items.map((r) => {
        const li = document.createElement("li");
        const a = document.createElement("a");
        a.href = r.url;
        a.className = "group flex flex-col gap-0.5 rounded py-1 no-underline focus-visible:outline-2";
        const kind = document.createElement("span");
        kind.className = "font-sans text-2xs font-semibold tracking-[0.06em] text-muted uppercase";
        kind.textContent = r.meta.kind ?? "";
        const title = document.createElement("span");
        title.className = "text-lg font-bold underline decoration-1 underline-offset-2 group-hover:decoration-2";
        title.textContent = r.meta.title ?? r.url;
        const section = document.createElement("span");
        section.className = "font-sans text-sm text-ink";
        section.textContent = r.meta.section ?? "";
        a.append(kind, title, section);
        li.append(a, excerpt(r.excerpt ?? ""));
        return li;
      }),
    );
  };

  let run = 0;
  const search = async () => {
    const q = input.value.trim();
    const kind = form.querySelector('input[name="kind"]:checked')?.value ?? "";
    const url = new URL(location.href);
    if (q) url.searchParams.set("q", q);
    else url.searchParams.delete("q");
    if (kind) url.searchParams.set("kind", kind);
    else url.searchParams.delete("kind");
    history.replaceState(null, "", url);
    const mine = ++run;
    if (!q) {
      list.replaceChildren();
      status.textContent = "";
      return;
    }
    status.textContent = msg("Loading", {});
    list.setAttribute("aria-busy", "true");
    try {
      const pagefind = await load();
      const found = await pagefind.search(q, kind ? { filters: { kind } } : {});
      if (mine !== run) return;
      const items = await Promise.all(found.results.slice(0, SHOWN).map((r) => r.data()));
      if (mine !== run) return;
      render(items);
      list.setAttribute("aria-busy", "false");
      list.dataset.query = `${kind}:${q}`;
      const n = found.results.length;
      status.textContent =
        n === 0
          ? msg("None", { q })
          : n === 1
            ? msg("One", { q })
            : n > SHOWN
              ? msg("More", { q, n, shown: SHOWN })
              : msg("Many", { q, n });
    } catch {
      if (mine !== run) return;
      status.textContent = msg("Error", {});
      list.setAttribute("aria-busy", "false");
    }
  };

  let timer = 0;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(search, 150);
  });
  input.addEventListener("focus", load, { once: true });
  form.addEventListener("change", (e) => {
    if (e.target instanceof HTMLInputElement && e.target.name === "kind") search();
  });
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    clearTimeout(timer);
    search();
  });

  const links = () => [...list.querySelectorAll("a")];
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" && links().length > 0) {
      e.preventDefault();
      links()[0].focus();
    }
  });
  list.addEventListener("keydown", (e) => {
    const all = links();
    const i = all.indexOf(document.activeElement);
    if (i < 0) return;
    if (e.key === "ArrowDown" && i < all.length - 1) {
      e.preventDefault();
      all[i + 1].focus();
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      (i === 0 ? input : all[i - 1]).focus();
    } else if (e.key === "Escape") {
      input.focus();
    }
  });

  const params = new URLSearchParams(location.search);
  const kind = params.get("kind");
  if (kind) {
    const radio = [...form.querySelectorAll('input[name="kind"]')].find((r) => r.value === kind);
    if (radio) radio.checked = true;
  }
  const q = params.get("q");
  if (q) {
    input.value = q;
    search();
  }
}
