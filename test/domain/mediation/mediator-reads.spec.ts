import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../../schema/events/catalogue.js';
import { mediatorMayRead } from '../../../services/domain/mediation/index.js';

// KPA art. 96f § 3 (a mediator is not the office's staff) and art. 96j (mediation is confidential).
const mine = '7d1f0a52-3c4e-4b8a-9f10-2a6b5c7d8e91';
const another = 'c2e4a6b8-1d3f-4a5b-8c7d-9e0f1a2b3c4d';
const step = (type: string, data: object = {}) => ({ type, data }) as DomainEvent;

describe('what a mediator may read of a dispute (KPA art. 96f § 3, art. 96j)', () => {
  it('given no mediation of the dispute is theirs now, nothing: not even the complaint', () => {
    expect(mediatorMayRead(new Set(), step('ComplaintReceived'), null)).toBe(false);
    expect(mediatorMayRead(new Set(), step('MediationSessionScheduled'), mine)).toBe(false);
  });

  it('given they mediate one of its mediations, the complaint’s own steps', () => {
    expect(mediatorMayRead(new Set([mine]), step('ComplaintReceived'), null)).toBe(true);
    expect(mediatorMayRead(new Set([mine]), step('ExplanationGiven'), null)).toBe(true);
  });

  it('the steps of their own mediation, and the complaint’s steps that open and close it', () => {
    expect(mediatorMayRead(new Set([mine]), step('MediationSessionScheduled'), mine)).toBe(true);
    expect(mediatorMayRead(new Set([mine]), step('MediationOpened', { mediationId: mine }), null)).toBe(true);
    expect(mediatorMayRead(new Set([mine]), step('MediationClosed', { mediationId: mine }), null)).toBe(true);
  });

  it('never another mediation’s steps, nor the complaint’s steps that open or close it', () => {
    expect(mediatorMayRead(new Set([mine]), step('MediationSessionScheduled'), another)).toBe(false);
    expect(mediatorMayRead(new Set([mine]), step('MediationOpened', { mediationId: another }), null)).toBe(false);
    expect(mediatorMayRead(new Set([mine]), step('MediationClosed', { mediationId: another }), null)).toBe(false);
  });

  it('a mediation’s step whose stream is not known is not shown', () => {
    expect(mediatorMayRead(new Set([mine]), step('MediationSessionScheduled'), null)).toBe(false);
  });
});
