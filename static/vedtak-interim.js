/*
 * The vedtak form's «Kan vente på korttidsplass»: on by default for langtid, off for
 * bofellesskap, not asked for korttid. Follows the chosen type until the coordinator ticks or
 * unticks it. Delegated from the document, since htmx swaps the form in and out.
 */
(() => {
  'use strict';
  const sync = (form) => {
    const type = form.querySelector('select[name="type"]');
    const box = form.querySelector('input[name="kan_vente"]');
    const group = form.querySelector('[data-interim]');
    if (!type || !box || !group) return;
    group.hidden = type.value === 'korttid';
    if (box.dataset.touched !== 'true') box.checked = type.value === 'langtid';
  };
  document.addEventListener('change', (event) => {
    const target = event.target;
    if (!(target instanceof HTMLElement)) return;
    const form = target.closest('form[data-vedtak-form]');
    if (!form) return;
    if (target.matches('input[name="kan_vente"]')) target.dataset.touched = 'true';
    if (target.matches('select[name="type"]')) sync(form);
  });
  const init = (root) => root.querySelectorAll('form[data-vedtak-form]').forEach(sync);
  document.addEventListener('DOMContentLoaded', () => init(document));
  document.addEventListener('htmx:afterSettle', (event) => init(event.target instanceof Element ? event.target : document));
})();
