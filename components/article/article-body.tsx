import { run } from "@mdx-js/mdx";
import type { MDXComponents } from "mdx/types";
import type { ComponentProps, ComponentPropsWithoutRef, ReactNode } from "react";
import * as runtime from "react/jsx-runtime";
import type { Article, GlossaryTerm, Quote, Source } from "@/lib/content";
import { Figure } from "@/components/figures/figure";
import { isFigureId } from "@/lib/figures/ids";
import { Term } from "@/components/glossary/term";
import { BodyQuote, InlineQuote } from "@/components/quote/body-quote";
import { localePath, type Lang } from "@/lib/i18n";
import { absoluteUrl } from "@/lib/site-config";
import { SectionHeading } from "./heading";

/**
 * The wrapper of a compiled body: the typography plugin's prose in our colours (`prose-site`, app/globals.css), 18 px
 * on phones and 19 px on desktops. `prose-body` is the hook the print layer and the tests use.
 */
export const PROSE_BODY =
  "prose-body prose prose-site mt-6 max-w-none text-lg leading-[1.65] lg:text-xl print:text-[11pt]";

type Props = {
  /** An article, or any page compiled the same way (the "How we checked" page). */
  article: Pick<Article, "code" | "toc">;
  quotes: Map<string, Quote>;
  sources: Map<string, Source>;
  glossary: Map<string, GlossaryTerm>;
  /** What `<Figure id>` draws from: the derived figures and the site model (for link labels). */
  figures?: ComponentProps<typeof Figure>["content"];
  /** The page's edition: internal links go to its pages, and quotations get our translation beside them. */
  lang: Lang;
  /** In a translated edition: our translation of each quote's words, by quote id (`content.quoteTranslations`). */
  quoteTranslations?: Map<string, string>;
  /** In a translated edition: each glossary term's English name, by id (`content.englishTerms`). */
  englishTerms?: Map<string, string>;
};

/**
 * Runs the article's compiled MDX with our components. Ids, anchors and numbers were all decided by the
 * loader's remark pass and arrive as props; nothing is recomputed here.
 */
export async function ArticleBody({
  article,
  quotes,
  sources,
  glossary,
  figures,
  lang,
  quoteTranslations,
  englishTerms,
}: Props) {
  const { default: Content } = await run(article.code, { ...runtime, baseUrl: import.meta.url });
  const tocText = new Map(article.toc.map((t) => [t.id, t.text]));
  const quoteOf = (id: string) => {
    const quote = quotes.get(id);
    if (!quote) throw new Error(`unknown quote ${id}`); // unreachable: the loader checked every id
    return quote;
  };
  const heading = (level: 2 | 3) => {
    function Heading({ id, children }: ComponentPropsWithoutRef<"h2">) {
      return (
        <SectionHeading level={level} id={id!} text={tocText.get(id!) ?? ""} lang={lang}>
          {children}
        </SectionHeading>
      );
    }
    return Heading;
  };
  const components: MDXComponents = {
    h2: heading(2),
    h3: heading(3),
    a: ({ href = "", children }: ComponentPropsWithoutRef<"a">) =>
      /^https?:/.test(href) ? (
        <a href={href} rel="noopener noreferrer">
          {children}
        </a>
      ) : (
        // Content links to the English paths; on a translated page they go to that edition's page.
        // Printed copies show where a link goes: the absolute URL, written out by the print stylesheet.
        <a
          href={localePath(lang, href)}
          data-print-url={href.startsWith("#") ? undefined : absoluteUrl(localePath(lang, href))}
        >
          {children}
        </a>
      ),
    Quote: ({ id, anchor, number }: { id: string; anchor: string; number: string }) => {
      const quote = quoteOf(id);
      return (
        <BodyQuote
          quote={quote}
          source={sources.get(quote.sourceId)!}
          anchor={anchor}
          number={Number(number)}
          lang={lang}
          translation={quoteTranslations?.get(id)}
        />
      );
    },
    Term: ({ id, anchor, children }: { id: string; anchor: string; children: ReactNode }) => (
      <Term term={glossary.get(id)!} anchor={anchor} lang={lang} english={englishTerms?.get(id)}>
        {children}
      </Term>
    ),
    Figure: ({ id }: { id: string }) => {
      // unreachable: the loader checked every id
      if (!figures || !isFigureId(id)) throw new Error(`cannot draw figure ${id}`);
      return <Figure id={id} content={figures} />;
    },
    Q: ({
      id,
      anchor,
      number,
      translation,
      children,
    }: {
      id: string;
      anchor: string;
      number: string;
      /** `<Q translation="…">` in a translated article: our translation of these words. */
      translation?: string;
      children: ReactNode;
    }) => (
      <InlineQuote
        quote={quoteOf(id)}
        anchor={anchor}
        number={Number(number)}
        lang={lang}
        translation={lang === "en" ? undefined : translation}
      >
        {children}
      </InlineQuote>
    ),
  };
  return <Content components={components} />;
}
