/** The interface words of the quote pages: the registry, a quote's page, its share controls, the embed preview, and
 * everything a publisher embeds (the card page, the embed code, the oEmbed document, the card images). */
import type { Shape } from "./shape";

const en = {
  /** The label over our translation, wherever a translated edition prints one beside the original words. */
  translation: "Our translation",
  index: {
    kicker: "The registry",
    title: "All quotes",
    dek: "Every quotation on this site, in the speaker's exact words, with who said it, when, and where it was published. Each has its own page with context, the full citation, and code to embed it.",
    filter: "Filter quotes",
    byStance: "By stance",
    bySpeaker: "By speaker",
    stances: {
      supports: "Defending the ruling",
      criticizes: "Criticizing the ruling",
      neutral: "Neither (reporting, the 2014 Board, process)",
    },
    more: "Context, source and embed",
  },
  page: {
    breadcrumb: "Breadcrumb",
    home: "Home",
    quotes: "Quotes",
    kicker: "Quotation",
    context: "Context",
    source: "Source",
    partlyNote: "What is and is not confirmed",
    note: "Note",
    appears: "Where it appears",
    notQuoted: "Not yet quoted in an article.",
    inline: " (quoted in the text)",
    block: " (block quotation)",
  },
  share: {
    title: "Share and embed",
    link: "Link to this quote",
    copyLink: "Copy link",
    linkCopied: "Link copied",
    embed: "Embed code",
    embedHelp:
      "Paste this into any web page. Without JavaScript it shows the quotation with its attribution and two links; with JavaScript it becomes a card that resizes to fit. See the ",
    embedHelpLink: "embed preview",
    embedHelpEnd: ".",
    embedLabel: "Embed code for this quote",
    copyEmbed: "Copy embed code",
    embedCopied: "Embed code copied",
    openCard: "Open the card on its own",
    image: "Card image",
    downloadWide: "Download for link previews (1200 × 630 PNG)",
    downloadSquare: "Download for social posts (1080 × 1080 PNG)",
  },
  embedPage: {
    kicker: "For publishers",
    title: "Embed a sourced quote",
    dek: "Every quote on this site can be embedded, attributed and linked back to its source. Find the code on each quote's page, or browse ",
    dekLink: "all quotes",
    dekEnd: ".",
    noJs: "Without JavaScript, the code is a plain quotation: the exact words, who said them and when, a link to the original source and a link to our page.",
    withJs:
      "With JavaScript, a small script (under 3 KB) turns it into a card in an iframe that keeps its height equal to the card's. The card loads no other files, sets no cookies and tracks nothing.",
    theme: "The card follows the reader's light or dark setting; add ",
    themeOr: " or ",
    themeEnd: " to the blockquote to force one.",
    oembed: "oEmbed is available as a static JSON file per quote, linked from each quote page's head.",
    example: (n: number, speaker: string) => `Example ${n}: ${speaker}`,
    partner: "A partner's article",
    partnerText: "A paragraph of the partner's own story would sit here, and the quotation below it.",
    code: "The code",
    quotePage: "This quote's page",
    cardAlone: "the card on its own",
  },
  card: {
    /** Before the publisher, on the card page, the embed code and the card images. */
    source: "Source:",
    partlyTitle: "Only part of this quotation could be confirmed.",
    site: (name: string) => `Context and sources: ${name}`,
    /** The translation's quotation marks on the cards (the edition's own). */
    marks: ["\u201c", "\u201d"] as const,
    translationShortened: "Our translation (shortened; in full on our site)",
  },
  oembed: {
    title: (speaker: string, date: string) => `Quotation: ${speaker}, ${date}`,
  },
};

