import { useId, type ReactNode } from 'react';

/**
 * A group of controls answering one question (ticks, several inputs) with its legend, hint and error tied to the
 * group, so a screen reader reads what is wrong on entering it (WCAG 1.3.1, 3.3.1). The single-control twin is Field.
 */
export function FieldGroup({
  legend,
  hint,
  error,
  children,
}: {
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  children: ReactNode;
}) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={error ? 'field-group field-error' : 'field-group'} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="error" id={`${id}-error`}>
          {error}
        </p>
      )}
      {children}
    </fieldset>
  );
}
