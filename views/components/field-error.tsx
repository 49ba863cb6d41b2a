/** A Norwegian error message under a form field, linked by id for screen readers. */
export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return <div class="ds-validation-message" data-color="danger" id={id}>{message}</div>;
}

export type FieldErrors = Record<string, string | undefined>;
