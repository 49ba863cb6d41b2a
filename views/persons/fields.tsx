/** Designsystemet form fields with the Norwegian message at the field, linked for screen readers. */
import type { ComponentChildren } from 'preact';
import { FieldError } from '../components/field-error.tsx';

/** What a re-rendered form needs: the values sent and a message per field. */
export interface FormState {
  values: Record<string, unknown>;
  errors: Record<string, string | undefined>;
}

export const EMPTY_FORM: FormState = { values: {}, errors: {} };

export const valueOf = (state: FormState, name: string, fallback = ''): string => {
  const value = state.values[name];
  return typeof value === 'string' ? value : Array.isArray(value) ? String(value[0] ?? fallback) : fallback;
};

export const valuesOf = (state: FormState, name: string): string[] => {
  const value = state.values[name];
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' && value ? [value] : [];
};

interface FieldProps {
  prefix: string;
  name: string;
  label: string;
  state: FormState;
  hint?: string;
}

function Field({ prefix, name, label, state, hint, children }: FieldProps & { children: ComponentChildren }) {
  const id = `${prefix}-${name}`;
  return (
    <div class="ds-field">
      <label class="ds-label" for={id}>{label}</label>
      {hint && <div class="ds-paragraph field-hint" data-size="sm" id={`${id}-hint`}>{hint}</div>}
      {children}
      <FieldError id={`${id}-feil`} message={state.errors[name]} />
    </div>
  );
}

const aria = (prefix: string, name: string, state: FormState, hint?: string) => ({
  id: `${prefix}-${name}`,
  name,
  'aria-invalid': state.errors[name] ? ('true' as const) : undefined,
  'aria-describedby': [hint ? `${prefix}-${name}-hint` : '', state.errors[name] ? `${prefix}-${name}-feil` : ''].filter(Boolean).join(' ') || undefined,
});

export function InputField(props: FieldProps & { type?: string; fallback?: string; list?: string; autocomplete?: string; inputmode?: string }) {
  return (
    <Field {...props}>
      <input class="ds-input" type={(props.type ?? 'text') as 'text'} value={valueOf(props.state, props.name, props.fallback)} list={props.list}
        autocomplete={props.autocomplete} inputMode={props.inputmode as 'numeric' | undefined} {...aria(props.prefix, props.name, props.state, props.hint)} />
    </Field>
  );
}

export function TextareaField(props: FieldProps & { rows?: number }) {
  return (
    <Field {...props}>
      <textarea class="ds-input ds-textarea" rows={props.rows ?? 3} {...aria(props.prefix, props.name, props.state, props.hint)}>{valueOf(props.state, props.name)}</textarea>
    </Field>
  );
}

export function SelectField(props: FieldProps & { options: { value: string; label: string }[]; fallback?: string }) {
  const selected = valueOf(props.state, props.name, props.fallback);
  return (
    <Field {...props}>
      <select class="ds-input ds-select" {...aria(props.prefix, props.name, props.state, props.hint)}>
        {props.options.map((o) => <option key={o.value} value={o.value} selected={o.value === selected}>{o.label}</option>)}
      </select>
    </Field>
  );
}

/** Checkboxes sharing a name, in a fieldset with the message under the legend's group. */
export function CheckboxGroup(props: Omit<FieldProps, 'hint'> & { options: { value: string; label: string }[] }) {
  const chosen = valuesOf(props.state, props.name);
  const error = props.state.errors[props.name];
  return (
    <fieldset class="ds-fieldset" aria-describedby={error ? `${props.prefix}-${props.name}-feil` : undefined}>
      <legend class="ds-label">{props.label}</legend>
      <div class="checkbox-row">
        {props.options.map((o) => (
          <div class="ds-field" key={o.value}>
            <input class="ds-input" type="checkbox" id={`${props.prefix}-${props.name}-${o.value}`} name={props.name} value={o.value} checked={chosen.includes(o.value)} />
            <label class="ds-label" data-weight="regular" for={`${props.prefix}-${props.name}-${o.value}`}>{o.label}</label>
          </div>
        ))}
      </div>
      <FieldError id={`${props.prefix}-${props.name}-feil`} message={error} />
    </fieldset>
  );
}
