// Readers' notes on the reading page, loaded when the reader is signed in or the page shows notes. Without it the
// paragraph "Add note" links and the links between passages and notes still work.
(() => {
  'use strict';
  // Selected text offers "Add note" for its source range: a point in a sentence is its data-start plus the text
  // before it (a sentence holds exactly its source text); a point outside one snaps to a sentence's edge.
  const form = document.querySelector('a.add-note');
  const sentences = [...document.querySelectorAll('span.s')];
  const add = document.createElement('a');
  add.className = 'sel-note';
  add.textContent = 'Add note';
  add.onmousedown = (e) => e.preventDefault();
  const el = (n) => (n.nodeType === 1 ? n : n.parentNode);
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
  document.addEventListener('selectionchange', () => {
    const sel = getSelection();
    const r = sel.rangeCount && sel.getRangeAt(0);
    const c = r && !r.collapsed && el(r.commonAncestorContainer);
    const ok = form && c && c.closest('.article') && !c.closest('.margin-notes, form');
    const start = ok && at(r.startContainer, r.startOffset);
    const end = ok && at(r.endContainer, r.endOffset, 1);
    if (!(start < end)) {
      return add.remove();
    }
    add.href = `${form.pathname}?start=${start}&end=${end}`;
    // After the paragraph's links in tab order, shown below the selection's end.
    (el(r.endContainer).closest('p') || c).append(add);
    const b = [...r.getClientRects()].pop() || r.getBoundingClientRect();
    add.style.top = add.style.left = 0;
    const z = add.getBoundingClientRect();
    add.style.top = `${b.bottom + 4 - z.top}px`;
    add.style.left = `${Math.min(b.right, innerWidth - z.width - 8) - z.left}px`;
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
})();
