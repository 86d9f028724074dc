/*
 * The rich-text editor of the admin console (Quill 2, static/vendor), and the article form's
 * helpers: photos uploaded (and resized on the server) as soon as they are chosen, pasted or
 * dropped; autosave; a copy of what is typed kept in this tab until it is saved; the phone-size
 * preview. Everything talks to the page's own JSF form (a partial request with the view state),
 * so the admin gate and the view state guard it like any post. Without JavaScript the form is a
 * plain one: the HTML textarea, the file inputs and the buttons still work.
 */
(function () {
  'use strict';

  // ---- a partial request to the page's JSF form --------------------------------------------

  /**
   * Posts the form as a JSF partial request: source is the command button to fire, execute the
   * ids to process, render the ids to answer. Resolves to { updates: {id: html} } or rejects
   * with 'expired' (the session is gone: the gate answered with a redirect to the login page)
   * or 'failed'.
   */
  function partial(form, source, execute, render, files) {
    var data = new FormData(form);
    Array.prototype.forEach.call(form.querySelectorAll('input[type=file]'), function (input) {
      data.delete(input.name);
    });
    Object.keys(files || {}).forEach(function (name) { data.set(name, files[name]); });
    data.set(source, source);
    data.set('jakarta.faces.source', source);
    data.set('jakarta.faces.partial.ajax', 'true');
    // Mojarra fires a command button of a partial request only for a click
    data.set('jakarta.faces.partial.event', 'click');
    data.set('jakarta.faces.partial.execute', [source].concat(execute).join(' '));
    data.set('jakarta.faces.partial.render', render.join(' '));
    return fetch(form.action, {
      method: 'POST', body: data, credentials: 'same-origin', redirect: 'manual',
      headers: { 'Faces-Request': 'partial/ajax' }
    }).then(function (response) {
      if (response.type === 'opaqueredirect' || response.status === 401 || response.status === 403) {
        throw new Error('expired');
      }
      if (!response.ok) {
        throw new Error('failed');
      }
      return response.text();
    }).then(function (text) {
      var xml = new DOMParser().parseFromString(text, 'application/xml');
      var root = xml.getElementsByTagName('partial-response')[0];
      if (!root) {
        throw new Error('expired');
      }
      if (root.getElementsByTagName('redirect').length) {
        // a view that expired is answered with a redirect to the page itself
        throw new Error('expired');
      }
      if (root.getElementsByTagName('error').length) {
        throw new Error('failed');
      }
      var updates = {};
      Array.prototype.forEach.call(root.getElementsByTagName('update'), function (update) {
        var id = update.getAttribute('id');
        if (id.indexOf('jakarta.faces.ViewState') >= 0) {
          var state = form.querySelector('input[name="jakarta.faces.ViewState"]');
          if (state) { state.value = update.textContent; }
        } else {
          updates[id] = update.textContent;
        }
      });
      return { updates: updates };
    });
  }

  /** The data-* attributes of the element {@code id} in a partial answer. */
  function answer(result, id) {
    var html = result.updates[id];
    if (html == null) { return {}; }
    var holder = document.createElement('template');
    holder.innerHTML = html;
    var element = holder.content.querySelector('[data-state]');
    return element ? element.dataset : {};
  }

  // ---- the editor ----------------------------------------------------------------------------

  /** Tab leaves the editor (Quill would type a tab character: a keyboard trap). */
  var LEAVE_ON_TAB = {
    tab: { key: 'Tab', handler: function () { return true; } },
    'indent': { key: 'Tab', format: ['blockquote', 'indent', 'list'], handler: function () { return true; } },
    'outdent': { key: 'Tab', shiftKey: true, format: ['blockquote', 'indent', 'list'], handler: function () { return true; } },
    'indent code-block': null,
    'outdent code-block': null
  };

  function semanticHtml(quill) {
    if (quill.getLength() <= 1) { return ''; }
    // Quill 2.0.3 writes every space as &nbsp;, which would keep lines from wrapping on a phone
    return quill.getSemanticHTML().replace(/&nbsp;/g, ' ');
  }

  /** A toolbar of buttons that Tab enters once and the arrow keys move through (WAI-ARIA toolbar). */
  function rovingToolbar(toolbar) {
    var buttons = Array.prototype.slice.call(toolbar.querySelectorAll('button'));
    buttons.forEach(function (b, i) { b.tabIndex = i === 0 ? 0 : -1; });
    toolbar.addEventListener('keydown', function (e) {
      var at = buttons.indexOf(document.activeElement);
      if (at < 0) { return; }
      var next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: buttons.length - 1 }[e.key];
      if (next === undefined) { return; }
      e.preventDefault();
      next = (next + buttons.length) % buttons.length;
      buttons[at].tabIndex = -1;
      buttons[next].tabIndex = 0;
      buttons[next].focus();
    });
  }

  /** The link box Quill shows: labelled, in Vietnamese, its two commands reachable by keyboard. */
  function labelTooltip(quill, container) {
    var tooltip = quill.theme && quill.theme.tooltip;
    if (!tooltip || !tooltip.root) { return; }
    var input = tooltip.root.querySelector('input[type=text]');
    if (input) {
      input.setAttribute('aria-label', container.dataset.linkLabel || 'URL');
      input.dataset.link = 'https://';
    }
    [['a.ql-action', container.dataset.linkSave], ['a.ql-remove', container.dataset.linkRemove]].forEach(function (pair) {
      var command = tooltip.root.querySelector(pair[0]);
      if (!command) { return; }
      command.setAttribute('role', 'button');
      command.setAttribute('tabindex', '0');
      command.setAttribute('aria-label', pair[1] || '');
      command.addEventListener('keydown', function (e) {
        if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); command.click(); }
      });
    });
  }

  function initEditor(container) {
    var textarea = document.getElementById(container.dataset.richFor);
    var toolbar = container.querySelector('.rich-toolbar');
    if (!textarea || !toolbar || typeof Quill === 'undefined') { return null; }
    if (/<table[\s>]/i.test(textarea.value)) {
      // Quill would flatten a table into paragraphs: such a text stays in its HTML box
      var note = document.createElement('p');
      note.className = 'hint';
      note.textContent = container.dataset.rawNote || '';
      container.appendChild(note);
      return null;
    }
    var area = document.createElement('div');
    area.className = 'rich-area';
    container.appendChild(area);
    toolbar.hidden = false;
    var photos = container.dataset.photoUpload ? photoUploader(container) : null;
    var quill = new Quill(area, {
      theme: 'snow',
      // what the sanitiser keeps (classes and styles are not kept, so no alignment, colours, fonts)
      formats: ['header', 'bold', 'italic', 'underline', 'strike', 'script', 'code', 'list', 'blockquote', 'link', 'image'],
      modules: {
        toolbar: {
          container: toolbar,
          handlers: {
            image: function () { if (photos) { photos.choose(this.quill); } }
          }
        },
        keyboard: { bindings: LEAVE_ON_TAB },
        uploader: {
          mimetypes: ['image/png', 'image/jpeg', 'image/gif'],
          handler: function (range, files) { if (photos) { photos.insert(this.quill, range, files); } }
        }
      }
    });
    if (textarea.value) {
      quill.setContents(quill.clipboard.convert({ html: textarea.value }), 'silent');
    }
    var root = quill.root;
    var label = document.querySelector('label[for="' + textarea.id + '"]');
    if (label) {
      if (!label.id) { label.id = textarea.id + '-label'; }
      root.setAttribute('aria-labelledby', label.id);
      label.addEventListener('click', function () { quill.focus(); });
    }
    root.setAttribute('role', 'textbox');
    root.setAttribute('aria-multiline', 'true');
    if (textarea.getAttribute('aria-describedby')) {
      root.setAttribute('aria-describedby', textarea.getAttribute('aria-describedby'));
    }
    if (textarea.getAttribute('aria-invalid') === 'true' || container.parentNode.querySelector('.field-error')) {
      root.setAttribute('aria-invalid', 'true');
    }
    textarea.hidden = true;
    rovingToolbar(toolbar);
    labelTooltip(quill, container);
    quill.on('text-change', function () {
      textarea.value = semanticHtml(quill);
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
    });
    container.quill = quill;
    pastedFromWord(quill, container, textarea, toolbar, area, photos);
    return quill;
  }

  // ---- pasted from Word: tables kept (in the HTML box), embedded photos uploaded, lost ones said --

  /** What the sanitiser keeps of pasted HTML: these elements, their text, links, and cells' spans. */
  var KEPT = ['P', 'BR', 'B', 'STRONG', 'I', 'EM', 'U', 'S', 'SUB', 'SUP', 'UL', 'OL', 'LI', 'H2', 'H3', 'H4',
    'BLOCKQUOTE', 'A', 'TABLE', 'CAPTION', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TH', 'TD'];

  /** Pasted HTML without Word's styles, classes, comments and list markers: what a reader of the HTML box can follow. */
  function plainHtml(html) {
    var parsed = new DOMParser().parseFromString(html, 'text/html');
    function copy(from, into) {
      Array.prototype.forEach.call(from.childNodes, function (node) {
        if (node.nodeType === 3) {
          into.appendChild(document.createTextNode(node.nodeValue.replace(/\s+/g, ' ')));
        } else if (node.nodeType === 1 && !/^(STYLE|SCRIPT|META|LINK|TITLE|XML|IMG)$/.test(node.tagName)) {
          if (KEPT.indexOf(node.tagName) < 0) { copy(node, into); return; } // a span, a font, a div: its content only
          var kept = document.createElement(node.tagName);
          ['colspan', 'rowspan', 'href'].forEach(function (name) {
            if (node.hasAttribute(name)) { kept.setAttribute(name, node.getAttribute(name)); }
          });
          copy(node, kept);
          into.appendChild(kept);
        }
      });
    }
    var out = document.createElement('div');
    copy(parsed.body, out);
    return out.innerHTML.replace(/(<\/(p|tr|table|li|ul|ol|h\d)>)/g, '$1\n');
  }

  function pastedFromWord(quill, container, textarea, toolbar, area, photos) {
    var notice = null;
    function tell(text) {
      if (!text) { return; }
      if (!notice) {
        notice = document.createElement('p');
        notice.className = 'notice';
        notice.setAttribute('role', 'status');
        container.appendChild(notice);
      }
      notice.textContent = text;
    }

    // A table: Quill would flatten it into lines, so the text goes on in its HTML box, which keeps it.
    quill.root.addEventListener('paste', function (e) {
      var html = e.clipboardData ? e.clipboardData.getData('text/html') : '';
      if (!/<table[\s>]/i.test(html)) { return; }
      e.preventDefault();
      e.stopImmediatePropagation();
      var range = quill.getSelection(true);
      var mark = '\u2063\u2063';
      quill.insertText(range ? range.index : quill.getLength() - 1, mark, 'silent');
      var before = semanticHtml(quill);
      var cleaned = plainHtml(html);
      textarea.value = before.indexOf('<p>' + mark + '</p>') >= 0 ? before.replace('<p>' + mark + '</p>', cleaned)
        : before.replace(mark, cleaned);
      area.remove();
      toolbar.hidden = true;
      textarea.hidden = false;
      container.quill = null;
      tell(container.dataset.rawNote);
      if (/<img[\s>]/i.test(html)) { tell(container.dataset.rawNote + ' ' + (container.dataset.pasteImagesLost || '')); }
      textarea.focus();
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
    }, true);

    // Photos: one embedded in the pasted text (data:) goes up like a chosen one; one that only lives on
    // the writer's computer (file:, which Quill turns into "//:0") cannot, and is taken out, with a word.
    function adopt() {
      var lost = false;
      Array.prototype.forEach.call(quill.root.querySelectorAll('img'), function (img) {
        var src = img.getAttribute('src') || '';
        var embedded = /^data:image\/(png|jpeg|gif);base64,/i.exec(src);
        if (embedded && photos && !img.dataset.adopting) {
          img.dataset.adopting = '1';
          var bytes = atob(src.slice(src.indexOf(',') + 1));
          var buffer = new Uint8Array(bytes.length);
          for (var i = 0; i < bytes.length; i++) { buffer[i] = bytes.charCodeAt(i); }
          var file = new File([buffer], 'anh-dan.' + embedded[1].toLowerCase().replace('jpeg', 'jpg'), { type: 'image/' + embedded[1].toLowerCase() });
          photos.upload(file, 'inline').then(function (data) { replace(img, data.url); }, function () { replace(img, null); });
        } else if (!embedded && (src === '//:0' || /^(file|blob|cid):/i.test(src)) || embedded && !photos) {
          replace(img, null);
          lost = true;
        }
      });
      if (lost) { tell(container.dataset.pasteImagesLost); }
    }
    function replace(img, url) {
      var blot = Quill.find(img);
      if (!blot || blot === quill) { return; }
      var at = quill.getIndex(blot);
      quill.deleteText(at, 1, 'user');
      if (url) { quill.insertEmbed(at, 'image', url, 'user'); }
    }
    quill.on('text-change', function (delta, old, source) {
      var foreign = Array.prototype.some.call(quill.root.querySelectorAll('img'), function (img) {
        return /^(data|file|blob|cid):|^\/\/:0$/i.test(img.getAttribute('src') || '') && !img.dataset.adopting;
      });
      if (source === 'user' && foreign) { setTimeout(adopt, 0); }
    });
  }

  // ---- photos: chosen, pasted or dropped; uploaded at once ---------------------------------

  /** Uploads under way: a submit waits for them, so a photo is never sent twice or lost. */
  var pending = [];

  function photoUploader(container) {
    var form = container.closest('form');
    var limit = Number(container.dataset.photoLimit || 0);
    var status = document.getElementById(container.dataset.photoStatus);
    var picker = document.getElementById(container.dataset.photoInput);

    function sayAt(text, error, where) {
      var target = where || status;
      if (!target) { return; }
      target.textContent = text || '';
      target.classList.toggle('field-error', !!error);
    }

    /**
     * Uploads one photo; resolves to {url, thumb, media} or rejects with a message already shown: the cover's next to
     * the cover's field (on a phone the text's status, below the editor, was out of view: nothing seemed to happen).
     */
    function upload(file, purpose) {
      var near = purpose === 'cover' ? document.getElementById('cover-status') : null;
      var say = function (text, error) { sayAt(text, error, near); };
      if (limit && file.size > limit) {
        say(container.dataset.photoTooLarge, true);
        return Promise.reject(new Error('too large'));
      }
      say(container.dataset.photoUploading, false);
      var files = {};
      files[picker.name] = file;
      var source = purpose === 'cover' ? container.dataset.coverUpload : container.dataset.photoUpload;
      var sent = partial(form, source, [picker.id], [container.dataset.photoResult], files);
      pending.push(sent);
      sent.then(done, done);
      function done() { pending.splice(pending.indexOf(sent), 1); }
      return sent.then(function (result) {
        var data = answer(result, container.dataset.photoResult);
        if (data.error || !data.url) {
          say(data.error || container.dataset.photoFailed, true);
          throw new Error('refused');
        }
        say(container.dataset.photoDone, false);
        return data;
      }, function (error) {
        if (error.message === 'expired') {
          document.dispatchEvent(new CustomEvent('portal:expired'));
        } else {
          say(container.dataset.photoFailed, true);
        }
        throw error;
      });
    }

    /** Asks for a short description of the photo just inserted: its alt text for blind readers. */
    function describe(quill, image) {
      image.setAttribute('alt', '');
      var box = document.getElementById('photo-alt');
      if (!box) { return; }
      var input = box.querySelector('input');
      var finish = box.querySelector('button');
      var textarea = document.getElementById(container.dataset.richFor);
      input.value = '';
      box.hidden = false;
      input.focus();
      function apply() {
        image.setAttribute('alt', input.value.trim());
        quill.update('user');
        textarea.value = semanticHtml(quill);
        textarea.dispatchEvent(new Event('input', { bubbles: true }));
      }
      function close() {
        apply();
        box.hidden = true;
        input.oninput = null;
        input.onkeydown = null;
        finish.onclick = null;
        quill.focus();
      }
      input.oninput = apply;
      input.onkeydown = function (e) {
        if (e.key === 'Enter') { e.preventDefault(); close(); }
      };
      finish.onclick = close;
    }

    function insert(quill, range, files) {
      var at = range ? range.index : quill.getLength();
      Array.prototype.reduce.call(files, function (chain, file) {
        return chain.then(function () {
          return upload(file, 'inline').then(function (data) {
            quill.insertEmbed(at, 'image', data.url, 'user');
            quill.setSelection(at + 1, 0, 'user');
            at += 1;
            var images = quill.root.querySelectorAll('img[src="' + data.url + '"]');
            if (images.length) { describe(quill, images[images.length - 1]); }
          }, function () { return null; });
        });
      }, Promise.resolve());
    }

    return {
      upload: upload,
      insert: insert,
      choose: function (quill) {
        var range = quill.getSelection(true);
        picker.onchange = null;
        picker.addEventListener('change', function chosen() {
          picker.removeEventListener('change', chosen);
          if (picker.files.length) { insert(quill, range, picker.files); }
          picker.value = '';
        });
        picker.click();
      }
    };
  }

  // ---- the article form: cover photo, autosave, the copy in this tab, preview ---------------

  /**
   * A new article's form, reached again with Back after its first save created the article: opens
   * that article instead, so a second save does not create a copy. Each new form's place in the
   * history is marked (history.state); its save, when it creates an article, records the address.
   */
  function reopenCreated(form) {
    var made;
    try { made = JSON.parse(sessionStorage.getItem('portal.article.made') || '{}'); } catch (e) { made = {}; }
    if (form.dataset.created === 'true') {
      var making = sessionStorage.getItem('portal.article.making');
      if (making) {
        made[making] = location.href;
        sessionStorage.setItem('portal.article.made', JSON.stringify(made));
        sessionStorage.removeItem('portal.article.making');
      }
      return false;
    }
    if (!/\|new$/.test(form.dataset.draftKey || '')) { return false; }
    var mark = history.state && history.state.newArticle;
    if (mark && made[mark]) {
      location.replace(made[mark]);
      return true;
    }
    if (!mark) {
      mark = Date.now().toString(36) + Math.random().toString(36).slice(2);
      history.replaceState({ newArticle: mark }, '');
    }
    form.addEventListener('submit', function () {
      try { sessionStorage.setItem('portal.article.making', mark); } catch (e) { /* storage off: as before */ }
    });
    return false;
  }

  function articleForm(form) {
    if (reopenCreated(form)) { return; }
    var container = form.querySelector('[data-rich-for]');
    var quill = container && container.quill;
    if (form.dataset.readonly === 'true') {
      // A published article this person may read but not change: nothing can be typed that would go nowhere.
      if (quill) { quill.disable(); }
      Array.prototype.forEach.call(form.querySelectorAll('input:not([type=hidden]), textarea, select'), function (field) {
        if (field.tagName === 'SELECT' || field.type === 'file' || field.type === 'checkbox') {
          field.disabled = true;
        } else {
          field.readOnly = true;
        }
      });
      return;
    }
    var box = document.getElementById('autosave-state');
    var fields = (form.dataset.draftFields || '').split(' ').filter(Boolean);
    var key = 'portal.article:' + form.dataset.draftKey;
    var dirty = false;
    var expired = false;
    var saving = null;
    var messages = form.dataset;

    function show(text, kind) {
      if (!box) { return; }
      box.textContent = text;
      box.className = 'autosave-state' + (kind ? ' ' + kind : '');
    }

    function values() {
      var out = {};
      fields.forEach(function (id) {
        var input = document.getElementById(id);
        if (input) { out[id] = input.value; }
      });
      return out;
    }

    function fill(stored) {
      fields.forEach(function (id) {
        var input = document.getElementById(id);
        if (!input || stored[id] === undefined) { return; }
        input.value = stored[id];
        if (quill && id === container.dataset.richFor) {
          quill.setContents(quill.clipboard.convert({ html: stored[id] }), 'silent');
        }
      });
    }

    function keep() {
      try {
        var copy = values();
        copy.at = Date.now();
        sessionStorage.setItem(key, JSON.stringify(copy));
      } catch (e) { /* storage full or off: the server's autosave still runs */ }
    }

    function clock(ms) {
      var d = new Date(ms);
      return ('0' + d.getHours()).slice(-2) + ':' + ('0' + d.getMinutes()).slice(-2);
    }

    var leaving = false;

    function autosave() {
      if (!dirty || expired || leaving) { return saving || Promise.resolve(); }
      if (saving) { return saving; }
      dirty = false;
      show(messages.saving, '');
      saving = partial(form, form.dataset.autosave, fields, [form.dataset.autosaveResult]).then(function (result) {
        var data = answer(result, form.dataset.autosaveResult);
        if (data.error) {
          show(data.error, 'error');
        } else {
          show(messages.savedAt.replace('{0}', data.savedAt || clock(Date.now())), 'ok');
        }
      }, function (error) {
        dirty = true;
        if (error.message === 'expired') {
          document.dispatchEvent(new CustomEvent('portal:expired'));
        } else {
          show(messages.offline, 'error');
        }
      }).then(function () { saving = null; });
      return saving;
    }

    document.addEventListener('portal:expired', function () {
      expired = true;
      keep();
      var notice = document.getElementById('session-expired');
      if (notice) {
        notice.hidden = false;
        notice.focus();
      }
      show(messages.expired, 'error');
    });

    // What is typed is kept in this tab at once, and on the server every few seconds.
    var keepSoon = null;
    form.addEventListener('input', function (e) {
      if (e.target && e.target.type === 'file') { return; }
      dirty = true;
      leaving = false; // typing again: the page stayed (a post that did not leave it)
      clearTimeout(keepSoon);
      keepSoon = setTimeout(keep, 500);
    });
    form.addEventListener('change', function (e) {
      if (e.target && e.target.type !== 'file') { dirty = true; keep(); }
    });
    setInterval(autosave, Number(form.dataset.autosaveSeconds || 15) * 1000);
    // a phone that switches to the camera or another app may never come back to this page
    document.addEventListener('visibilitychange', function () {
      if (document.visibilityState === 'hidden') { keep(); autosave(); }
    });

    // After a save the copy is not needed; otherwise what was typed and not saved comes back.
    if (form.dataset.saved === 'true') {
      sessionStorage.removeItem(key);
      if (form.dataset.created === 'true') {
        // a new article's typing was kept under "new" until its first save created it
        sessionStorage.removeItem(key.replace(/\|[^|]*$/, '|new'));
      }
    } else {
      var stored = null;
      try { stored = JSON.parse(sessionStorage.getItem(key) || 'null'); } catch (e) { stored = null; }
      var now = values();
      // A copy typed on an older version of the article (saved by someone since) is not put over it.
      var stale = stored && form.dataset.versionField && stored[form.dataset.versionField] !== undefined
          && stored[form.dataset.versionField] !== now[form.dataset.versionField];
      var differs = stored && !stale && fields.some(function (id) {
        return stored[id] !== undefined && stored[id] !== now[id] && id !== form.dataset.versionField;
      });
      if (differs) {
        fill(stored);
        dirty = true;
        var restored = document.getElementById('restored-here');
        if (restored) {
          restored.querySelector('.when').textContent = clock(stored.at);
          restored.hidden = false;
          restored.querySelector('button').addEventListener('click', function () {
            fill(now);
            sessionStorage.removeItem(key);
            restored.hidden = true;
            dirty = false;
          });
        }
      } else if (stored) {
        sessionStorage.removeItem(key);
      }
    }

    // Leaving for the login page or submitting: keep the copy, and refuse a post that would be lost.
    form.addEventListener('submit', function (e) {
      keep();
      // The form itself now carries what is typed: no autosave on the way out (the page hides as it
      // unloads), which would reach the server after the save and stand there as an unsaved copy.
      setTimeout(function () { leaving = !e.defaultPrevented; }, 0);
      if (expired) {
        e.preventDefault();
        var notice = document.getElementById('session-expired');
        if (notice) { notice.hidden = false; notice.focus(); }
      } else if (pending.length) {
        // a photo is still going up: send the form once it is there
        e.preventDefault();
        var submitter = e.submitter;
        show(messages.waitingPhoto || '', '');
        Promise.all(pending.map(function (p) { return p.catch(function () { return null; }); })).then(function () {
          // after every reaction to the upload has run (the cover's id is in the form by then)
          setTimeout(function () {
            form.requestSubmit(submitter && submitter.form === form ? submitter : undefined);
          }, 0);
        });
      }
    });

    // The cover photo goes up as soon as it is chosen; the form then carries its id only.
    var cover = document.getElementById(form.dataset.coverInput);
    var photos = container && container.dataset.photoUpload ? photoUploader(container) : null;
    if (cover && photos) {
      cover.addEventListener('change', function () {
        if (!cover.files.length) { return; }
        photos.upload(cover.files[0], 'cover').then(function (data) {
          document.getElementById(form.dataset.coverField).value = data.media;
          var preview = document.getElementById('cover-preview');
          if (preview) {
            preview.src = data.thumb;
            preview.hidden = false;
          }
          cover.value = '';
          dirty = true;
          keep();
          autosave();
        }, function () { cover.value = ''; });
      });
    }

    // The preview: the page as the public will see it, at phone width, from the latest autosave.
    var open = document.getElementById('preview-open');
    var dialog = document.getElementById('preview');
    if (open && dialog && typeof dialog.showModal === 'function') {
      var frame = dialog.querySelector('iframe');
      open.addEventListener('click', function (e) {
        e.preventDefault();
        // What was typed is saved first (an autosave); opening the preview alone writes nothing (it made a copy
        // that was opened later over the writer's newer text).
        autosave().then(function () {
          if (expired) { return; }
          frame.src = open.getAttribute('href') + (open.getAttribute('href').indexOf('?') < 0 ? '?' : '&') + 't=' + Date.now();
          dialog.showModal();
        });
      });
      dialog.querySelector('.preview-close').addEventListener('click', function () {
        dialog.close();
        open.focus();
      });
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    var conflict = document.getElementById('conflict');
    if (conflict) { conflict.focus(); }
    Array.prototype.forEach.call(document.querySelectorAll('[data-rich-for]'), initEditor);
    Array.prototype.forEach.call(document.querySelectorAll('form[data-draft-key]'), articleForm);
  });
}());
