/** The interface words of the reference pages: timeline, glossary, sources, fact check, corrections, how we checked. */
import type { Shape } from "./shape";

const en = {
  kickers: { reference: "Reference", standards: "Standards", factCheck: "Fact check" },
  timeline: {
    /** The introduction, around the "Reported" badge it shows. */
    intro: {
      before: (n: number) =>
        `${n} dated events, from 1985 to today. Each links to its sources and to the article sections that discuss it; events known only from secondary reports are marked `,
      after: ". Every event has its own link.",
    },
    eventLink: (title: string) => `Link to this event: ${title}`,
    discussedIn: "Discussed in",
  },
  glossary: {
    intro: "The legal terms used on this site, in plain English, each with a source. Terms in the articles link here.",
    nav: "Terms",
    also: (names: string) => ` (also: ${names})`,
    /** Before the English name of a translated term (read by screen readers; the page shows a dash). */
    inEnglish: "in English:",
    related: "Related",
    usedIn: "Used in",
  },
  sources: {
    intro: (n: number) =>
      `All ${n} documents we rely on, oldest first, each with the pages and quotes that cite it. Primary sources are the decisions, orders, laws, speeches and statements themselves; secondary sources report on or analyse them. Where we read a copy on another site, it says so. A title in [brackets] is our description: no headline was recorded.`,
    primaryGroup: "Primary sources",
    secondaryGroup: "Secondary sources: reporting and analysis",
    kinds: {
      decision: "Decision",
      order: "Order",
      speech: "Speech",
      "press-release": "Press release",
      statement: "Statement",
      news: "News report",
      "op-ed": "Opinion article",
      editorial: "Editorial",
      analysis: "Analysis",
      interview: "Interview",
      regulation: "Law or regulation",
      "court-opinion": "Court opinion",
      "court-filing": "Court filing",
    },
    primary: "primary",
    secondary: "secondary",
    archived: "archived copy",
    citedIn: (n: number) => `Cited in ${n} place${n === 1 ? "" : "s"}`,
    /** A place that cites a source, on the list under it (an edition's own labels come from the site model). */
    article: (title: string) => `Article: ${title}`,
  },
  factCheck: {
    /** The introduction: the reviewed article's publisher, a link to it, and why we checked it. */
    intro: {
      before: (publisher: string) => `This project began from an article by ${publisher} on the June 2018 ruling (`,
      original: "the original",
      after:
        "). Like some early coverage, it mixed up two cases and two women, and described a narrowing of asylum law as a ban. Below, each of its factual claims is quoted and checked against the record, with our rating and our sources. The aim is to set the record straight, not to score points: several of its claims hold up.",
    },
    tally: (n: number, counts: string) => `${n} claims reviewed: ${counts}.`,
    tallyItem: (n: number, rating: string) => `${n} ${rating.toLowerCase()}`,
    more: "More",
  },
  corrections: {
    intro: {
      before:
        "When we change a fact, a date, a quotation or a name, we say so at the top of the article (or page), with the date, and list it here; the ",
      feed: "feed",
      after: " carries each one too. Typo fixes are not listed.",
    },
    none: "No corrections or clarifications have been made so far.",
    correction: "Correction",
    clarification: "Clarification",
  },
  methods: {
    updated: "Last updated ",
    onThisPage: "On this page",
  },
};

const es: Shape<typeof en> = {
  kickers: { reference: "Referencia", standards: "Normas", factCheck: "Verificación" },
  timeline: {
    intro: {
      before: (n: number) =>
        `${n} hechos fechados, de 1985 a hoy. Cada uno enlaza con sus fuentes y con las secciones de los artículos que lo tratan; los hechos que solo conocemos por informes de fuentes secundarias llevan la marca `,
      after: ". Cada hecho tiene su propio enlace.",
    },
    eventLink: (title: string) => `Enlace a este hecho: ${title}`,
    discussedIn: "Se trata en",
  },
  glossary: {
    intro:
      "Los términos jurídicos que se usan en este sitio, en lenguaje sencillo, cada uno con una fuente y con el nombre en inglés que se encuentra en los documentos de Estados Unidos. Los términos de los artículos enlazan aquí.",
    nav: "Términos",
    also: (names: string) => ` (también: ${names})`,
    inEnglish: "en inglés:",
    related: "Relacionados",
    usedIn: "Se usa en",
  },
  sources: {
    intro: (n: number) =>
      `Los ${n} documentos en los que nos apoyamos, del más antiguo al más reciente, cada uno con las páginas y las citas que lo mencionan. Las fuentes primarias son las propias decisiones, órdenes, leyes, discursos y declaraciones; las secundarias informan sobre ellas o las analizan. Cuando leímos una copia en otro sitio, se indica. Un título entre [corchetes] es una descripción nuestra: no se registró un titular. Los títulos publicados aparecen tal como se publicaron, en su idioma original.`,
    primaryGroup: "Fuentes primarias",
    secondaryGroup: "Fuentes secundarias: reportajes y análisis",
    kinds: {
      decision: "Decisión",
      order: "Orden",
      speech: "Discurso",
      "press-release": "Comunicado de prensa",
      statement: "Declaración",
      news: "Noticia",
      "op-ed": "Artículo de opinión",
      editorial: "Editorial",
      analysis: "Análisis",
      interview: "Entrevista",
      regulation: "Ley o reglamento",
      "court-opinion": "Opinión judicial",
      "court-filing": "Escrito judicial",
    },
    primary: "primaria",
    secondary: "secundaria",
    archived: "copia archivada",
    citedIn: (n: number) => `Citada en ${n} ${n === 1 ? "lugar" : "lugares"}`,
    article: (title: string) => `Artículo: ${title}`,
  },
  factCheck: {
    intro: {
      before: (publisher: string) =>
        `Este proyecto partió de un artículo de ${publisher} sobre el fallo de junio de 2018 (`,
      original: "el original, en inglés",
      after:
        "). Como parte de la primera cobertura, confundía dos casos y a dos mujeres, y presentaba como una prohibición lo que fue una restricción del derecho de asilo. A continuación se cita cada una de sus afirmaciones sobre hechos, en sus palabras originales y en nuestra traducción, y se contrasta con el expediente, con nuestra calificación y nuestras fuentes. El objetivo es dejar las cosas claras, no ganar puntos: varias de sus afirmaciones se sostienen.",
    },
    tally: (n: number, counts: string) => `${n} afirmaciones revisadas: ${counts}.`,
    tallyItem: (n: number, rating: string) => `${n} ${rating.toLowerCase()}${n === 1 ? "" : "s"}`,
    more: "Más información",
  },
  corrections: {
    intro: {
      before:
        "Cuando cambiamos un dato, una fecha, una cita o un nombre, lo indicamos al comienzo del artículo (o de la página), con la fecha, y lo anotamos aquí; el ",
      feed: "canal de novedades",
      after: " también recoge cada cambio. Las erratas corregidas no se anotan.",
    },
    none: "Hasta ahora no se ha hecho ninguna corrección ni aclaración.",
    correction: "Corrección",
    clarification: "Aclaración",
  },
  methods: {
    updated: "Última actualización: ",
    onThisPage: "En esta página",
  },
};

export const reference = { en, es };
