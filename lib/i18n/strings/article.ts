/** The interface words of the article pages (and of the parts other pages share with them: headings, quotes, terms). */
import type { Shape } from "./shape";

const en = {
  header: {
    part: (position: number, total: number) => `Part ${position} of ${total}`,
    published: "Published",
    updated: "Updated",
  },
  corrections: {
    title: "Corrections and clarifications",
    correction: "Correction",
    clarification: "Clarification",
  },
  toc: { aside: "On this page", contents: "Contents" },
  /** The `#` permalink's accessible name. */
  sectionLink: (text: string) => `Link to this section: ${text}`,
  sources: {
    title: "Sources for this article",
    primary: "Primary documents",
    secondary: "Reporting and analysis",
  },
  next: "Next:",
  quote: {
    /** The numbered mark of a block quote: its source's publisher. */
    sourceMark: (number: number, publisher: string) => `Source ${number}: ${publisher}`,
    /** The numbered mark of an inline quote: who said it and when. */
    inlineMark: (number: number, speaker: string, date: string) => `Source ${number}: ${speaker}, ${date}`,
    /** Beside an inline quotation's original words, before our translation of them (Spanish edition only). */
    inlineTranslation: "our translation:",
    /** Above our translation of a block quotation or a sidebar quotation (Spanish edition only). */
    translation: "Our translation",
  },
  sidebar: {
    title: "Quotes and sources",
    intro:
      "Every quotation in this article, in the order it appears, with who said it, when, and where it was published. Numbers match the marks in the text.",
    source: "Source:",
    back: "Back to the text",
    backLabel: (speaker: string, n: number) => `: ${speaker}, quote ${n}`,
  },
  /** The "Partly confirmed" badge's title when the quote has no note (its label is `site.badges.partly`). */
  badge: { partlyTitle: "Only part of this quotation could be confirmed in the sources we checked." },
  term: { more: "More in the glossary" },
  /**
   * The messages of the feature scripts (public/js/*.js), sent to the page as JSON (`#page-strings`, written by
   * components/site/page-scripts.tsx). Plain strings only.
   */
  scripts: {
    /** copy-buttons.js and section-links.js: shown on a button after a copy. */
    copied: "Copied",
    /** copy-buttons.js: announced when the clipboard refuses. */
    copyFailed: "Could not copy automatically; the text is selected, press Control+C or Command+C.",
    /** section-links.js: announced after a copy. */
    linkCopied: "Link copied",
    /** section-links.js: the button's accessible name, before the section title. */
    shareSection: "Share this section: ",
    copySection: "Copy link to this section: ",
    /** section-links.js: announced when the clipboard refuses, before the URL. */
    linkCopyFailed: "Could not copy. The link is ",
  },
};

const es: Shape<typeof en> = {
  header: {
    part: (position: number, total: number) => `Parte ${position} de ${total}`,
    published: "Publicado el",
    updated: "Actualizado el",
  },
  corrections: {
    title: "Correcciones y aclaraciones",
    correction: "Corrección",
    clarification: "Aclaración",
  },
  toc: { aside: "En esta página", contents: "Contenido" },
  sectionLink: (text: string) => `Enlace a esta sección: ${text}`,
  sources: {
    title: "Fuentes de este artículo",
    primary: "Documentos originales",
    secondary: "Información y análisis",
  },
  next: "Siguiente:",
  quote: {
    sourceMark: (number: number, publisher: string) => `Fuente ${number}: ${publisher}`,
    inlineMark: (number: number, speaker: string, date: string) => `Fuente ${number}: ${speaker}, ${date}`,
    inlineTranslation: "en nuestra traducción:",
    translation: "Nuestra traducción",
  },
  sidebar: {
    title: "Citas y fuentes",
    intro:
      "Todas las citas de este artículo, en el orden en que aparecen, con quién las dijo, cuándo y dónde se publicaron, y nuestra traducción. Los números corresponden a las marcas del texto.",
    source: "Fuente:",
    back: "Volver al texto",
    backLabel: (speaker: string, n: number) => `: ${speaker}, cita ${n}`,
  },
  badge: { partlyTitle: "Solo pudimos confirmar una parte de esta cita en las fuentes que consultamos." },
  term: { more: "Más en el glosario" },
  scripts: {
    copied: "Copiado",
    copyFailed: "No se pudo copiar automáticamente; el texto está seleccionado: pulse Control+C o Comando+C.",
    linkCopied: "Enlace copiado",
    shareSection: "Compartir esta sección: ",
    copySection: "Copiar el enlace a esta sección: ",
    linkCopyFailed: "No se pudo copiar. El enlace es ",
  },
};

export const article = { en, es };
