/** A Norwegian error message under a form field, linked by id for screen readers. */
export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return <div class="ds-validation-message" data-color="danger" id={id} data-announce="assertive">{message}</div>;
}

/** A field's error attributes: invalid, and described by its `FieldError` (`<fieldId>-feil`). */
export function invalid(fieldId: string, message?: string) {
  return message ? { 'aria-invalid': 'true' as const, 'aria-describedby': `${fieldId}-feil` } : {};
}

export type FieldErrors = Record<string, string | undefined>;
