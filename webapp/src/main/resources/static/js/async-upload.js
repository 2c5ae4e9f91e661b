/*
 * Evidence uploads (templates/documents/parts.ftlh) without leaving the page: the upload is
 * posted in the background and only the list of files is replaced, so that whatever is typed
 * in the step's form above — an inspection's findings, a rectification report — stays. The
 * server answers as it does for the form without scripts (a redirect back to the page); the
 * new list, with the message saying how the upload went, is read from that page. Without
 * scripts, or if anything goes wrong, the form is posted as usual.
 */
(function () {
  'use strict';

  var SECTION = '[data-testid="attachments"]';

  function bind(root) {
    root.querySelectorAll('form.upload-form').forEach(function (form) {
      if (form.hasAttribute('data-async-ready')) {
        return;
      }
      form.setAttribute('data-async-ready', '');
      form.addEventListener('submit', function (event) {
        if (!window.fetch || !window.FormData || !window.DOMParser) {
          return;
        }
        event.preventDefault();
        var button = form.querySelector('button[type="submit"]');
        if (button) {
          button.disabled = true;
          button.setAttribute('aria-busy', 'true');
        }
        fetch(form.action, { method: 'POST', body: new FormData(form), credentials: 'same-origin' })
          .then(function (response) {
            return response.text();
          })
          .then(function (html) {
            var fresh = new DOMParser().parseFromString(html, 'text/html').querySelector(SECTION);
            var section = form.closest(SECTION);
            if (!fresh || !section) {
              form.submit();
              return;
            }
            section.replaceWith(document.importNode(fresh, true));
            var replaced = document.querySelector(SECTION);
            bind(replaced);
            var message = replaced.querySelector('[data-testid="files-notice"], [data-testid="files-error"]');
            if (message) {
              message.setAttribute('tabindex', '-1');
              message.focus();
            }
          })
          .catch(function () {
            form.submit();
          });
      });
    });
  }

  function init() {
    bind(document);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
