import { render } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { ErrorSummary } from './error-summary.tsx';
import { FieldError, invalid } from './field-error.tsx';

describe('Errors at their fields', () => {
  it('when a field has an error, then it is invalid and described by its message, which the swap script announces', () => {
    expect(invalid('p-dato', 'Skriv en dato.')).toEqual({ 'aria-invalid': 'true', 'aria-describedby': 'p-dato-feil' });
    expect(invalid('p-dato', undefined)).toEqual({});
    expect(render(<FieldError id="p-dato-feil" message="Skriv en dato." />)).toContain('id="p-dato-feil" data-announce="assertive"');
  });

  it('when a full-page form has errors, then the summary lists each as a link to its field and is marked to take focus', () => {
    const html = render(<ErrorSummary errors={{ navn: 'Skriv navnet.', bydel: undefined, fodselsnummer: 'Ugyldig <nummer>' }} fieldId={(n) => `ny-${n}`} />);
    expect(html).toContain('data-error-summary');
    expect(html).toContain('tabindex="-1"');
    expect(html).toContain('Skjemaet har 2 feil');
    expect(html).toContain('<a class="ds-link" href="#ny-navn">Skriv navnet.</a>');
    expect(html).toContain('href="#ny-fodselsnummer">Ugyldig &lt;nummer>');
    expect(html).not.toContain('ny-bydel');
  });

  it('when there are no errors, then there is no summary', () => {
    expect(render(<ErrorSummary errors={{ navn: undefined }} fieldId={(n) => n} />)).toBe('');
  });
});
