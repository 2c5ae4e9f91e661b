/*
 * Draws a case's process diagram with bpmn-js (served from /vendor/bpmn-js) and marks the
 * elements the case has completed and the ones it is at now. The list of steps below the
 * diagram says the same in words, so the page is complete without this script.
 */
(function () {
  'use strict';

  var container = document.getElementById('case-diagram');
  if (!container || typeof window.BpmnJS !== 'function') {
    return;
  }

  function ids(value) {
    return (value || '').split(' ').filter(function (id) { return id.length > 0; });
  }

  function failed() {
    container.textContent = container.getAttribute('data-failed-text');
    container.classList.add('case-diagram-failed');
    container.setAttribute('data-rendered', 'failed');
  }

  var viewer = new window.BpmnJS({ container: container });

  fetch(container.getAttribute('data-diagram-url'), {
    credentials: 'same-origin',
    headers: { Accept: 'application/xml' }
  }).then(function (response) {
    if (!response.ok) {
      throw new Error('diagram: HTTP ' + response.status);
    }
    return response.text();
  }).then(function (xml) {
    return viewer.importXML(xml);
  }).then(function () {
    var canvas = viewer.get('canvas');
    var registry = viewer.get('elementRegistry');
    ids(container.getAttribute('data-finished')).forEach(function (id) {
      if (registry.get(id)) {
        canvas.addMarker(id, 'ef-done');
      }
    });
    ids(container.getAttribute('data-active')).forEach(function (id) {
      if (registry.get(id)) {
        canvas.addMarker(id, 'ef-current');
      }
    });
    canvas.zoom('fit-viewport', 'auto');
    container.setAttribute('data-rendered', 'true');
  }).catch(failed);
}());
