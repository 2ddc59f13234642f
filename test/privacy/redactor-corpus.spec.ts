import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PersonData } from '../../services/privacy/personal-data-vault.js';
import { type Category, createRedactor, type Span } from '../../services/privacy/redactor/redactor.js';

interface Sentence {
  persons: string[];
  kind: string;
  tag?: string;
  text: string;
}
const corpus = JSON.parse(readFileSync(new URL('../fixtures/redaction-corpus.json', import.meta.url), 'utf8')) as {
  persons: Record<string, PersonData>;
  sentences: Sentence[];
};

/** A sentence of the corpus as plain text, and where its planted data is. */
function parse(marked: string): { text: string; expected: { start: number; end: number; category: Category }[] } {
  const expected: { start: number; end: number; category: Category }[] = [];
  let text = '';
  let at = 0;
  for (const m of marked.matchAll(/\[\[(\w+):(.*?)\]\]/g)) {
    text += marked.slice(at, m.index);
    expected.push({ start: text.length, end: text.length + m[2]!.length, category: m[1] as Category });
    text += m[2];
    at = m.index + m[0].length;
  }
  return { text: text + marked.slice(at), expected };
}

type Tally = { planted: number; hidden: number; found: number; right: number };
const tally = () => ({ planted: 0, hidden: 0, found: 0, right: 0 });

/**
 * Recall: a planted span counts as hidden when found spans cover every character of it. Precision: a found span
 * counts as right when it overlaps a planted one (of any category: "Tajnej 7" taken for a street when it was planted
 * as one is right; "Sali 12" taken for a street is not).
 */
function measure(sentences: readonly Sentence[]) {
  const by = new Map<string, Tally>();
  const of = (c: string) => by.get(c) ?? (by.set(c, tally()), by.get(c)!);
  const misses: string[] = [];
  const wrong: string[] = [];
  for (const sentence of sentences) {
    const { text, expected } = parse(sentence.text);
    const known = sentence.persons.map((id) => ({ pseudonym: `Osoba-${id}`, person: corpus.persons[id]! }));
    const found: Span[] = createRedactor(known).spans(text);
    for (const e of expected) {
      const covered = [...text.slice(e.start, e.end)].every(
        (c, i) => /\s/.test(c) || found.some((f) => f.start <= e.start + i && e.start + i < f.end),
      );
      of(e.category).planted++;
      if (covered) of(e.category).hidden++;
      else misses.push(`${e.category}: «${text.slice(e.start, e.end)}» in «${text}»`);
    }
    for (const f of found) {
      of(f.category).found++;
      if (expected.some((e) => f.start < e.end && e.start < f.end)) of(f.category).right++;
      else wrong.push(`${f.category}: «${text.slice(f.start, f.end)}» in «${text}»`);
    }
  }
  const all = [...by.values()].reduce(
    (a, t) => ({ planted: a.planted + t.planted, hidden: a.hidden + t.hidden, found: a.found + t.found, right: a.right + t.right }),
    tally(),
  );
  return { by, all, misses, wrong };
}

const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);
const recall = (t: Tally) => ratio(t.hidden, t.planted);
const precision = (t: Tally) => ratio(t.right, t.found);

describe('the redactor on a corpus of Polish sentences with planted personal data (test/fixtures/redaction-corpus.json)', () => {
  const { by, all, misses, wrong } = measure(corpus.sentences);

  it('prints recall and precision per category and overall', () => {
    const rows = [...by.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([c, t]) => ({
        category: c,
        planted: t.planted,
        recall: recall(t).toFixed(3),
        found: t.found,
        precision: precision(t).toFixed(3),
      }));
    rows.push({
      category: 'OVERALL',
      planted: all.planted,
      recall: recall(all).toFixed(3),
      found: all.found,
      precision: precision(all).toFixed(3),
    });
    console.log(
      `redactor corpus: ${corpus.sentences.length} sentences, ${corpus.sentences.filter((s) => s.kind === 'negative').length} without personal data`,
    );
    console.table(rows);
    if (misses.length) console.log(`missed:\n${misses.join('\n')}`);
    if (wrong.length) console.log(`hidden though not personal:\n${wrong.join('\n')}`);
    expect(corpus.sentences.length).toBeGreaterThanOrEqual(200);
  });

  it('hides at least 98% of the planted data and is right at least 90% of the time', () => {
    expect(recall(all)).toBeGreaterThanOrEqual(0.98);
    expect(precision(all)).toBeGreaterThanOrEqual(0.9);
  });

  it('hides every one of the 17 forms of issue 10', () => {
    const issue = measure(corpus.sentences.filter((s) => s.tag === 'issue10'));
    expect(issue.all.planted).toBe(17);
    expect(issue.misses).toEqual([]);
  });
});
