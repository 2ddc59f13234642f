import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { CommandForm, valueOf } from '../../components/CommandForm';
import { Field } from '../../components/Field';
import { missing, useCommand } from '../../components/useCommand';
import { warsawLocalToInstant } from '../../format/dates';
import type { ProtocolDeliveryHow } from '../../gql/graphql';
import { DeliverProtocolDocument } from './documents';
import { usePartyName, type MediationData } from './MediationDetails';

const ways: ProtocolDeliveryHow[] = ['HANDED_OVER', 'DELIVERED', 'ELECTRONIC'];

/** KPA art. 96m § 3: the protocol delivered to each participant it names, one delivery at a time, also after the end. */
export function ProtocolDeliveryForm({ mediation, onDone }: { mediation: MediationData; onDone: () => void }) {
  const { t } = useTranslation();
  const nameOf = usePartyName();
  const [{ fetching }, deliver] = useMutation(DeliverProtocolDocument);
  const command = useCommand({ ruleFields: { 'KPA-96m-3-not-a-participant': 'partyId', 'protocol-already-delivered': 'partyId' } });
  const protocol = mediation.protocol;
  if (!protocol) return null;
  const delivered = new Set(protocol.deliveries.map((d) => d.partyId));
  const waiting = protocol.participants.filter((id) => !delivered.has(id));
  if (waiting.length === 0) return null;
  return (
    <CommandForm
      title={t('mediation.delivery.title')}
      submitLabel={t('mediation.delivery.submit')}
      {...command}
      busy={fetching}
      onSubmit={async (form) => {
        const deliveredAt = valueOf(form, 'deliveredAt');
        if (!command.check(missing({ deliveredAt }, t('form.required')))) return;
        const res = await deliver({
          input: {
            mediationId: mediation.id,
            partyId: valueOf(form, 'partyId'),
            how: valueOf(form, 'how') as ProtocolDeliveryHow,
            deliveredAt: warsawLocalToInstant(deliveredAt),
          },
        });
        if (command.settle(res.error, t('mediation.delivery.done'))) onDone();
      }}
    >
      <Field label={t('mediation.delivery.party')} error={command.errors.partyId}>
        <select name="partyId">
          {waiting.map((id) => (
            <option key={id} value={id}>
              {nameOf(
                mediation.parties.find((p) => p.partyId === id),
                id,
              )}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('mediation.delivery.how')} error={command.errors.how}>
        <select name="how">
          {ways.map((how) => (
            <option key={how} value={how}>
              {t(`mediation.delivery.howName.${how}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('mediation.delivery.deliveredAt')} hint={t('mediation.delivery.deliveredAtHint')} error={command.errors.deliveredAt}>
        <input name="deliveredAt" type="datetime-local" required />
      </Field>
    </CommandForm>
  );
}
