import { createHmac } from 'node:crypto';
import { loadOrCreateSecret } from './installation-secret.js';

const SECRET_FILE = 'pseudonym-secret';
const SECRET_BYTES = 32;

export interface Pseudonyms {
  /** 'Osoba-7F3A9C': the same person (subject) always gets the same one in this installation. */
  person(subjectId: string): string;
  /** 'Sprawa-1C04E2': a label for a case in lists meant for review outside the case file. */
  dispute(disputeId: string): string;
  /** 'Osoba-…' for a name typed as free text (e.g. a conversation's participants): the same spelling, the same pseudonym. */
  name(text: string): string;
  /**
   * A keyed rank of `value` (64 hex digits) for choices a reader must not be able to predict, though made the same way
   * every time: the order of complementary cells in the equal-treatment report.
   */
  rank(value: string): string;
}

/**
 * Pseudonyms are a keyed hash (HMAC-SHA-256) with a secret kept in the data folder: stable, so a reviewer can follow
 * one person through a timeline, but not computable without the secret, so no one can confirm a guessed id or
 * name. Six hex digits tell the few people of one case apart; they are not meant to be unique across an office.
 */
export function createPseudonyms({ dataDir }: { dataDir: string }): Pseudonyms {
  const secret = loadOrCreateSecret(dataDir, SECRET_FILE, SECRET_BYTES, 'restore it from backup (a new one changes every pseudonym).');
  const hmac = (kind: string, value: string) => createHmac('sha256', secret).update(`${kind}:${value}`).digest('hex');
  const tag = (kind: string, value: string) => hmac(kind, value).slice(0, 6).toUpperCase();
  return {
    person: (subjectId) => `Osoba-${tag('subject', subjectId)}`,
    dispute: (disputeId) => `Sprawa-${tag('dispute', disputeId)}`,
    name: (text) => `Osoba-${tag('name', text.trim().toLocaleLowerCase('pl'))}`,
    rank: (value) => hmac('rank', value),
  };
}
