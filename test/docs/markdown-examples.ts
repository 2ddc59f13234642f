import { readFileSync } from 'node:fs';

/** One fenced block of a Markdown page, with where it stands, so a failure names the line to fix. */
export interface Example {
  file: string;
  line: number;
  language: string;
  text: string;
}

export function examplesOf(file: string): Example[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const found: Example[] = [];
  let open: { line: number; language: string; indent: string; body: string[] } | null = null;
  lines.forEach((raw, index) => {
    const fence = /^(\s*)```(\w*)\s*$/.exec(raw);
    if (fence && !open) {
      open = { line: index + 1, language: fence[2] ?? '', indent: fence[1] ?? '', body: [] };
    } else if (fence && open) {
      found.push({ file, line: open.line, language: open.language, text: open.body.join('\n') });
      open = null;
    } else if (open) {
      open.body.push(raw.startsWith(open.indent) ? raw.slice(open.indent.length) : raw);
    }
  });
  return found;
}

/** The operations of a GraphQL example, each with the comment lines that precede it or end its first line. */
export interface Operation {
  document: string;
  comments: string[];
}

export function operationsOf(text: string): Operation[] {
  const operations: Operation[] = [];
  let pending: string[] = [];
  let current: string[] = [];
  let depth = 0;
  for (const line of text.split('\n')) {
    const [code = '', ...comment] = line.split(/(?<=^|\s)#/);
    if (depth === 0 && code.trim() === '') {
      if (comment.length) pending.push(comment.join('#'));
      continue;
    }
    current.push(code);
    if (comment.length) pending.push(comment.join('#'));
    for (const ch of code.replace(/"(?:[^"\\]|\\.)*"/g, '""')) depth += ch === '{' ? 1 : ch === '}' ? -1 : 0;
    if (depth === 0) {
      operations.push({ document: current.join('\n').trim(), comments: pending });
      current = [];
      pending = [];
    }
  }
  return operations;
}
