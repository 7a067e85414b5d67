// The hostile strings, shared by the fixture generator and the tests that check each output.
const LONG = "A".repeat(80);
const RTL = "\u202Etxet tfel-ot-thgir\u202C \u05E2\u05D1\u05E8\u05D9\u05EA";

export const HOSTILE = {
  LONG,
  RTL,
  quote: `<script>window.__pwned=1</script></textarea><!-- &amp; "double" 'single' javascript:alert(1) ${RTL} ${LONG}`,
  speaker: `<script>window.__pwned=2</script> O'Brien "the Speaker" &amp;`,
  role: `Role </textarea><!-- & ${RTL}`,
  publisher: `Gazette <b>bold</b> & "Co"`,
  sourceTitle: `<script>window.__pwned=3</script> "Title" 'single' &amp; </textarea> ${LONG}`,
  sourceUrl: `https://example.org/a?q=<script>&x="'&y=javascript:alert(1)`,
  context: `Context with <!-- a comment opener and </textarea> and "quotes".`,
  articleTitle: `Beta <script>window.__pwned=4</script> "quoted" & 'single'`,
  // MDX source whose rendered text is the hostile string: < escaped for MDX, & written as an entity.
  articleMdx:
    `Text \\<script>window.\\_\\_pwned=5\\</script> \\</textarea> \\<!-- &amp;amp; "double" 'single' ` +
    `javascript:alert(1) ${RTL} ${LONG}.`,
  /** What the article paragraph must show, as text. */
  articleText: `<script>window.__pwned=5</script> </textarea> <!-- &amp;`,
};
