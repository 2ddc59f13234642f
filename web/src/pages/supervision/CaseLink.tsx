import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** A case named the way the office names it (its register number), linking to the case page. */
export function CaseLink({ id, registerNumber }: { id: string; registerNumber?: string | null }) {
  const { t } = useTranslation();
  const label = registerNumber ?? id.slice(0, 8);
  return (
    <Link to={`/disputes/${encodeURIComponent(id)}`} aria-label={t('supervision.caseLink', { label })}>
      {label}
    </Link>
  );
}
