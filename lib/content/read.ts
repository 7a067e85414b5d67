/**
 * Reading content files with positions: YAML lists and single documents validated by a schema, and MDX front
 * matter. Every problem is reported with the line of the field that failed (the `yaml` package's LineCounter
 * maps a node's offset to its line), not only the line of the record it belongs to.
 */
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { isMap, isScalar, LineCounter, parseDocument, type Document } from "yaml";
import type { z } from "zod";
import type { ContentIssue } from "./errors";

export type Rel = (file: string) => string;
export type Located<T> = { record: T; line: number | null; file: string };

type Parsed = { doc: Document; lines: LineCounter };

function parse(text: string): Parsed {
  const lines = new LineCounter();
  return { doc: parseDocument(text, { prettyErrors: false, lineCounter: lines }), lines };
}

/**
 * The line of the field at `fieldPath` (below `base`), or of its nearest existing parent: the key's own line
 * where the key exists, so a missing or wrong value points at the line to fix.
 */
export function lineOfField({ doc, lines }: Parsed, fieldPath: readonly PropertyKey[], offset = 0): number | null {
  for (let n = fieldPath.length; n >= 0; n--) {
    const at = fieldPath.slice(0, n) as (string | number)[];
    const parent = n > 0 ? doc.getIn(at.slice(0, -1), true) : null;
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === at.at(-1));
      const range = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
      if (range) return lines.linePos(range[0]).line + offset;
    }
    const node = (n > 0 ? doc.getIn(at, true) : doc.contents) as { range?: [number, number, number] } | null;
    if (node?.range) return lines.linePos(node.range[0]).line + offset;
  }
  return null;
}

async function readYaml(file: string, issues: ContentIssue[], rel: Rel): Promise<Parsed | null> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    issues.push({ file: rel(file), message: "file is missing" });
    return null;
  }
  const parsed = parse(text);
  if (parsed.doc.errors.length > 0) {
    for (const e of parsed.doc.errors)
      issues.push({ file: rel(file), line: e.linePos?.[0].line ?? null, message: `invalid YAML: ${e.message}` });
    return null;
  }
  return parsed;
}

/** `<root>/<name>.yaml` plus every `<root>/<name>/*.yaml`, as one list of located records. */
export async function readCollection<S extends z.ZodType>(
  root: string,
  name: string,
  schema: S,
  kind: string,
  issues: ContentIssue[],
  rel: Rel,
): Promise<Located<z.infer<S>>[]> {
  const extra = await readdir(path.join(root, name)).catch(() => [] as string[]);
  const files = [
    path.join(root, `${name}.yaml`),
    ...extra
      .filter((f) => f.endsWith(".yaml"))
      .sort()
      .map((f) => path.join(root, name, f)),
  ];
  const lists = await Promise.all(files.map((f) => readRecords(f, schema, kind, issues, rel)));
  return lists.flat();
}

/** A YAML file holding a list of records, each validated by `schema` and located by its line. */
export async function readRecords<S extends z.ZodType>(
  file: string,
  schema: S,
  kind: string,
  issues: ContentIssue[],
  rel: Rel,
  optional = false,
): Promise<Located<z.infer<S>>[]> {
  if (optional && !(await readFile(file).then(() => true, () => false))) return [];
  const parsed = await readYaml(file, issues, rel);
  if (!parsed) return [];
  const data: unknown = parsed.doc.toJS();
  if (!Array.isArray(data)) {
    issues.push({ file: rel(file), message: `expected a list of ${kind} records` });
    return [];
  }
  const out: Located<z.infer<S>>[] = [];
  data.forEach((raw, i) => {
    const line = lineOfField(parsed, [i]);
    const rawId = raw && typeof raw === "object" && "id" in raw ? String((raw as { id: unknown }).id) : null;
    const record = rawId ? `${kind} "${rawId}"` : `${kind} #${i + 1}`;
    const result = schema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues)
        issues.push({
          file: rel(file),
          line: lineOfField(parsed, [i, ...issue.path]),
          record,
          field: issue.path.join(".") || undefined,
          message: issue.message,
        });
      return;
    }
    out.push({ record: result.data, line, file: rel(file) });
  });
  return out;
}

/** A YAML file holding one document, validated by `schema`. Also returns a way to locate its fields. */
export async function readSingle<S extends z.ZodType>(
  file: string,
  schema: S,
  issues: ContentIssue[],
  rel: Rel,
): Promise<{ data: z.infer<S>; lineOf: (fieldPath: PropertyKey[]) => number | null } | null> {
  const parsed = await readYaml(file, issues, rel);
  if (!parsed) return null;
  const result = schema.safeParse(parsed.doc.toJS());
  if (!result.success) {
    for (const issue of result.error.issues)
      issues.push({
        file: rel(file),
        line: lineOfField(parsed, issue.path),
        field: issue.path.join(".") || undefined,
        message: issue.message,
      });
    return null;
  }
  return { data: result.data, lineOf: (fieldPath) => lineOfField(parsed, fieldPath) };
}

/** Splits `---\nyaml\n---\nbody`, keeping the body's line numbers equal to the file's. */
export function splitFrontmatter(text: string): { yaml: string; body: string } | null {
  const m = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return null;
  const consumed = m[0].split("\n").length - 1;
  return { yaml: m[1], body: "\n".repeat(consumed) + text.slice(m[0].length) };
}

/** Front matter validated by `schema`; problems carry the file's own line numbers (the YAML starts on line 2). */
export function parseFrontmatter<S extends z.ZodType>(
  yaml: string,
  schema: S,
  where: string,
  issues: ContentIssue[],
): z.infer<S> | null {
  const parsed = parse(yaml);
  if (parsed.doc.errors.length > 0) {
    for (const e of parsed.doc.errors)
      issues.push({ file: where, line: (e.linePos?.[0].line ?? 0) + 1, message: `invalid front matter YAML: ${e.message}` });
    return null;
  }
  const fm = schema.safeParse(parsed.doc.toJS());
  if (!fm.success) {
    for (const issue of fm.error.issues)
      issues.push({
        file: where,
        line: lineOfField(parsed, issue.path, 1),
        record: "front matter",
        field: issue.path.join(".") || undefined,
        message: issue.message,
      });
    return null;
  }
  return fm.data;
}
