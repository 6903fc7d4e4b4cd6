import type { AnnouncedError } from './use-announced-error';

/** An error tied to a field (by id, through aria-describedby) and announced when it appears. */
export function FieldError({ id, error }: { id: string; error: AnnouncedError | null }) {
  if (!error) return null;
  return (
    <p key={error.key} id={id} className="error-text" role="alert">
      {error.text}
    </p>
  );
}
