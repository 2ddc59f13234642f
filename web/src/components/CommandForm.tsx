import { createContext, useContext, type FormEvent, type ReactNode } from 'react';
import { ErrorSummary } from './ErrorSummary';

/** The level of the forms' headings where they stand (e.g. 3 under a page's section, 4 inside the case page's panel). */
export const FormHeadingLevel = createContext<2 | 3 | 4>(3);

/** A titled form for one command, with its refusal announced on top and its success as a status message. */
export function CommandForm({
  title,
  summary,
  done,
  busy,
  submitLabel,
  danger,
  onSubmit,
  children,
}: {
  title: string;
  summary: string[];
  done: string | null;
  busy: boolean;
  submitLabel: string;
  danger?: boolean;
  onSubmit: (form: HTMLFormElement) => unknown;
  children: ReactNode;
}) {
  const H = `h${useContext(FormHeadingLevel)}` as 'h2' | 'h3' | 'h4';
  return (
    <section className="command" aria-label={title}>
      <H>{title}</H>
      <form
        noValidate
        onSubmit={(e: FormEvent<HTMLFormElement>) => {
          e.preventDefault();
          void onSubmit(e.currentTarget);
        }}
      >
        <ErrorSummary messages={summary} />
        {done && (
          <p className="notice" role="status">
            {done}
          </p>
        )}
        {children}
        <button type="submit" disabled={busy} className={danger ? 'danger' : undefined}>
          {submitLabel}
        </button>
      </form>
    </section>
  );
}

/** The text of one named control of a form. */
export const valueOf = (form: HTMLFormElement, name: string): string => String(new FormData(form).get(name) ?? '');
/** Every checked value of a group of checkboxes sharing a name. */
export const checked = (form: HTMLFormElement, name: string): string[] => new FormData(form).getAll(name).map(String);
