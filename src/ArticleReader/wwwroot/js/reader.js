// Enhancements for the reading and claim pages. The pages work without this script: mention links lead to entity
// pages, notes open with their toggles, permalinks are plain links. With it, mentions and note numbers show a card
// on hover and on keyboard focus (Escape closes it), and permalinks get a copy button.
(() => {
    'use strict';

    const triggers = 'a.mention[aria-describedby], .fnref a[href^="#fn-"]';

    // One card, filled from content already in the page: the glossary entry a mention is described by, or the note
    // a reference points to. No request is made.
    const card = document.createElement('div');
    card.className = 'hovercard';
    card.setAttribute('role', 'tooltip');
    card.hidden = true;
    document.body.append(card);

    let anchor = null;
    let dismissed = null;
    let hideTimer = 0;

    // No card opens while a selection is being dragged or is held: it would catch the pointer and the selection.
    let dragging = false;
    document.addEventListener('pointerdown', (event) => {
        dragging = event.button === 0 && !card.contains(event.target);
        if (dragging) {
            hide();
        }
    });
    document.addEventListener('pointerup', () => { dragging = false; });
    const selecting = () => dragging || !document.getSelection().isCollapsed;

    // A link to a glossary entry opens the collapsed glossary first (Chromium does it itself, not every browser does).
    const openTarget = () => {
        const target = location.hash.length > 1 ? document.getElementById(location.hash.slice(1)) : null;
        const closed = target && target.closest('details:not([open])');
        if (closed) {
            closed.open = true;
            target.scrollIntoView();
        }
    };
    window.addEventListener('hashchange', openTarget);
    openTarget();

    const sourceOf = (trigger) => document.getElementById(
        trigger.classList.contains('mention') ? trigger.getAttribute('aria-describedby') : trigger.hash.slice(1));

    function show(trigger) {
        clearTimeout(hideTimer);
        if (trigger === dismissed || (trigger === anchor && !card.hidden)) {
            return;
        }

        const source = sourceOf(trigger);
        if (!source) {
            return;
        }

        const copy = source.cloneNode(true);
        // Copies must not repeat ids, and a copied button would have no handler.
        copy.querySelectorAll('[id]').forEach((node) => node.removeAttribute('id'));
        copy.querySelectorAll('button').forEach((node) => node.remove());
        card.replaceChildren(...copy.childNodes);
        card.hidden = false;
        anchor = trigger;
        place(trigger);
    }

    function place(trigger) {
        const box = trigger.getBoundingClientRect();
        const margin = 8;
        const width = card.offsetWidth;
        const height = card.offsetHeight;
        const left = Math.max(margin, Math.min(box.left, window.innerWidth - width - margin));
        const below = box.bottom + 6;
        const top = below + height > window.innerHeight - margin && box.top - height - 6 > margin ? box.top - height - 6 : below;
        card.style.left = `${left + window.scrollX}px`;
        card.style.top = `${top + window.scrollY}px`;
    }

    function hide() {
        clearTimeout(hideTimer);
        card.hidden = true;
        anchor = null;
    }

    // A short delay lets the pointer cross from the trigger to the card, so the card can be hovered and its links used.
    function hideSoon() {
        clearTimeout(hideTimer);
        hideTimer = setTimeout(hide, 300);
    }

    const within = (node) => node instanceof Node && ((anchor && anchor.contains(node)) || card.contains(node));

    document.addEventListener('mouseover', (event) => {
        const trigger = event.target instanceof Element ? event.target.closest(triggers) : null;
        if (trigger && !selecting()) {
            show(trigger);
        } else if (card.contains(event.target)) {
            clearTimeout(hideTimer);
        }
    });

    document.addEventListener('mouseout', (event) => {
        if (dismissed && dismissed.contains(event.target) && !dismissed.contains(event.relatedTarget)) {
            dismissed = null;
        }

        if (anchor && within(event.target) && !within(event.relatedTarget)) {
            hideSoon();
        }
    });

    document.addEventListener('focusin', (event) => {
        const trigger = event.target instanceof Element ? event.target.closest(triggers) : null;
        if (trigger) {
            show(trigger);
        } else if (!card.contains(event.target)) {
            hide();
        }
    });

    document.addEventListener('focusout', (event) => {
        if (event.target === dismissed) {
            dismissed = null;
        }

        if (event.target === anchor && !within(event.relatedTarget)) {
            hideSoon();
        }
    });

    document.addEventListener('keydown', (event) => {
        if (event.key === 'Escape' && !card.hidden) {
            dismissed = anchor;
            hide();
        }
    });

    window.addEventListener('resize', hide);

    // Copy buttons beside permalinks. The Clipboard API needs a secure context; elsewhere a hidden text area and
    // execCommand do it, and failing that a prompt shows the link, selected, to copy by hand (works on touch).
    const status = document.createElement('p');
    status.className = 'vh';
    status.setAttribute('role', 'status');
    document.body.append(status);

    function copyWithSelection(text) {
        const area = document.createElement('textarea');
        area.value = text;
        area.setAttribute('readonly', '');
        area.className = 'vh';
        document.body.append(area);
        area.select();
        let copied = false;
        try {
            copied = document.execCommand('copy');
        } catch {
            copied = false;
        }

        area.remove();
        return copied;
    }

    async function copy(url, button) {
        let copied;
        try {
            await navigator.clipboard.writeText(url);
            copied = true;
        } catch {
            copied = copyWithSelection(url);
        }

        if (!copied) {
            window.prompt('Copy this link:', url);
            return;
        }

        status.textContent = 'Link copied';
        button.textContent = 'copied';
        setTimeout(() => {
            button.textContent = 'copy link';
            status.textContent = '';
        }, 2000);
    }

    for (const link of document.querySelectorAll('a.permalink')) {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'copy-link';
        button.textContent = 'copy link';
        const note = link.closest('.sidenote');
        button.setAttribute('aria-label', note ? `Copy link to note ${note.id.slice(3)}` : 'Copy link to this claim');
        button.addEventListener('click', () => copy(link.href, button));
        link.after(button);
    }

    // The layer control: a change is remembered in the layers cookie (the server reads it) and applied at once.
    const layerForm = document.querySelector('.layer-control form');
    if (layerForm) {
        layerForm.querySelector('button[type="submit"]').hidden = true;
        layerForm.addEventListener('change', () => {
            const names = [...layerForm.querySelectorAll('input[type="checkbox"]:checked')].map((box) => box.value);
            document.cookie = `layers=${encodeURIComponent(names.length ? names.join(',') : 'none')}; path=/; max-age=31536000; samesite=lax`;
            const url = new URL(location.href);
            url.searchParams.delete('layers');
            url.searchParams.delete('remember');
            location.assign(url.pathname + url.search + url.hash);
        });
    }

    // Margin notes at 1200 px and wider: each note's top level with its line. Notes are placed in text order; when
    // one would be pushed more than `slack` below its line, the notes pushing it are shortened to a line with a
    // "more" toggle (claim and flag notes before readers' notes); when even that is not enough it joins their
    // collapsed stack. The article is made tall enough to hold the last note, so notes never run into what follows.
    const article = document.querySelector('.with-sidenotes .article');
    if (article) {
        const wide = window.matchMedia('(min-width: 1200px)');
        const slack = 24;
        const gap = 6;
        const notes = [
            ...[...article.querySelectorAll('.sidenote')].map((note) => ({ note, ref: note.parentElement.querySelector(`#fnref-${note.id.slice(3)}`) || note.previousElementSibling, reader: false })),
            ...[...article.querySelectorAll('.flag-note')].map((note) => ({ note, ref: note.previousElementSibling, reader: false })),
            ...[...article.querySelectorAll('.article-section .margin-notes > .margin-note')].map((note) => ({ note, ref: document.getElementById(`anchor-${note.id.slice(5)}`) || note.parentElement.previousElementSibling, reader: true })),
        ].filter((n) => n.ref);
        const opened = new Set();

        const more = (item) => {
            let button = item.note.querySelector(':scope > .note-more');
            if (!button) {
                button = document.createElement('button');
                button.type = 'button';
                button.className = 'note-more';
                button.textContent = 'more';
                button.addEventListener('click', () => {
                    if (opened.has(item.note)) {
                        opened.delete(item.note);
                    } else {
                        opened.add(item.note);
                    }
                    layout();
                    button.focus();
                });
                item.note.prepend(button);
            }
            return button;
        };

        const top = (element, base) => (element.getClientRects()[0] || element.getBoundingClientRect()).top - base;

        function layout() {
            const on = wide.matches;
            document.body.classList.toggle('js-margin', on);
            article.style.paddingBottom = '';
            for (const item of notes) {
                item.note.classList.remove('collapsed', 'stacked');
                item.note.removeAttribute('data-stack');
                item.note.style.top = '';
            }
            if (!on) {
                notes.forEach((item) => item.note.querySelector(':scope > .note-more')?.remove());
                return;
            }

            const base = article.getBoundingClientRect().top;
            for (const item of notes) {
                item.want = top(item.ref, base);
                item.full = item.note.offsetHeight;
                item.collapsed = false;
                item.stacked = false;
            }
            notes.sort((a, b) => a.want - b.want || Number(b.reader) - Number(a.reader));
            const line = parseFloat(getComputedStyle(article.querySelector('.sidenote, .margin-note') || article).lineHeight) || 20;
            const height = (item) => (item.collapsed ? Math.min(item.full, line + 2) : item.full);

            // Greedy placement; each time a note is pushed too far, shorten one note of the chain that pushes it.
            for (let guard = 0; guard <= notes.length * 2; guard++) {
                let bottom = -Infinity;
                let chain = 0;
                let changed = false;
                for (let i = 0; i < notes.length; i++) {
                    const item = notes[i];
                    if (item.want >= bottom + gap) {
                        chain = i;
                    }
                    item.y = Math.max(item.want, bottom + gap);
                    if (item.y - item.want > slack && !item.stacked) {
                        const pushers = notes.slice(chain, i).reverse().filter((p) => !p.collapsed && !opened.has(p.note));
                        const victim = pushers.find((p) => !p.reader) || pushers[0];
                        if (victim) {
                            victim.collapsed = true;
                            changed = true;
                            break;
                        }
                        item.stacked = true;
                        item.collapsed = !opened.has(item.note);
                        item.head = notes[chain].note;
                        changed = true;
                        break;
                    }
                    bottom = item.y + height(item);
                }
                if (!changed) {
                    break;
                }
            }

            let last = 0;
            for (const item of notes) {
                item.note.style.top = `${item.y}px`;
                item.note.classList.toggle('collapsed', item.collapsed);
                item.note.classList.toggle('stacked', item.stacked);
                if (item.stacked) {
                    item.note.dataset.stack = item.head.id;
                }
                const fits = item.full <= line + 2;
                if (item.collapsed || (opened.has(item.note) && !fits)) {
                    const button = more(item);
                    button.textContent = item.collapsed ? 'more' : 'less';
                    button.setAttribute('aria-expanded', String(!item.collapsed));
                } else {
                    item.note.querySelector(':scope > .note-more')?.remove();
                }
                last = Math.max(last, item.y + height(item));
            }
            const room = last - article.offsetHeight;
            if (room > 0) {
                article.style.paddingBottom = `${room}px`;
            }
        }

        let frame = 0;
        const soon = () => {
            cancelAnimationFrame(frame);
            frame = requestAnimationFrame(layout);
        };
        layout();
        wide.addEventListener('change', soon);
        window.addEventListener('resize', soon);
        document.addEventListener('toggle', soon, true);
        document.fonts?.ready.then(soon);
        window.articleMargin = { layout };
    }
})();
