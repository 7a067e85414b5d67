/** The data figures (precedent chart, case paths) and their text alternatives. */
import type { Shape } from "./shape";

const en = {
  describe: {
    reported: " (reported)",
    phase: (label: string, date: string) => `, with ${label} from ${date}`,
    until: (date: string) => `until ${date}`,
    today: (date: string) => `to today (last reviewed ${date})`,
  },
  /** The frame every figure shares. */
  frame: { showData: "Show the data as text", key: "Key" },
  /** Said after a mark's sentence in its link's accessible name. */
  toEvent: (sentence: string) => `${sentence}. Timeline event.`,
  /** A link from the data list to the event's place on the timeline. */
  timelineLink: (title: string) => `Timeline: ${title}`,
  chart: {
    /** Its description (the caption): the words before and after the italic case name, then the review date. */
    description: {
      before:
        "The periods in which each precedent bound immigration judges and the Board on domestic-violence asylum claims, with the court rulings that limited ",
      after: (date: string) =>
        `\u2019s use in credible-fear screening and the 2025 Board decisions. Drawn from our timeline; every mark links to its event. Last reviewed ${date}.`,
    },
    /** The lane of the rulings. */
    rulings: "Rulings",
    /** The dashed line at the right (or bottom) of the axis. */
    today: (date: string) => `Today: last reviewed ${date}`,
    /** On a reported band, in the drawing. */
    reported: "reported",
    /** After a ruling's label, in the drawing. */
    reportedAfter: " · reported",
    /** In sentences. */
    reportedNote: " (reported)",
    ends: { overruled: "overruled", vacated: "vacated", displaced: "displaced" },
    /** The text alternative of a band: "A-B- I: binding from June 11, 2018 until …". */
    band: (name: string, from: string, until: string) => `${name}: binding from ${from} until ${until}`,
    untilEnd: (date: string, end: string) => `${date}, when it was ${end}`,
    untilToday: (date: string) => `today (still binding when we last reviewed the status, ${date})`,
    /** The whole description of the drawing. */
    desc: (bands: string, rulings: string) => `${bands}. Rulings: ${rulings}.`,
    markerKinds: {
      limited: "court ruling limiting A-B-'s use",
      related: "Board decision on related questions",
    },
    /** A ruling known only to the month or year. */
    dayUnknown: (date: string) => `${date}, day not recorded`,
    marker: (label: string, date: string, kind: string) => `${label}, ${date}: ${kind}`,
    phase: (label: string, date: string) => `${label} added ${date}`,
    /** The data list's rows: "<b>A-B- I</b>: binding from <date> until <date>, when it was vacated." */
    rows: {
      bindingFrom: ": binding from ",
      untilDate: " until ",
      untilToday: " until today",
      whenEnded: (end: string) => `, when it was ${end}`,
      lastReviewed: (date: string) => ` (last reviewed ${date})`,
      addedTo: (band: string) => `: added to ${band} on `,
    },
    key: {
      arcg: " binding (top row)",
      ab: " binding (second row); the white line marks A-B- II, January 2021",
      reported:
        "Hatched and labelled \u201creported\u201d: known only from secondary sources; a dashed edge marks a reported end",
      limited: { before: "Court ruling limiting ", after: "\u2019s use in credible-fear screening" },
      related: "Board decision on related questions; no source says it overruled either precedent",
      span: "Date known only to the year: the bracket spans it",
    },
  },
  casePath: {
    title: "How a case reaches the Attorney General",
    description:
      "An immigration judge hears a case first; the Board of Immigration Appeals hears appeals; the Attorney General can direct the Board to refer any case to him and decide it himself (8 C.F.R. § 1003.1(h)(1)(i)); a federal court of appeals, outside the Justice Department, reviews final decisions. The lines trace two women\u2019s cases, step by step in date order; an open dot is a step our sources do not date. Each step links to its timeline event.",
    /** The four stations, in the order a case rises. `short` heads the columns of the narrow drawing. */
    stations: {
      "immigration-judge": {
        name: "Immigration judge",
        short: "IJ",
        note: "Hears the case first. A Justice Department employee, not a judge of the judicial branch.",
      },
      board: {
        name: "Board of Immigration Appeals",
        short: "BIA",
        note: "Hears appeals from immigration judges; its published decisions bind them. Inside the Justice Department.",
      },
      "attorney-general": {
        name: "Attorney General",
        short: "AG",
        note: "May direct the Board to refer any case to him and decide it himself: 8 C.F.R. § 1003.1(h)(1)(i).",
      },
      "court-of-appeals": {
        name: "Federal court of appeals",
        short: "Court",
        note: "A court of the judicial branch, outside the Justice Department, that reviews final decisions on petition.",
      },
    },
    /** A step whose deciding body our sources do not confirm. */
    unknownStation: "Not confirmed who",
    undated: "Date not in our sources",
    stations4: (list: string) => `Four stations: ${list}`,
    /** Each woman: her name as the heading of her path, and "her case" in a sentence's first words. */
    cases: {
      arcg: { name: "Aminta Cifuentes", caseOf: "Aminta Cifuentes's case" },
      ab: { name: "Ms. A.B.", caseOf: "Ms. A.B.'s case" },
    },
    reportedNote: " (reported)",
  },
  /** The share image of the pages whose card is the precedent chart. */
  image: {
    rulings: "Rulings",
    reported: "reported",
    reportedAfter: " · reported",
    reviewed: (date: string) => `Last reviewed ${date}`,
  },
};

