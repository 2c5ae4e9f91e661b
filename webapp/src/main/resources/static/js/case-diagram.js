/*
 * Draws a case's process diagram with bpmn-js (served from /vendor/bpmn-js) and marks the
 * elements the case has completed and the ones it is at now. The list of steps below the
 * diagram says the same in words, so the page is complete without this script.
 *
 * The deadline branches every step carries (a reminder and a breach record behind a
 * non-interrupting timer, ADR 0004) are folded away unless asked for, so that the way a case
 * goes reads at a glance. On a narrow screen the diagram opens at the current step, readable,
 * rather than shrunk to fit; the buttons zoom and fit.
 */
(function () {
  'use strict';

  var BPMN = 'http://www.omg.org/spec/BPMN/20100524/MODEL';
  var DI = 'http://www.omg.org/spec/BPMN/20100524/DI';
  var NARROW = 600;

  var container = document.getElementById('case-diagram');
  if (!container || typeof window.BpmnJS !== 'function') {
    return;
  }
  var toggle = document.getElementById('case-diagram-branches');
  var viewer = new window.BpmnJS({ container: container });
  var source = null;

  function ids(value) {
    return (value || '').split(' ').filter(function (id) { return id.length > 0; });
  }

  function failed() {
    container.textContent = container.getAttribute('data-failed-text');
    container.classList.add('case-diagram-failed');
    container.setAttribute('data-rendered', 'failed');
  }

  /** The ids of the deadline branches: non-interrupting timers, and what follows them. */
  function deadlineBranches(doc) {
    var folded = {};
    var byId = {};
    Array.prototype.forEach.call(doc.getElementsByTagNameNS(BPMN, '*'), function (element) {
      if (element.getAttribute('id')) {
        byId[element.getAttribute('id')] = element;
      }
    });
    var flows = doc.getElementsByTagNameNS(BPMN, 'sequenceFlow');
    Array.prototype.forEach.call(doc.getElementsByTagNameNS(BPMN, 'boundaryEvent'), function (event) {
      if (event.getAttribute('cancelActivity') !== 'false'
          || event.getElementsByTagNameNS(BPMN, 'timerEventDefinition').length === 0) {
        return;
      }
      var next = [event.getAttribute('id')];
      while (next.length > 0) {
        var id = next.pop();
        if (folded[id]) {
          continue;
        }
        folded[id] = true;
        Array.prototype.forEach.call(flows, function (flow) {
          if (flow.getAttribute('sourceRef') === id) {
            folded[flow.getAttribute('id')] = true;
            next.push(flow.getAttribute('targetRef'));
          }
        });
      }
    });
    return { ids: folded, byId: byId };
  }

  /** The model without its deadline branches, shapes and edges included. */
  function folded(xml) {
    var doc = new DOMParser().parseFromString(xml, 'application/xml');
    var branches = deadlineBranches(doc);
    Object.keys(branches.ids).forEach(function (id) {
      var element = branches.byId[id];
      if (element && element.parentNode) {
        element.parentNode.removeChild(element);
      }
    });
    ['BPMNShape', 'BPMNEdge'].forEach(function (kind) {
      Array.prototype.slice.call(doc.getElementsByTagNameNS(DI, kind)).forEach(function (shape) {
        if (branches.ids[shape.getAttribute('bpmnElement')]) {
          shape.parentNode.removeChild(shape);
        }
      });
    });
    return new XMLSerializer().serializeToString(doc);
  }

  function show(withBranches) {
    var xml = withBranches ? source : folded(source);
    return viewer.importXML(xml).then(function () {
      var canvas = viewer.get('canvas');
      var registry = viewer.get('elementRegistry');
      ids(container.getAttribute('data-finished')).forEach(function (id) {
        if (registry.get(id)) {
          canvas.addMarker(id, 'ef-done');
        }
      });
      var current = null;
      ids(container.getAttribute('data-active')).forEach(function (id) {
        var element = registry.get(id);
        if (element) {
          canvas.addMarker(id, 'ef-current');
          if (!current && element.type === 'bpmn:UserTask') {
            current = element;
          }
        }
      });
      if (container.clientWidth < NARROW && current) {
        canvas.zoom(0.8);
        canvas.scrollToElement(current, { top: 60, bottom: 60, left: 40, right: 40 });
      }
      else {
        canvas.zoom('fit-viewport', 'auto');
      }
      container.setAttribute('data-rendered', 'true');
      container.setAttribute('data-branches', withBranches ? 'shown' : 'folded');
    });
  }

  function zoomBy(factor) {
    var canvas = viewer.get('canvas');
    canvas.zoom(Math.max(0.2, Math.min(2.5, canvas.zoom() * factor)));
  }

  document.querySelectorAll('[data-diagram-zoom]').forEach(function (button) {
    button.addEventListener('click', function () {
      var how = button.getAttribute('data-diagram-zoom');
      if (how === 'fit') {
        viewer.get('canvas').zoom('fit-viewport', 'auto');
      }
      else {
        zoomBy(how === 'in' ? 1.25 : 0.8);
      }
    });
  });

  fetch(container.getAttribute('data-diagram-url'), {
    credentials: 'same-origin',
    headers: { Accept: 'application/xml' }
  }).then(function (response) {
    if (!response.ok) {
      throw new Error('diagram: HTTP ' + response.status);
    }
    return response.text();
  }).then(function (xml) {
    source = xml;
    if (toggle) {
      toggle.disabled = false;
      toggle.addEventListener('change', function () {
        show(toggle.checked).catch(failed);
      });
    }
    return show(toggle ? toggle.checked : false);
  }).catch(failed);
}());
