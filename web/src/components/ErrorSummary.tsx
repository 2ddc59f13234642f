import { useEffect, useRef } from 'react';

/** Announced at once (role="alert") and focused, so keyboard and screen-reader users meet it first (WCAG 3.3.1). */
export function ErrorSummary({ messages }: { messages: string[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [messages.join('\n')]);
  if (messages.length === 0) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref}>
      {messages.length === 1 ? (
        <p>{messages[0]}</p>
      ) : (
        <ul>
          {messages.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