const es: Shape<typeof en> = {
  describe: {
    reported: " (según informes)",
    phase: (label: string, date: string) => `, con ${label} desde el ${date}`,
    until: (date: string) => `hasta el ${date}`,
    today: (date: string) => `hasta hoy (última revisión: ${date})`,
  },
  frame: { showData: "Ver los datos como texto", key: "Leyenda" },
  toEvent: (sentence: string) => `${sentence}. Hecho de la cronología.`,
  timelineLink: (title: string) => `Cronología: ${title}`,
  chart: {
    description: {
      before:
        "Los periodos en que cada precedente obligó a los jueces de inmigración y a la Junta en las solicitudes de asilo por violencia doméstica, con los fallos judiciales que limitaron el uso de ",
      after: (date: string) =>
        ` en las entrevistas de temor creíble y las decisiones de la Junta de 2025. Elaborado a partir de nuestra cronología; cada marca enlaza con su hecho. Última revisión: ${date}.`,
    },
    rulings: "Fallos",
    today: (date: string) => `Hoy: revisado el ${date}`,
    reported: "reportado",
    reportedAfter: " · reportado",
    reportedNote: " (según informes)",
    ends: { overruled: "invalidado como precedente", vacated: "anulado", displaced: "desplazado" },
    band: (name: string, from: string, until: string) => `${name}: vinculante desde el ${from} hasta ${until}`,
    untilEnd: (date: string, end: string) => `el ${date}, cuando fue ${end}`,
    untilToday: (date: string) => `hoy (seguía vigente en nuestra última revisión de la situación, el ${date})`,
    desc: (bands: string, rulings: string) => `${bands}. Fallos: ${rulings}.`,
    markerKinds: {
      limited: "fallo judicial que limita el uso de A-B-",
      related: "decisión de la Junta sobre cuestiones relacionadas",
    },
    dayUnknown: (date: string) => `${date} (el día no consta)`,
    marker: (label: string, date: string, kind: string) => `${label}, ${date}: ${kind}`,
    phase: (label: string, date: string) => `${label}, añadido el ${date}`,
    rows: {
      bindingFrom: ": vinculante desde el ",
      untilDate: " hasta el ",
      untilToday: " hasta hoy",
      whenEnded: (end: string) => `, cuando fue ${end}`,
      lastReviewed: (date: string) => ` (última revisión: ${date})`,
      addedTo: (band: string) => `: se añadió a ${band} el `,
    },
    key: {
      arcg: " vinculante (fila superior)",
      ab: " vinculante (segunda fila); la línea blanca marca A-B- II, enero de 2021",
      reported:
        "Rayado y con la marca «reportado»: solo se conoce por fuentes secundarias; un borde discontinuo marca un final reportado",
      limited: { before: "Fallo judicial que limita el uso de ", after: " en las entrevistas de temor creíble" },
      related:
        "Decisión de la Junta sobre cuestiones relacionadas; ninguna fuente dice que haya invalidado como precedente a ninguno de los dos",
      span: "Fecha de la que solo se conoce el año: el corchete abarca todo ese año",
    },
  },
  casePath: {
    title: "Cómo llega un caso al fiscal general",
    description:
      "Un juez de inmigración (immigration judge) conoce primero del caso; la Junta de Apelaciones de Inmigración (Board of Immigration Appeals, BIA) resuelve las apelaciones; el fiscal general (Attorney General) puede ordenar a la Junta que le remita cualquier caso y decidirlo él mismo (8 C.F.R. § 1003.1(h)(1)(i)); un tribunal federal de apelaciones, fuera del Departamento de Justicia, revisa las decisiones definitivas. Las líneas siguen los casos de dos mujeres, paso a paso y por orden de fecha; un punto hueco es un paso que nuestras fuentes no fechan. Cada paso enlaza con su hecho en la cronología.",
    stations: {
      "immigration-judge": {
        name: "Juez de inmigración",
        short: "Juez",
        note: "Conoce del caso en primer lugar. Es un empleado del Departamento de Justicia, no un juez del poder judicial.",
      },
      board: {
        name: "Junta de Apelaciones de Inmigración",
        short: "BIA",
        note: "Resuelve las apelaciones contra las decisiones de los jueces de inmigración; sus decisiones publicadas los obligan. Forma parte del Departamento de Justicia.",
      },
      "attorney-general": {
        name: "Fiscal general",
        short: "Fiscal",
        note: "Puede ordenar a la Junta que le remita cualquier caso y decidirlo él mismo: 8 C.F.R. § 1003.1(h)(1)(i).",
      },
      "court-of-appeals": {
        name: "Tribunal federal de apelaciones",
        short: "Trib.",
        note: "Un tribunal del poder judicial, fuera del Departamento de Justicia, que revisa las decisiones definitivas cuando se le pide.",
      },
    },
    unknownStation: "Órgano sin confirmar",
    undated: "Sin fecha en nuestras fuentes",
    stations4: (list: string) => `Cuatro instancias: ${list}`,
    cases: {
      arcg: { name: "Aminta Cifuentes", caseOf: "El caso de Aminta Cifuentes" },
      ab: { name: "La señora A.B.", caseOf: "El caso de la señora A.B." },
    },
    reportedNote: " (según informes)",
  },
  image: {
    rulings: "Fallos",
    reported: "reportado",
    reportedAfter: " · reportado",
    reviewed: (date: string) => `Última revisión: ${date}`,
  },
};

export const figures = { en, es };
