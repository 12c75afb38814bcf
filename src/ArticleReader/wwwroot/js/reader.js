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
        if (trigger) {
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
})();
