/*
 * The page frame's menu on a phone (templates/layout.ftlh): the <details> that opens the
 * links without scripts becomes a real button with aria-expanded, which Escape closes.
 * Wider than a phone, the bar shows every link and the menu stays closed.
 */
(function () {
  'use strict';

  function init() {
    var header = document.querySelector('[data-menu]');
    if (!header) {
      return;
    }
    var button = header.querySelector('button.menu-button[aria-controls]');
    var fallback = header.querySelector('.menu-fallback');
    if (!button) {
      return;
    }
    var wasOpen = fallback !== null && fallback.open;
    if (fallback) {
      fallback.parentNode.removeChild(fallback);
    }
    button.hidden = false;

    function isOpen() {
      return button.getAttribute('aria-expanded') === 'true';
    }

    function show(open) {
      button.setAttribute('aria-expanded', open ? 'true' : 'false');
      header.classList.toggle('menu-open', open);
    }

    show(wasOpen);
    button.addEventListener('click', function () {
      show(!isOpen());
    });
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && isOpen()) {
        show(false);
        button.focus();
      }
    });
    var desk = window.matchMedia('(min-width: 641px)');
    var closeOnDesk = function () {
      if (desk.matches) {
        show(false);
      }
    };
    if (desk.addEventListener) {
      desk.addEventListener('change', closeOnDesk);
    }
    else if (desk.addListener) {
      desk.addListener(closeOnDesk);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  }
  else {
    init();
  }
})();
