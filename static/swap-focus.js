/*
 * Focus and announcements after htmx swaps: one way for every swap, driven by what the
 * server puts in the fragment (the CSP allows no inline script, so this is a file).
 *
 * When a swap leaves focus on <body> (the control was replaced or disabled), focus goes to
 * the first of: an element marked `data-focus`, the first field with `aria-invalid="true"`,
 * the control itself if it is still on the page, an element with the control's id, the
 * swapped element. Text of elements marked `data-announce="polite"` goes to the page's
 * status region, of `data-announce="assertive"` to its alert region. While a request with
 * an `hx-indicator` runs, its target is `aria-busy` and the indicator's text is announced.
 */
(() => {
  'use strict';
  const FAILED = 'Noe gikk galt. Ingenting ble lagret. Prøv igjen.';
  let control = null;
  let controlId = '';
  let swapped = [];

  const text = (el) => (el.getAttribute('data-announce-text') || el.textContent || '').replace(/\s+/g, ' ').trim();

  /** Sets a live region's text; emptied first so the same message is announced again. */
  function announce(regionId, message) {
    const region = document.getElementById(regionId);
    if (!region || !message) return;
    region.textContent = '';
    setTimeout(() => { region.textContent = message; }, 30);
  }

  function within(roots, selector) {
    return roots.flatMap((root) => [...(root.matches(selector) ? [root] : []), ...root.querySelectorAll(selector)]);
  }

  function focus(el) {
    if (!el.matches('a[href], button, input, select, textarea, summary, [tabindex]')) el.setAttribute('tabindex', '-1');
    el.focus();
  }

  const focusLost = () => !document.activeElement || document.activeElement === document.body;

  function settle() {
    const roots = swapped.filter((el) => el.nodeType === 1 && el.isConnected);
    swapped = [];
    if (roots.length === 0) return;
    if (focusLost()) {
      const usable = (el) => el && el.isConnected && !el.disabled;
      // Elements swapped in out of band (marked data-oob) are side notes: focus stays with the answer itself.
      const answer = roots.filter((el) => !el.hasAttribute('data-oob'));
      const main = answer.length > 0 ? answer : roots;
      const target = within(main, '[data-focus]')[0] || within(main, '[aria-invalid="true"]')[0]
        || (usable(control) ? control : null) || (controlId && document.getElementById(controlId)) || main[0];
      focus(target);
    }
    announce('live-status', within(roots, '[data-announce="polite"]').map(text).join(' '));
    announce('live-alert', within(roots, '[data-announce="assertive"]').map(text).join(' '));
  }

  document.addEventListener('htmx:beforeRequest', (evt) => {
    const active = document.activeElement;
    control = active && active !== document.body ? active : evt.detail.elt;
    controlId = control.id || '';
    const indicator = evt.detail.elt.getAttribute('hx-indicator');
    const shown = indicator && document.querySelector(indicator);
    if (shown) {
      evt.detail.target?.setAttribute('aria-busy', 'true');
      announce('live-status', text(shown));
    }
  });

  document.addEventListener('htmx:afterRequest', (evt) => {
    evt.detail.target?.removeAttribute('aria-busy');
  });

  // One swap settles each new element in turn, synchronously: handle them together after.
  document.addEventListener('htmx:afterSettle', (evt) => {
    if (swapped.length === 0) queueMicrotask(settle);
    swapped.push(evt.target);
  });

  function failed() {
    announce('live-alert', FAILED);
    if (focusLost() && control && control.isConnected) focus(control);
  }
  document.addEventListener('htmx:responseError', failed);
  document.addEventListener('htmx:sendError', failed);

  // A full page that came back with errors: its summary takes focus.
  document.addEventListener('DOMContentLoaded', () => {
    const summary = document.querySelector('[data-error-summary]');
    if (summary) focus(summary);
  });
})();
