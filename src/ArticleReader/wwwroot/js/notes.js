// Readers' notes on the reading page, loaded when the reader is signed in or the page shows notes. Without it the
// links between passages and notes still work, and signed-in readers get a "Note this paragraph" link instead.
(() => {
  'use strict';
  const sentences = [...document.querySelectorAll('.article-section span.s')];
  const newNote = `${location.pathname.replace(/\/$/, '')}/notes/new`;
  const add = document.createElement('a');
  add.className = 'sel-note';
  add.onmousedown = (e) => e.preventDefault();
  const el = (n) => (n.nodeType === 1 ? n : n.parentNode);

  // Shows the link for [start, end) below the rectangle b, after the paragraph's own links in the tab order.
  const offer = (start, end, label, paragraph, b) => {
    add.href = `${newNote}?start=${start}&end=${end}`;
    add.textContent = label;
    paragraph.append(add);
    add.style.top = add.style.left = 0;
    const z = add.getBoundingClientRect();
    add.style.top = `${b.bottom + 4 - z.top}px`;
    add.style.left = `${Math.min(b.left, innerWidth - z.width - 8) - z.left}px`;
  };

  // Selected text offers "Add note" for its source range: a point in a sentence is its data-start plus the text
  // before it (a sentence holds exactly its source text); a point outside one snaps to a sentence's edge.
  const at = (n, o, end) => {
    const r = document.createRange();
    r.setStart(n, o);
    const s = el(n).closest('span.s');
    if (s) {
      r.setStart(s, 0);
      r.setEnd(n, o);
      return +s.dataset.start + r.toString().length;
    }
    const t = end ? sentences.findLast((e) => r.comparePoint(e, e.childNodes.length) <= 0) : sentences.find((e) => r.comparePoint(e, 0) >= 0);
    return t ? +t.dataset[end ? 'end' : 'start'] : NaN;
  };
  let span = null; // the sentences chosen with the keyboard: [first, last] indexes
  document.addEventListener('selectionchange', () => {
    const sel = getSelection();
    const r = sel.rangeCount && sel.getRangeAt(0);
    const c = r && !r.collapsed && el(r.commonAncestorContainer);
    if (!c) {
      if (!span) add.remove();
      return;
    }
    const ok = c.closest('.article') && !c.closest('.margin-notes, form, .sidenote, .flag-note');
    const start = ok && at(r.startContainer, r.startOffset);
    const end = ok && at(r.endContainer, r.endOffset, 1);
    if (!(start < end)) {
      return add.remove();
    }
    span = null;
    const b = [...r.getClientRects()].pop() || r.getBoundingClientRect();
    offer(start, end, 'Add note', el(r.endContainer).closest('p') || c, { bottom: b.bottom, left: b.right });
  });

  // The keyboard: the text is one tab stop; arrows move between sentences, Shift+arrows extend the passage by a
  // sentence, and "Note this sentence" (or Enter) opens the form for it.
  const mark = () => {
    sentences.forEach((s, i) => s.classList.toggle('s-chosen', !!span && i >= span[0] && i <= span[1]));
    if (!span) {
      return add.remove();
    }
    const [first, last] = [sentences[span[0]], sentences[span[1]]];
    const n = span[1] - span[0] + 1;
    const b = last.getClientRects();
    const box = b[b.length - 1] || last.getBoundingClientRect();
    offer(first.dataset.start, last.dataset.end, n === 1 ? 'Note this sentence' : `Note these ${n} sentences`, last.closest('p'), box);
  };
  // One sentence at a time carries the tab stop (a roving tabindex). A focusable sentence would take the focus on
  // mouse down and lose a drag selection started in it, so the tab stop is taken away while a pointer is down.
  let current = sentences[0];
  const rove = (s) => {
    current?.removeAttribute('tabindex');
    current = s;
    current.tabIndex = 0;
  };
  if (current) rove(current);
  let keyboard = false;
  document.addEventListener('keydown', () => { keyboard = true; }, true);
  document.addEventListener('pointerdown', () => {
    keyboard = false;
    current?.removeAttribute('tabindex');
  }, true);
  const restore = () => { if (current) current.tabIndex = 0; };
  document.addEventListener('pointerup', restore, true);
  document.addEventListener('pointercancel', restore, true);
  sentences.forEach((s, i) => {
    s.addEventListener('focus', () => {
      // Only keyboard focus offers the note.
      if (!keyboard) {
        return;
      }
      if (!span || i < span[0] || i > span[1]) {
        span = [i, i];
      }
      mark();
    });
  });
  document.addEventListener('focusout', (e) => {
    // The window losing focus (another window, another tab) is not the reader leaving the sentences: keep the span.
    if (!document.hasFocus()) {
      return;
    }
    if (!e.relatedTarget || (!e.relatedTarget.closest('span.s') && e.relatedTarget !== add)) {
      span = null;
      mark();
    }
  });
  document.addEventListener('keydown', (e) => {
    const i = sentences.indexOf(document.activeElement);
    if (i < 0 || e.ctrlKey || e.metaKey || e.altKey) {
      return;
    }
    const d = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[e.key];
    if (e.key === 'Enter' && span) {
      e.preventDefault();
      location.assign(add.href);
    } else if (d && e.shiftKey && span) {
      e.preventDefault();
      const [a, b] = span;
      span = d > 0 ? [a, Math.min(b + 1, sentences.length - 1)] : [a, Math.max(b - 1, a)];
      mark();
    } else if (d && sentences[i + d]) {
      e.preventDefault();
      span = [i + d, i + d];
      rove(sentences[i + d]);
      sentences[i + d].focus();
    }
  });

  // Note links move the focus to their target; j and k move it to the next and previous note.
  const notes = [...document.querySelectorAll('.margin-note:not(.note-reply)')];
  document.querySelectorAll('.margin-note, .note-anchor').forEach((n) => { n.tabIndex = -1; });
  document.addEventListener('keydown', (e) => {
    const d = { j: 1, k: -1 }[e.key];
    if (d && !e.ctrlKey && !e.metaKey && !e.altKey && !e.target.closest('input, textarea, select, [contenteditable]')) {
      const i = notes.findIndex((n) => n.contains(document.activeElement));
      notes[i < 0 ? 0 : i + d]?.focus();
    }
  });

  // After saving, the page opens at the passage (#anchor-N); the note is brought into view only if it is not, and
  // "Saved" fades. An "Undo" after deleting goes when its time is up.
  const saved = document.querySelector('p.note-status');
  const id = /^#anchor-(\d+)$/.exec(location.hash)?.[1];
  const note = id && document.getElementById(`note-${id}`);
  if (note) {
    requestAnimationFrame(() => {
      if (!document.getElementById(`anchor-${id}`)) {
        note.scrollIntoView({ block: 'center' });
      } else {
        const r = note.getBoundingClientRect();
        if (r.top < 0 || r.bottom > innerHeight) note.scrollIntoView({ block: 'nearest' });
      }
      note.focus({ preventScroll: true });
    });
  }
  if (saved) setTimeout(() => saved.remove(), 4000);
  const undo = document.querySelector('form.note-status[data-expires]');
  if (undo) setTimeout(() => undo.remove(), +undo.dataset.expires);
})();
