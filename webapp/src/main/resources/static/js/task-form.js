/*
 * Task forms (templates/taskform/form.ftlh): a follow-up field shows only when the answer
 * it belongs to is chosen, e.g. the hazard details once an item is 不合规, and is required
 * then if it says so (requiredWhen, not shownWhen). A hidden field is disabled, so it is not sent; the server ignores it anyway. Without
 * this script every field shows and the server decides what is required.
 */
(function () {
  'use strict';

  function answer(form, name) {
    var control = form.elements.namedItem(name);
    if (!control) {
      return '';
    }
    if (typeof RadioNodeList !== 'undefined' && control instanceof RadioNodeList) {
      return control.value;
    }
    if (control.type === 'checkbox') {
      return control.checked ? 'true' : 'false';
    }
    return control.value;
  }

  function update(form) {
    form.querySelectorAll('[data-when-name]').forEach(function (block) {
      var shown = answer(form, block.getAttribute('data-when-name')) === block.getAttribute('data-when-value');
      block.hidden = !shown;
      var required = block.hasAttribute('data-when-required');
      block.querySelectorAll('input, select, textarea').forEach(function (control) {
        control.disabled = !shown;
        if (required && control.type !== 'checkbox') {
          control.required = shown;
        }
      });
    });
  }

  function init() {
    document.querySelectorAll('[data-task-form]').forEach(function (container) {
      var form = container.closest('form');
      if (!form || form.hasAttribute('data-task-form-ready')) {
        return;
      }
      form.setAttribute('data-task-form-ready', '');
      update(form);
      form.addEventListener('change', function () {
        update(form);
      });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
