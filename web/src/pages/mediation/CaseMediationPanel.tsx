import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { problemMessage, problemOf } from '../../api/errors';
import { useMe } from '../../api/session';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { warsawLocalToInstant } from '../../format/dates';
import { graphql } from '../../gql';
import type { MediatorList, PartyRole, Role } from '../../gql/graphql';
import { CommandForm, FormHeadingLevel, valueOf } from '../../components/CommandForm';
import { EndMediationForm, ExtendMediationForm } from './ConclusionForms';
import { ProtocolDeliveryForm } from './ProtocolDeliveryForm';
import { AppointDocument, ConsentDocument, ProposeDocument } from './documents';
import { MediationDetails, usePartyName, type MediationData, type PartyData } from './MediationDetails';
import { missing, useCommand } from '../../components/useCommand';
import { useLiveReload } from './useLiveReload';

const CaseMediationsDocument = graphql(`
  query CaseMediations($id: ID!) {
    office {
      name
    }
    dispute(id: $id) {
      id
      revision
      status
      complainant {
        name
      }
      mediations {
        ...MediationFields
      }
    }
  }
`);

const partyRoles: PartyRole[] = ['COMPLAINANT', 'OFFICE', 'OTHER'];

/**
 * The clerk's part of mediation on the case page (KPA art. 96a–96d): propose it, record each party's answer,
 * appoint the mediator; then extend or end it. It queries what it needs itself by the dispute's id, so the case page
 * only places it (passing its own dispute).
 */
export function CaseMediationPanel({ dispute: { id: disputeId } }: { dispute: { id: string } }) {
  const { t, i18n } = useTranslation();
  // The office's steps are for clerks and supervisors (the role table); others read mediations on the case page.
  const office = (['CLERK', 'SUPERVISOR'] as Role[]).includes(useMe().role);
  const [{ data, error }, refetch] = useQuery({ query: CaseMediationsDocument, variables: { id: disputeId }, pause: !office });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  useLiveReload(office ? disputeId : undefined, reload);
  const problem = problemOf(error);
  const dispute = data?.dispute;
  if (!office) return null;
  return (
    <section aria-labelledby="case-mediation-title" className="case-mediation">
      <h2 id="case-mediation-title">{t('mediation.panel.title')}</h2>
      <p>{t('mediation.panel.intro')}</p>
      {problem && <ErrorSummary messages={[problemMessage(problem, t, i18n.language)]} />}
      {dispute && (
        <FormHeadingLevel.Provider value={4}>
          {dispute.mediations.length === 0 && <p>{t('mediation.panel.none')}</p>}
          {dispute.mediations.map((m) => (
            <article key={m.id} aria-labelledby={`mediation-${m.id}`}>
              <h3 id={`mediation-${m.id}`}>
                {t('mediation.title')}: {m.reason}
              </h3>
              <MediationDetails mediation={m} headingLevel={4} />
              {m.status === 'PROPOSED' &&
                m.parties
                  .filter((p) => p.consent == null)
                  .map((p) => <ConsentForm key={p.partyId} mediation={m} party={p} onDone={reload} />)}
              {m.status === 'AWAITING_MEDIATOR' && <AppointForm mediation={m} onDone={reload} />}
              {m.status === 'IN_PROGRESS' && !m.extended && <ExtendMediationForm mediation={m} onDone={reload} />}
              {m.status !== 'ENDED' && <EndMediationForm mediation={m} onDone={reload} />}
              <ProtocolDeliveryForm mediation={m} onDone={reload} />
            </article>
          ))}
          {/* Another may be proposed while one runs (e.g. with another party); the law counts the postponement per case. */}
          <ProposeForm
            disputeId={disputeId}
            complainant={dispute.complainant?.name ?? ''}
            office={data?.office.name ?? ''}
            onDone={reload}
          />
        </FormHeadingLevel.Provider>
      )}
    </section>
  );
}

