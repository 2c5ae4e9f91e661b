/*
 * A background import on the violation-catalog page (templates/catalog/violation-matters.ftlh):
 * while the job runs, the page is fetched again every second and a half and only the job's
 * section is replaced, so that the progress bar moves; when the job has ended the whole page is
 * loaded once more, with the catalog as the import left it. Without scripts the page says to
 * reload it.
 */
(function () {
  'use strict';

  var SECTION = '[data-import-job]';
  var INTERVAL = 1500;

  function poll() {
    var section = document.querySelector(SECTION);
    if (!section || !section.hasAttribute('data-running') || !window.fetch || !window.DOMParser) {
      return;
    }
    window.setTimeout(function () {
      fetch(window.location.href, { credentials: 'same-origin', headers: { Accept: 'text/html' } })
        .then(function (response) {
          return response.text();
        })
        .then(function (html) {
          var fresh = new DOMParser().parseFromString(html, 'text/html').querySelector(SECTION);
          if (!fresh) {
            return;
          }
          if (!fresh.hasAttribute('data-running')) {
            window.location.reload();
            return;
          }
          section.replaceWith(document.importNode(fresh, true));
          poll();
        })
        .catch(function () {
          poll();
        });
    }, INTERVAL);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', poll);
  } else {
    poll();
  }
})();
