/** What the site model says about each page: titles, link labels, descriptions, share-card text, anchor labels. */
import type { Shape } from "./shape";

const en = {
  home: {
    label: "Home",
    kicker: "A sourced explainer",
    status: "Where things stand",
    articles: "Read in order",
    inBrief: "In brief",
  },
  article: {
    part: (n: number, of: number) => `Part ${n} of ${of}`,
    corrections: "Corrections and clarifications",
    sources: "Sources for this article",
    primary: "Primary documents",
    secondary: "Reporting and analysis",
    sidebar: "Quotes in this article",
    quote: (speaker: string) => `Quote: ${speaker}`,
    term: (term: string) => `Term: ${term}`,
    cite: (speaker: string) => `Source of the quote: ${speaker}`,
    intro: "Introduction",
  },
  chart: {
    title: (from: string) => `Which precedent governed when, ${from} to today`,
    alt: (title: string, periods: string) => `Chart: ${title}. ${periods}`,
  },
  quoteIndex: {
    title: "All quotes",
    description:
      "Every quotation on the site, grouped by stance toward the ruling and by speaker, each with its source.",
    kicker: "The registry",
    summary: "Every quotation on the site, in the speaker's exact words, with its source.",
    byStance: "By stance",
    bySpeaker: "By speaker",
    group: (name: string) => `Quotes: ${name}`,
  },
  quote: {
    title: (speaker: string, date: string) => `Quote: ${speaker}, ${date}`,
    label: (speaker: string) => `Quote: ${speaker}`,
    alt: (speaker: string, date: string) =>
      `Quote card: the words of ${speaker}, ${date}, with the source and the site name.`,
    share: "Share and embed",
    link: "Link to this quote",
    embed: "Embed code",
    image: "Card image",
  },
  embedPreview: {
    title: "Embed a quote: preview",
    label: "Embed a quote",
    description: "How our quote cards look on another site, with the code to paste.",
    kicker: "For publishers",
    cardTitle: "Embed a sourced quote",
    summary: "Attributed quote cards that link back to their sources.",
  },
  embedCard: {
    title: (speaker: string) => `${speaker}: quote card`,
    label: (speaker: string) => `Quote card: ${speaker}`,
  },
  timeline: {
    title: "Timeline",
    description:
      "Every dated event from the 1985 definition of a particular social group to the reported 2025 reinstatement of Matter of A-B- and the rulings that followed, each with its source.",
    anchor: (title: string) => `Timeline: ${title}`,
  },
  glossary: {
    title: "Glossary",
    description:
      "Plain-English definitions of the legal terms in this explainer: asylum, particular social group, credible fear, the BIA, remand, vacate and more.",
    kicker: "Reference",
    summary: "The legal terms of the asylum rulings, in plain English.",
    anchor: (term: string) => `Glossary: ${term}`,
  },
  sources: {
    title: "Sources",
    description:
      "Every document this explainer relies on: the decisions, orders, speeches and statements themselves, and the reporting and analysis about them.",
    kicker: "Reference",
    summary: "Every decision, speech, statement and report this explainer relies on.",
    primary: "Primary sources",
    secondary: "Secondary sources",
    anchor: (title: string) => `Source: ${title}`,
  },
  factCheck: {
    title: "Fact check: early coverage of the ruling",
    label: "Fact check",
    description: "The claims of an article on the June 2018 asylum ruling, checked one by one against the record.",
    kicker: "Fact check",
    cardTitle: "Early coverage of the ruling, checked",
    summary: "The claims of an article on the 2018 ruling, one by one, against the record.",
    anchor: (summary: string) => `Fact check: ${summary}`,
  },
  corrections: {
    title: "Corrections and clarifications",
    label: "Corrections",
    description: "Every correction and clarification made to this explainer, dated, newest first.",
    kicker: "Standards",
    summary: "Every change of fact, dated.",
  },
  methods: {
    label: "How we checked",
    kicker: "Standards",
    summary: "What confirmed, partly confirmed and reported mean, and how every quotation is checked.",
    anchor: (text: string) => `How we checked: ${text}`,
  },
  search: {
    title: "Search",
    description:
      "Search the articles section by section, every quotation, timeline event, glossary term, source and fact-check claim.",
    kicker: "Find anything",
    cardTitle: "Search the explainer",
    summary: "Every section, quotation, event, term, source and checked claim.",
    index: "Everything on this site",
  },
  notFound: { title: "Page not found", description: "The address may be mistyped, or the page may have moved." },
  kinds: {
    section: "Article section",
    quote: "Quote",
    event: "Timeline event",
    term: "Glossary term",
    source: "Source",
    claim: "Fact-check claim",
    page: "About this site",
  },
};