const es: Shape<typeof en> = {
  translation: "Nuestra traducción",
  index: {
    kicker: "El registro",
    title: "Todas las citas",
    dek: "Todas las citas de este sitio, con las palabras exactas de quien las dijo o escribió, cuándo y dónde se publicaron. Cada una tiene su propia página con el contexto, la referencia completa y el código para insertarla en otro sitio. Las citas se muestran en su idioma original, el inglés, seguidas de nuestra traducción.",
    filter: "Filtrar las citas",
    byStance: "Por postura",
    bySpeaker: "Por autor",
    stances: {
      supports: "En defensa del fallo",
      criticizes: "En contra del fallo",
      neutral: "Ni a favor ni en contra (información, la Junta en 2014, procedimiento)",
    },
    more: "Contexto, fuente y código para insertar",
  },
  page: {
    breadcrumb: "Ruta de navegación",
    home: "Inicio",
    quotes: "Citas",
    kicker: "Cita",
    context: "Contexto",
    source: "Fuente",
    partlyNote: "Qué está confirmado y qué no",
    note: "Nota",
    appears: "Dónde aparece",
    notQuoted: "Todavía no se cita en ningún artículo.",
    inline: " (citada en el texto)",
    block: " (cita en bloque)",
  },
  share: {
    title: "Compartir e insertar",
    link: "Enlace a esta cita",
    copyLink: "Copiar el enlace",
    linkCopied: "Enlace copiado",
    embed: "Código para insertar",
    embedHelp:
      "Péguelo en cualquier página web. Sin JavaScript muestra la cita con su atribución, nuestra traducción y dos enlaces; con JavaScript se convierte en una tarjeta que ajusta su tamaño. Vea la ",
    embedHelpLink: "vista previa de las citas insertadas",
    embedHelpEnd: ".",
    embedLabel: "Código para insertar esta cita",
    copyEmbed: "Copiar el código",
    embedCopied: "Código copiado",
    openCard: "Abrir la tarjeta por separado",
    image: "Imagen de la tarjeta",
    downloadWide: "Descargar para vistas previas de enlaces (PNG de 1200 × 630)",
    downloadSquare: "Descargar para redes sociales (PNG de 1080 × 1080)",
  },
  embedPage: {
    kicker: "Para medios",
    title: "Insertar una cita con su fuente",
    dek: "Cualquier cita de este sitio se puede insertar en otro, con su atribución y un enlace a su fuente. El código está en la página de cada cita; también puede consultar ",
    dekLink: "todas las citas",
    dekEnd: ".",
    noJs: "Sin JavaScript, el código es una cita simple: las palabras exactas en su idioma original, nuestra traducción, quién las dijo y cuándo, un enlace a la fuente original y otro a nuestra página.",
    withJs:
      "Con JavaScript, un pequeño script (de menos de 3 KB) la convierte en una tarjeta dentro de un iframe cuya altura se mantiene igual a la de la tarjeta. La tarjeta no carga ningún otro archivo, no usa cookies y no rastrea nada.",
    theme: "La tarjeta sigue la configuración clara u oscura del lector; para imponer una, agregue ",
    themeOr: " o ",
    themeEnd: " al blockquote.",
    oembed:
      "Hay oEmbed disponible: un archivo JSON estático por cita, enlazado desde el encabezado (head) de la página de cada cita.",
    example: (n: number, speaker: string) => `Ejemplo ${n}: ${speaker}`,
    partner: "El artículo de un medio asociado",
    partnerText: "Aquí iría un párrafo de la nota del propio medio, y debajo, la cita.",
    code: "El código",
    quotePage: "La página de esta cita",
    cardAlone: "la tarjeta por separado",
  },
  card: {
    source: "Fuente:",
    partlyTitle: "Solo se pudo confirmar una parte de esta cita.",
    site: (name: string) => `Contexto y fuentes: ${name}`,
    marks: ["«", "»"],
    translationShortened: "Nuestra traducción (abreviada; completa en el sitio)",
  },
  oembed: {
    title: (speaker: string, date: string) => `Cita: ${speaker}, ${date}`,
  },
};

export const quote = { en, es };
