import { describe, expect, it } from 'vitest';
import { hideCells } from '../../../services/domain/equality/suppression.js';
import { attack, permutations, type State } from './disclosure-attack.js';

/**
 * Issue 10, finding 4(b): with the total of a dimension known from elsewhere, the complements chosen smallest first
 * (ties by name) pinned hidden counts exactly. Here every layout of small tables is published, and a reader who knows
 * the method and every total, but not the installation's key (so not the order of complements), works out what each
 * hidden count can still be. Run: npx vitest run test/domain/equality/suppression-attack.spec.ts
 */
const sizes = (lowest: number, largest: number): State[] => Array.from({ length: largest - lowest + 1 }, (_, i) => [lowest + i]);
/** Decided cases with their upheld, partly upheld and not upheld parts. */
const decisions = (largest: number): State[] => {
  const states: State[] = [];
  for (let d = 0; d <= largest; d++) for (let u = 0; u <= d; u++) for (let p = 0; u + p <= d; p++) states.push([d, u, p, d - u - p]);
  return states;
};

/** The report's method on one table; `lowest` 1 for the groups themselves (each has a case), 0 for figure sets. */
const method = (minimum: number, lowest: number) => (cells: readonly State[], order: readonly number[]) =>
  hideCells(
    cells.map((c) => ({ size: c[0]!, parts: c.slice(1) })),
    minimum,
    lowest,
    lowest === 0 ? cells.map(() => 1000) : null,
    cells.map(() => false),
    order,
  );

function run(groups: number, minimum: number, lowest: number, states: State[]) {
  const orders = permutations(groups);
  return attack({ groups, states, minimum, hide: method(minimum, lowest), orders, actual: orders[0]! });
}

describe('complementary suppression against a reader with every total', () => {
  it.each([
    { groups: 3, minimum: 10, largest: 30 },
    { groups: 4, minimum: 5, largest: 15 },
    { groups: 5, minimum: 3, largest: 7 },
  ])(
    '$groups groups of 1…$largest cases, minimum $minimum: no hidden count pinned, none narrower than the minimum',
    ({ groups, minimum, largest }) => {
      const result = run(groups, minimum, 1, sizes(1, largest));
      console.info(`groups of cases, ${groups} × 1…${largest}, minimum ${minimum}:`, JSON.stringify(result));
      expect(result.checked).toBeGreaterThan(1000);
      expect(result).toMatchObject({ exact: 0, narrow: 0, examples: [] });
      expect(result.narrowest).toBeGreaterThanOrEqual(minimum);
    },
  );

  it('figure sets, whose cells may be empty (3 groups of 0…30 decided cases, minimum 10): the same', () => {
    const result = run(3, 10, 0, sizes(0, 30));
    console.info('decided cases, 3 × 0…30, minimum 10:', JSON.stringify(result));
    expect(result).toMatchObject({ exact: 0, narrow: 0, examples: [] });
  });

  it('upheld, partly upheld and not upheld counts of hidden groups (3 groups of 0…4 decided, minimum 3): none pinned, none narrower', () => {
    const result = run(3, 3, 0, decisions(4));
    console.info('decisions with their outcomes, 3 × 0…4, minimum 3:', JSON.stringify(result));
    expect(result.checked).toBeGreaterThan(500);
    expect(result).toMatchObject({ exact: 0, narrow: 0, examples: [] });
  });
});