const es: Shape<typeof en> = {
  home: {
    label: "Inicio",
    kicker: "Una explicación con fuentes",
    status: "La situación actual",
    articles: "Leer en orden",
    inBrief: "En resumen",
  },
  article: {
    part: (n: number, of: number) => `Parte ${n} de ${of}`,
    corrections: "Correcciones y aclaraciones",
    sources: "Fuentes de este artículo",
    primary: "Documentos originales",
    secondary: "Información y análisis",
    sidebar: "Citas de este artículo",
    quote: (speaker: string) => `Cita: ${speaker}`,
    term: (term: string) => `Término: ${term}`,
    cite: (speaker: string) => `Fuente de la cita: ${speaker}`,
    intro: "Introducción",
  },
  chart: {
    title: (from: string) => `Qué precedente regía en cada momento, de ${from} a hoy`,
    alt: (title: string, periods: string) => `Gráfico: ${title}. ${periods}`,
  },
  quoteIndex: {
    title: "Todas las citas",
    description: "Todas las citas del sitio, agrupadas por postura ante el fallo y por autor, cada una con su fuente.",
    kicker: "El registro",
    summary: "Todas las citas del sitio, con las palabras exactas de quien las dijo o escribió y su fuente.",
    byStance: "Por postura",
    bySpeaker: "Por autor",
    group: (name: string) => `Citas: ${name}`,
  },
  quote: {
    title: (speaker: string, date: string) => `Cita: ${speaker}, ${date}`,
    label: (speaker: string) => `Cita: ${speaker}`,
    alt: (speaker: string, date: string) =>
      `Tarjeta de cita: las palabras de ${speaker}, ${date}, en su idioma original y en nuestra traducción, con la fuente y el nombre del sitio.`,
    share: "Compartir e insertar",
    link: "Enlace a esta cita",
    embed: "Código para insertar",
    image: "Imagen de la tarjeta",
  },
  embedPreview: {
    title: "Insertar una cita: vista previa",
    label: "Insertar una cita",
    description: "Cómo se ven nuestras tarjetas de citas en otro sitio, con el código para pegar.",
    kicker: "Para medios",
    cardTitle: "Inserte una cita con su fuente",
    summary: "Tarjetas de citas atribuidas que enlazan con sus fuentes.",
  },
  embedCard: {
    title: (speaker: string) => `${speaker}: tarjeta de cita`,
    label: (speaker: string) => `Tarjeta de cita: ${speaker}`,
  },
  timeline: {
    title: "Cronología",
    description:
      "Cada hecho fechado, desde la definición de grupo social determinado de 1985 hasta el restablecimiento de Matter of A-B- reportado en 2025 y los fallos que siguieron, cada uno con su fuente.",
    anchor: (title: string) => `Cronología: ${title}`,
  },
  glossary: {
    title: "Glosario",
    description:
      "Definiciones en lenguaje sencillo de los términos jurídicos de esta explicación: asilo, grupo social determinado, temor creíble, la BIA, devolver, anular y más, cada uno con su nombre en inglés.",
    kicker: "Referencia",
    summary: "Los términos jurídicos de los fallos de asilo, en lenguaje sencillo y con su nombre en inglés.",
    anchor: (term: string) => `Glosario: ${term}`,
  },
  sources: {
    title: "Fuentes",
    description:
      "Todos los documentos en los que se apoya esta explicación: las decisiones, órdenes, discursos y declaraciones mismas, y la información y los análisis sobre ellas.",
    kicker: "Referencia",
    summary: "Cada decisión, discurso, declaración e informe en que se apoya esta explicación.",
    primary: "Fuentes originales",
    secondary: "Fuentes secundarias",
    anchor: (title: string) => `Fuente: ${title}`,
  },
  factCheck: {
    title: "Verificación: la primera cobertura del fallo",
    label: "Verificación",
    description:
      "Las afirmaciones de un artículo sobre el fallo de asilo de junio de 2018, verificadas una por una con el expediente.",
    kicker: "Verificación",
    cardTitle: "La primera cobertura del fallo, verificada",
    summary: "Las afirmaciones de un artículo sobre el fallo de 2018, una por una, frente al expediente.",
    anchor: (summary: string) => `Verificación: ${summary}`,
  },
  corrections: {
    title: "Correcciones y aclaraciones",
    label: "Correcciones",
    description:
      "Cada corrección y aclaración hecha a esta explicación, con su fecha, de la más reciente a la más antigua.",
    kicker: "Normas",
    summary: "Cada cambio en un dato, con su fecha.",
  },
  methods: {
    label: "Cómo lo verificamos",
    kicker: "Normas",
    summary: "Qué significan confirmado, confirmado en parte y reportado, y cómo se coteja cada cita.",
    anchor: (text: string) => `Cómo lo verificamos: ${text}`,
  },
  search: {
    title: "Buscar",
    description:
      "Busque en los artículos sección por sección y en cada cita, hecho de la cronología, término del glosario, fuente y afirmación verificada.",
    kicker: "Encontrar",
    cardTitle: "Buscar en la explicación",
    summary: "Cada sección, cita, hecho, término, fuente y afirmación verificada.",
    index: "Todo lo que hay en este sitio",
  },
  notFound: {
    title: "Página no encontrada",
    description: "Puede que la dirección tenga un error o que la página se haya movido.",
  },
  kinds: {
    section: "Sección de artículo",
    quote: "Cita",
    event: "Hecho de la cronología",
    term: "Término del glosario",
    source: "Fuente",
    claim: "Afirmación verificada",
    page: "Sobre este sitio",
  },
};

export const model = { en, es };
