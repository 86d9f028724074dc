/*
 * The admin console's own behaviour, in a file (the staff pages allow no inline script).
 * Without JavaScript every page still works: the menu stays open and tables stay tables.
 */
document.documentElement.classList.add('js');

document.addEventListener('DOMContentLoaded', function () {
  'use strict';

  // On a phone the menu hides behind one button, so the page's own content comes first.
  var toggle = document.getElementById('menu-toggle');
  var nav = document.getElementById('admin-nav');
  if (toggle && nav) {
    toggle.hidden = false;
    var setOpen = function (open) {
      nav.classList.toggle('open', open);
      toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    };
    toggle.addEventListener('click', function () {
      var open = !nav.classList.contains('open');
      setOpen(open);
      if (open) {
        var first = nav.querySelector('a');
        if (first) { first.focus(); }
      }
    });
    nav.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && nav.classList.contains('open')) {
        setOpen(false);
        toggle.focus();
      }
    });
  }

  // The menu says where you are.
  Array.prototype.forEach.call(document.querySelectorAll('.admin-nav a'), function (link) {
    if (link.pathname === window.location.pathname && !link.target) {
      link.setAttribute('aria-current', 'page');
    }
  });

  // At phone width a table becomes a list of cards: each cell is labelled with its column.
  Array.prototype.forEach.call(document.querySelectorAll('table.table'), function (table) {
    var heads = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) {
      return th.textContent.trim();
    });
    if (!heads.length) { return; }
    table.classList.add('cards');
    Array.prototype.forEach.call(table.querySelectorAll('tbody tr, tfoot tr'), function (row) {
      Array.prototype.forEach.call(row.children, function (cell, i) {
        if (heads[i] && !cell.hasAttribute('data-label')) { cell.setAttribute('data-label', heads[i]); }
      });
    });
  });

  // A table wider than the screen scrolls sideways in its box: the box can be reached and
  // scrolled with the keyboard, and says which table it holds.
  Array.prototype.forEach.call(document.querySelectorAll('.table-wrap'), function (box) {
    if (box.hasAttribute('tabindex')) { return; }
    var table = box.querySelector('table');
    var caption = table && (table.caption || table.getAttribute('aria-label'));
    var heading = box.closest('section, .panel, main');
    heading = heading && heading.querySelector('h2, h1');
    box.setAttribute('tabindex', '0');
    box.setAttribute('role', 'region');
    box.setAttribute('aria-label', (caption && caption.textContent ? caption.textContent : caption)
        || (heading ? heading.textContent.trim() : document.title));
  });

  // A refused save: a section holding a field's message opens (a message inside a closed "more
  // options" went unseen), each such field is marked invalid for screen readers, the first is focused.
  var firstRefused = null;
  Array.prototype.forEach.call(document.querySelectorAll('.field-error'), function (error) {
    if (!error.textContent.trim()) { return; }
    var section = error.closest('details');
    if (section) { section.open = true; }
    var field = error.closest('.field');
    var input = field && field.querySelector('input:not([type=hidden]), select, textarea');
    if (input) {
      input.setAttribute('aria-invalid', 'true');
      // The message is read with the field, not only seen beside it.
      if (!error.id) { error.id = (input.id || 'field') + '-error'; }
      // Beside the field's hint, not instead of it (the reason's "required, at most 900 characters" was no longer read).
      var described = (input.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
      if (described.indexOf(error.id) < 0) { described.unshift(error.id); }
      input.setAttribute('aria-describedby', described.join(' '));
      firstRefused = firstRefused || input;
    }
  });
  if (firstRefused) {
    // After the editors are drawn: a rich text's own textarea is hidden, and the focus goes to its text box (it was
    // lost on the hidden textarea, and the page answered an empty article's save in silence).
    var refused = firstRefused;
    window.setTimeout(function () {
      var box = refused.closest('.field') && refused.closest('.field').querySelector('[role=textbox][contenteditable=true]');
      (box && (refused.hidden || refused.getClientRects().length === 0) ? box : refused).focus();
    }, 0);
  } else {
    // An action's outcome ("Đã đăng bài", "Đã cập nhật hồ sơ…"), drawn with the page that follows it: the focus goes
    // to it, so that a screen reader reads it (a live region present at load is mostly not announced).
    var messages = document.getElementById('messages');
    if (messages && messages.querySelector('li')) {
      // Each message is an item of its list (role=alert on an item took the item out of it: axe's "list").
      Array.prototype.forEach.call(messages.querySelectorAll('li[role=alert]'), function (item) { item.removeAttribute('role'); });
      messages.setAttribute('tabindex', '-1');
      messages.focus();
    }
  }

  // What was typed into a form whose post did not take comes back. The view had expired, the session had ended
  // (after logging in again), or the upload was too large to read: the page is loaded again with expired=1 or
  // tooLarge=1. Each post keeps the words typed into its form in this tab (sessionStorage) until the next page of the
  // console, which puts them back into the fields still as the server drew them, then forgets them. Only typed
  // words (no password, file or choice); the article editor keeps its own copy (data-keeps-own).
  var KEPT = 'portal.typed';
  var typedWords = function (field) {
    return !field.readOnly && !field.disabled && (field.tagName === 'TEXTAREA'
        || field.tagName === 'INPUT' && /^(text|email|tel|url|search|number|date)$/.test(field.type));
  };
  var thisPage = function () {
    var query = window.location.search.replace(/^\?/, '').split('&').filter(function (pair) {
      return pair && !/^(expired|tooLarge)=/.test(pair);
    }).join('&');
    return window.location.pathname + (query ? '?' + query : '');
  };
  // The pages before logging in (body "plain") neither put back nor keep: the login between a post and its page
  // again must not take the place of what was typed there.
  var consolePage = !document.body.classList.contains('plain');
  if (consolePage) {
    var kept = null;
    try {
      kept = JSON.parse(window.sessionStorage.getItem(KEPT));
      window.sessionStorage.removeItem(KEPT);
    } catch (ignored) { kept = null; }
    var notice = document.querySelector('p[data-restored]');
    if (kept && notice && kept.page === thisPage() && Date.now() - kept.at < 4 * 3600 * 1000) {
      var restored = 0;
      Object.keys(kept.fields || {}).forEach(function (id) {
        var field = document.getElementById(id);
        if (field && typedWords(field) && field.value === field.defaultValue && field.value !== kept.fields[id]) {
          field.value = kept.fields[id];
          restored++;
        }
      });
      if (restored) { notice.textContent += ' ' + notice.getAttribute('data-restored'); }
    }
  }
  document.addEventListener('submit', function (e) {
    var form = e.target;
    if (!consolePage || !form || form.method.toLowerCase() !== 'post' || form.hasAttribute('data-keeps-own')) { return; }
    var fields = {};
    Array.prototype.forEach.call(form.elements, function (field) {
      if (field.id && typedWords(field) && field.value !== field.defaultValue) {
        fields[field.id] = field.value;
      }
    });
    try {
      if (Object.keys(fields).length) {
        window.sessionStorage.setItem(KEPT, JSON.stringify({page: thisPage(), at: Date.now(), fields: fields}));
      } else {
        window.sessionStorage.removeItem(KEPT);
      }
    } catch (ignored) { /* no storage in this tab: the post goes on */ }
  }, true);

  // A button that destroys something asks first (data-confirm holds the question).
  Array.prototype.forEach.call(document.querySelectorAll('[data-confirm]'), function (button) {
    button.addEventListener('click', function (e) {
      if (!window.confirm(button.getAttribute('data-confirm'))) {
        e.preventDefault();
        e.stopImmediatePropagation();
      }
    });
  });
});
