/** The frame of every page (skip link, header, status strip, footer, language switch), the home page, 404, search. */
import type { Shape } from "./shape";

const en = {
  skip: "Skip to content",
  shortName: "A-B- Explained",
  parts: "Parts",
  navArticles: "Articles",
  quotes: "Quotes",
  search: "Search",
  footerArticles: "All articles",
  footerReference: "Reference",
  footerCorrections:
    "Corrections are made in public: every change of fact is noted, with its date, at the top of the article it affects.",
  language: {
    /** The switch's accessible label, and its text (the other edition's name, in that language). */
    label: "Language",
    other: "Español",
    otherLang: "es",
    hint: "Leer en español",
  },
  status: {
    title: "Where things stand",
    strip: "Status:",
    details: "Details",
    latest: "Latest development we found:",
    reviewed: "Last reviewed",
    latestFound: "latest development found:",
    reported: " (reported)",
    timeline: "Timeline",
  },
  badges: { reported: "Reported", partly: "Partly confirmed" },
  sourcesLabel: (n: number) => (n === 1 ? "Source" : "Sources"),
  reportedTitle: "Only secondary sources say so; we have not seen the primary document.",
  ratings: {
    supported: "Supported",
    imprecise: "Imprecise",
    misleading: "Misleading",
    inaccurate: "Inaccurate",
    unverifiable: "Unverifiable",
  },
  citation: { undated: "undated", via: (host: string) => `copy via ${host}` },
  feed: {
    correction: "Correction",
    clarification: "Clarification",
    status: (reviewed: string, latest: string, reported: boolean, summary: string) =>
      `Status (last reviewed ${reviewed}; latest development found ${latest}${reported ? ", reported" : ""}): ${summary}`,
  },
  home: {
    kicker: "A sourced explainer",
    readInOrder: "Read in order",
    inBrief: "In brief",
    readMore: "Read more",
  },
  notFound: {
    kicker: "Error 404",
    title: "We could not find that page",
    text: "The address may be mistyped, or the page may have moved. Section links keep working when a heading changes, but a whole page can still be renamed.",
    start: "Start from one of our articles",
    home: "Go to the home page",
  },
  searchPage: {
    kicker: "Find anything",
    title: "Search",
    intro:
      "Search the four articles section by section, every quotation, timeline event, glossary term, source and fact-check claim. Results link to the exact place.",
    field: "Search the explainer",
    help: "A name, phrase or case, such as Musalo, particular social group or Grace v. Barr. Press the down arrow to move through the results.",
    show: "Show",
    everything: "Everything",
    results: "Search results",
    index: "Everything on this site",
    loading: "Loading the search index…",
    none: "No results for “{q}”.",
    one: "1 result for “{q}”.",
    many: "{n} results for “{q}”.",
    more: "{n} results for “{q}”; showing the first {shown}. Narrow the search or choose a kind.",
    error: "Search could not load. The full index below lists every page and section.",
  },
};

const es: Shape<typeof en> = {
  skip: "Ir al contenido",
  shortName: "El fallo A-B-",
  parts: "Partes",
  navArticles: "Artículos",
  quotes: "Citas",
  search: "Buscar",
  footerArticles: "Todos los artículos",
  footerReference: "Referencia",
  footerCorrections:
    "Las correcciones son públicas: cada cambio en un dato se señala, con su fecha, al comienzo del artículo afectado.",
  language: { label: "Idioma", other: "English", otherLang: "en", hint: "Read in English" },
  status: {
    title: "La situación actual",
    strip: "Situación:",
    details: "Detalles",
    latest: "Última novedad que encontramos:",
    reviewed: "Última revisión:",
    latestFound: "última novedad encontrada:",
    reported: " (según informes)",
    timeline: "Cronología",
  },
  badges: { reported: "Reportado", partly: "Confirmada en parte" },
  sourcesLabel: (n: number) => (n === 1 ? "Fuente" : "Fuentes"),
  reportedTitle: "Solo lo dicen fuentes secundarias; no hemos visto el documento original.",
  ratings: {
    supported: "Respaldada",
    imprecise: "Imprecisa",
    misleading: "Engañosa",
    inaccurate: "Inexacta",
    unverifiable: "No verificable",
  },
  citation: { undated: "sin fecha", via: (host: string) => `copia en ${host}` },
  feed: {
    correction: "Corrección",
    clarification: "Aclaración",
    status: (reviewed: string, latest: string, reported: boolean, summary: string) =>
      `Situación (última revisión: ${reviewed}; última novedad encontrada: ${latest}${reported ? ", según informes" : ""}): ${summary}`,
  },
  home: {
    kicker: "Una explicación con fuentes",
    readInOrder: "Leer en orden",
    inBrief: "En resumen",
    readMore: "Seguir leyendo",
  },
  notFound: {
    kicker: "Error 404",
    title: "No encontramos esa página",
    text: "Puede que la dirección tenga un error o que la página se haya movido. Los enlaces a secciones siguen funcionando cuando cambia un título, pero una página entera puede cambiar de nombre.",
    start: "Empiece por uno de nuestros artículos",
    home: "Ir a la página de inicio",
  },
  searchPage: {
    kicker: "Encontrar",
    title: "Buscar",
    intro:
      "Busque en los cuatro artículos, sección por sección, y en cada cita, hecho de la cronología, término del glosario, fuente y afirmación verificada. Los resultados llevan al lugar exacto.",
    field: "Buscar en la explicación",
    help: "Un nombre, una frase o un caso, como Musalo, grupo social determinado o Grace v. Barr. Con la flecha hacia abajo se recorren los resultados.",
    show: "Mostrar",
    everything: "Todo",
    results: "Resultados de la búsqueda",
    index: "Todo lo que hay en este sitio",
    loading: "Cargando el índice de búsqueda…",
    none: "No hay resultados para «{q}».",
    one: "1 resultado para «{q}».",
    many: "{n} resultados para «{q}».",
    more: "{n} resultados para «{q}»; se muestran los primeros {shown}. Precise la búsqueda o elija un tipo.",
    error: "No se pudo cargar la búsqueda. El índice completo de abajo enumera cada página y sección.",
  },
};

export const site = { en, es };
