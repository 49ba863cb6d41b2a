/** Labelled form fields with their Norwegian error message, linked for screen readers. */
import type { ComponentChildren } from 'preact';
import { FieldError } from '../components/field-error.tsx';

interface FieldProps {
  /** The form field's name; also the element id, prefixed by `idPrefix`. */
  name: string;
  label: string;
  error?: string;
  description?: string;
  idPrefix?: string;
}

function Field({ name, label, error, description, idPrefix = 'f', children }: FieldProps & { children: ComponentChildren }) {
  const id = `${idPrefix}-${name}`;
  return (
    <div class="ds-field">
      <label class="ds-label" for={id}>{label}</label>
      {description && <div class="muted" id={`${id}-hint`}>{description}</div>}
      {children}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

const describedBy = (id: string, error?: string, description?: string) =>
  [description && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;

export interface TextFieldProps extends FieldProps {
  value?: string | number | null;
  type?: 'text' | 'password' | 'date';
  autocomplete?: string;
  /** Whole numbers: a text field with the numeric keyboard (number inputs eat typing mistakes). */
  numeric?: boolean;
}

export function TextField({ type = 'text', value, autocomplete, numeric, ...field }: TextFieldProps) {
  const id = `${field.idPrefix ?? 'f'}-${field.name}`;
  const attrs = {
    class: 'ds-input', id, name: field.name, value: value ?? '', autocomplete, inputMode: numeric ? 'numeric' as const : undefined,
    'aria-invalid': field.error ? 'true' as const : undefined, 'aria-describedby': describedBy(id, field.error, field.description),
  };
  return (
    <Field {...field}>
      {type === 'password' ? <input type="password" {...attrs} /> : type === 'date' ? <input type="date" {...attrs} /> : <input type="text" {...attrs} />}
    </Field>
  );
}

export interface SelectFieldProps extends FieldProps {
  value?: string;
  options: readonly { value: string; label: string }[];
}

export function SelectField({ value, options, ...field }: SelectFieldProps) {
  const id = `${field.idPrefix ?? 'f'}-${field.name}`;
  return (
    <Field {...field}>
      <select class="ds-input" id={id} name={field.name} aria-invalid={field.error ? 'true' : undefined}
        aria-describedby={describedBy(id, field.error, field.description)}>
        {options.map((o) => <option key={o.value} value={o.value} selected={o.value === value}>{o.label}</option>)}
      </select>
    </Field>
  );
}

/** Hidden CSRF field for plain (non-htmx) forms. */
export const CsrfField = ({ token }: { token: string }) => <input type="hidden" name="_csrf" value={token} />;
