// The source view's RFC 5147 fragments: #char=START,END highlights those characters and scrolls to them.
// With ?char= the server has already highlighted the passage and the fragment scrolls to its anchor by itself;
// this script handles the fragment alone, and a change of fragment on the same page.
(() => {
    'use strict';

    const list = document.querySelector('.source-lines');
    if (!list) {
        return;
    }

    const length = Number(list.dataset.length);
    let notice = null;

    function clear() {
        for (const mark of list.querySelectorAll('mark.fragment')) {
            const parent = mark.parentNode;
            mark.replaceWith(...mark.childNodes);
            parent.normalize();
        }

        notice?.remove();
        notice = null;
    }

    function complain(message) {
        notice = document.createElement('p');
        notice.className = 'notice notice-error';
        notice.setAttribute('role', 'alert');
        notice.textContent = message;
        list.closest('.source-text').before(notice);
    }

    // Wraps the characters [from, to) of a line (counted in its text nodes, whatever marks it already holds).
    function wrap(line, from, to) {
        const parts = [];
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        let position = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const start = Math.max(from - position, 0);
            const end = Math.min(to - position, node.data.length);
            if (start < end) {
                parts.push([node, start, end]);
            }

            position += node.data.length;
        }

        let first = null;
        for (const [node, start, end] of parts) {
            const text = start > 0 ? node.splitText(start) : node;
            if (end - start < text.data.length) {
                text.splitText(end - start);
            }

            const mark = document.createElement('mark');
            mark.className = 'fragment';
            text.replaceWith(mark);
            mark.append(text);
            first ??= mark;
        }

        return first;
    }

    function apply() {
        clear();
        const match = /^#char=(\d+),(\d+)$/.exec(window.location.hash);
        if (!match) {
            return;
        }

        const start = Number(match[1]);
        const end = Number(match[2]);
        if (document.getElementById(`char=${start},${end}`)) {
            return;
        }

        if (start >= end || end > length) {
            complain(`The fragment #char=${start},${end} names no passage of this text: it needs START < END ≤ ${length}.`);
            return;
        }

        let first = null;
        for (const line of list.children) {
            const lineStart = Number(line.dataset.start);
            const lineEnd = Number(line.dataset.end);
            if (lineEnd > start && lineStart < end) {
                const mark = wrap(line, Math.max(start, lineStart) - lineStart, Math.min(end, lineEnd) - lineStart);
                first ??= mark;
            }
        }

        first?.scrollIntoView({ block: 'center' });
    }

    window.addEventListener('hashchange', apply);
    apply();
})();