function ProposeForm({
  disputeId,
  complainant,
  office,
  onDone,
}: {
  disputeId: string;
  complainant: string;
  office: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [{ fetching }, propose] = useMutation(ProposeDocument);
  const command = useCommand();
  // Party ids are references within the mediation; people pick names and roles, never ids.
  const initial: { key: number; name: string; role: PartyRole }[] = [
    { key: 1, name: complainant, role: 'COMPLAINANT' },
    { key: 2, name: office, role: 'OFFICE' },
  ];
  const [parties, setParties] = useState(initial);
  const change = (key: number, patch: Partial<{ name: string; role: PartyRole }>) =>
    setParties((ps) => ps.map((p) => (p.key === key ? { ...p, ...patch } : p)));
  return (
    <CommandForm
      title={t('mediation.panel.proposeTitle')}
      submitLabel={t('mediation.panel.propose')}
      {...command}
      busy={fetching}
      onSubmit={async (form) => {
        const reason = valueOf(form, 'reason');
        const found = missing({ reason, ...Object.fromEntries(parties.map((p) => [`party-${p.key}`, p.name])) }, t('form.required'));
        if (!command.check(found)) return;
        const res = await propose({
          input: { disputeId, reason, parties: parties.map((p, i) => ({ partyId: `strona-${i + 1}`, name: p.name.trim(), role: p.role })) },
        });
        if (command.settle(res.error, t('mediation.panel.proposed'))) {
          form.reset();
          setParties(initial);
          onDone();
        }
      }}
    >
      <Field label={t('mediation.panel.reason')} error={command.errors.reason}>
        <textarea name="reason" required maxLength={2000} />
      </Field>
      <fieldset>
        <legend>{t('mediation.panel.partiesLegend')}</legend>
        {parties.map((p, i) => (
          <div className="command-row" key={p.key}>
            <Field label={t('mediation.panel.partyName', { n: i + 1 })} error={command.errors[`party-${p.key}`]}>
              <input value={p.name} onChange={(e) => change(p.key, { name: e.target.value })} required maxLength={200} />
            </Field>
            <Field label={t('mediation.panel.partyRole', { n: i + 1 })}>
              <select value={p.role} onChange={(e) => change(p.key, { role: e.target.value as PartyRole })}>
                {partyRoles.map((r) => (
                  <option key={r} value={r}>
                    {t(`mediation.roleName.${r}`)}
                  </option>
                ))}
              </select>
            </Field>
            {parties.length > 2 && (
              <button type="button" className="secondary" onClick={() => setParties((ps) => ps.filter((x) => x.key !== p.key))}>
                {t('mediation.panel.removeParty', { n: i + 1 })}
              </button>
            )}
          </div>
        ))}
        <button
          type="button"
          className="secondary"
          onClick={() => setParties((ps) => [...ps, { key: Math.max(...ps.map((x) => x.key)) + 1, name: '', role: 'OTHER' }])}
        >
          {t('mediation.panel.addParty')}
        </button>
      </fieldset>
    </CommandForm>
  );
}

function ConsentForm({ mediation, party, onDone }: { mediation: MediationData; party: PartyData; onDone: () => void }) {
  const { t } = useTranslation();
  const nameOf = usePartyName();
  const [{ fetching }, record] = useMutation(ConsentDocument);
  const command = useCommand({ ruleFields: { 'consent-in-future': 'givenAt' } });
  return (
    <CommandForm
      title={t('mediation.panel.consentTitle', { name: nameOf(party) })}
      submitLabel={t('mediation.panel.recordConsent')}
      {...command}
      busy={fetching}
      onSubmit={async (form) => {
        const reason = valueOf(form, 'reason').trim();
        const instant = (name: string) => (valueOf(form, name) ? warsawLocalToInstant(valueOf(form, name)) : null);
        const res = await record({
          input: {
            mediationId: mediation.id,
            partyId: party.partyId,
            consent: valueOf(form, 'consent') === 'yes',
            reason: reason || null,
            givenAt: instant('givenAt'),
            noticeDeliveredAt: instant('noticeDeliveredAt'),
          },
        });
        if (command.settle(res.error, t('mediation.panel.consentRecorded'))) onDone();
      }}
    >
      <fieldset>
        <legend>{t('mediation.panel.consentAnswer')}</legend>
        <label className="checkbox">
          <input type="radio" name="consent" value="yes" defaultChecked />
          {t('mediation.panel.consentYes')}
        </label>
        <label className="checkbox">
          <input type="radio" name="consent" value="no" />
          {t('mediation.panel.consentNo')}
        </label>
      </fieldset>
      <Field label={t('mediation.panel.consentReason')} error={command.errors.reason}>
        <input name="reason" maxLength={2000} />
      </Field>
      <Field label={t('mediation.panel.givenAt')} hint={t('mediation.panel.givenAtHint')} error={command.errors.givenAt}>
        <input name="givenAt" type="datetime-local" />
      </Field>
      <Field
        label={t('mediation.panel.noticeDeliveredAt')}
        hint={t('mediation.panel.noticeDeliveredAtHint')}
        error={command.errors.noticeDeliveredAt}
      >
        <input name="noticeDeliveredAt" type="datetime-local" />
      </Field>
    </CommandForm>
  );
}

const lists: MediatorList[] = ['DISTRICT_COURT', 'ORGANISATION'];

function AppointForm({ mediation, onDone }: { mediation: MediationData; onDone: () => void }) {
  const { t } = useTranslation();
  const [{ fetching }, appoint] = useMutation(AppointDocument);
  const command = useCommand({ ruleFields: { 'KPA-96f-2-list-entry': 'listEntry' } });
  const officeIsParty = mediation.parties.some((p) => p.role === 'OFFICE');
  return (
    <CommandForm
      title={t('mediation.panel.appointTitle')}
      submitLabel={t('mediation.panel.appoint')}
      {...command}
      busy={fetching}
      onSubmit={async (form) => {
        const mediatorUserId = valueOf(form, 'mediatorUserId').trim();
        const mediatorName = valueOf(form, 'mediatorName').trim();
        const list = valueOf(form, 'list') as MediatorList | '';
        const keptBy = valueOf(form, 'keptBy').trim();
        const entry = valueOf(form, 'entry').trim();
        const required = { mediatorUserId, mediatorName, ...(list && { keptBy, entry }) };
        if (!command.check(missing(required, t('form.required')))) return;
        const listEntry = list ? { list, keptBy, entry } : null;
        const res = await appoint({ input: { mediationId: mediation.id, mediatorUserId, mediatorName, listEntry } });
        if (command.settle(res.error, t('mediation.panel.appointed'))) onDone();
      }}
    >
      <Field
        label={t('mediation.panel.mediatorUserId')}
        hint={t('mediation.panel.mediatorUserIdHint')}
        error={command.errors.mediatorUserId}
      >
        <input name="mediatorUserId" required maxLength={100} autoCapitalize="none" spellCheck={false} />
      </Field>
      <Field label={t('mediation.panel.mediatorName')} error={command.errors.mediatorName}>
        <input name="mediatorName" required maxLength={200} />
      </Field>
      {/* KPA art. 96f § 2: where the office is a party, the mediator comes from a list. */}
      <Field
        label={t('mediation.panel.list')}
        hint={t(officeIsParty ? 'mediation.panel.listHintOffice' : 'mediation.panel.listHint')}
        error={command.errors.listEntry}
      >
        <select name="list" defaultValue={officeIsParty ? 'DISTRICT_COURT' : ''}>
          <option value="">{t('mediation.panel.listNone')}</option>
          {lists.map((l) => (
            <option key={l} value={l}>
              {t(`mediation.listName.${l}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('mediation.panel.keptBy')} hint={t('mediation.panel.keptByHint')} error={command.errors.keptBy}>
        <input name="keptBy" maxLength={300} />
      </Field>
      <Field label={t('mediation.panel.entry')} error={command.errors.entry}>
        <input name="entry" maxLength={100} />
      </Field>
    </CommandForm>
  );
}
