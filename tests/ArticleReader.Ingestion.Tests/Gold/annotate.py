#!/usr/bin/env python3
"""Builds and checks the gold annotations of the ingestion tests.

Gold annotations are written by hand in a compact source, ``<name>.ann.txt``, next to the
article ``<name>.txt``. This script turns each source into ``<name>.gold.yaml`` with exact
offsets, and fails loudly when a surface string cannot be found, is ambiguous, or is skipped.

    python3 annotate.py                  # regenerate every <name>.gold.yaml from <name>.ann.txt
    python3 annotate.py seed chip-supply # regenerate only these
    python3 annotate.py --check          # verify every *.gold.yaml (and that it is up to date)

Offsets in the YAML are UTF-16 code unit indices (end exclusive) into the article decoded as
UTF-8, exactly like C# string indices. Only the Python standard library is needed; PyYAML is
used, when installed, as a second opinion on the emitted YAML.

Compact source format (see GUIDELINES.md for the annotation rules themselves)
---------------------------------------------------------------------------
    article: seed.txt       # the article, relative to this folder
    header: 3               # leading blocks not annotated (title, dateline, byline)
    boilerplate: 1          # trailing blocks not annotated ("Follow us on ...")
    abbrev: Dr. Gen. U.S.   # tokens whose final '.' does not end a sentence (space separated)

    [entities]
    TYPE | surface | locator | canonical
    IGNORE | surface | locator | why

  One line per mention, in order of appearance. ``surface`` is the exact annotated text.
  ``locator`` says which occurrence is meant:
    (empty)     the next occurrence after the previous line's mention;
    @N          the N-th occurrence in the annotated region (1-based);
    context     a string that occurs exactly once in the annotated region and contains the
                surface exactly once; mark the surface with [brackets] when it occurs twice.
  Matches respect word boundaries (``Iran`` never matches inside ``Iranian``). ``canonical``
  defaults to the surface for names and to null for DATE and QUANTITY; write ``null`` for null.
  IGNORE lines locate an occurrence that is deliberately not annotated; they are not emitted.
  Afterwards every occurrence of an annotated surface string in the region must be covered by
  a mention or an IGNORE line, so that a forgotten or skipped mention fails the build.

    [claims]
    + kind | first words of the sentence | hedge; hedge | attribution
    - | first words of the sentence

  One line per sentence of the annotated region, in order: ``+`` a claim, ``-`` not a claim.
  Each sentence starts where the previous one ended (or at the next paragraph) and must begin
  with the given words; it runs to the start of the next listed sentence or to the end of its
  paragraph. A sentence that still contains a sentence break (". X" after a word that is not
  listed in ``abbrev``) fails, so a sentence missing from the list cannot hide. Hedges and the
  attribution must occur in the sentence; prefix the attribution with ``~`` when it names a
  referent that the sentence only points to (a pronoun).
"""

import argparse
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = ("PERSON", "ORG", "PLACE", "GROUP", "EVENT", "PRODUCT", "OTHER", "DATE", "QUANTITY")
NAME_TYPES = ("PERSON", "ORG", "PLACE", "GROUP", "EVENT", "PRODUCT", "OTHER")
KINDS = ("event", "quantity", "attribution", "relation", "biography", "statement")
BOILERPLATE = re.compile(
    r"^(?:(?:Follow|Like|Join)\s+us\s+(?:on|at)\s|Subscribe\b|Sign\s+up\b|©|\(c\)\s|Copyright\b"
    r"|Read more\b|Related\b|See also\b|Share this\b)",
    re.IGNORECASE,
)
CLOSERS = "\"'”’)»]"


class GoldError(Exception):
    pass


# --------------------------------------------------------------------------------------------
# Source text


class Source:
    """An article's text, its blocks, and the mapping between str and UTF-16 offsets."""

    def __init__(self, path):
        data = open(path, "rb").read()
        if data.startswith(b"\xef\xbb\xbf"):
            raise GoldError(f"{path}: starts with a byte-order mark; gold articles must not")
        try:
            self.text = data.decode("utf-8", errors="strict")
        except UnicodeDecodeError as e:
            raise GoldError(f"{path}: not UTF-8: {e}")
        self.path = path
        self.u16 = [0] * (len(self.text) + 1)  # str index -> UTF-16 index
        for i, ch in enumerate(self.text):
            self.u16[i + 1] = self.u16[i] + (2 if ord(ch) > 0xFFFF else 1)
        self.from_u16 = {u: i for i, u in enumerate(self.u16)}
        self.blocks = self._blocks()

    def _blocks(self):
        """Maximal runs of non-blank lines, as (start, end) str spans trimmed of white space."""
        blocks, start, end, pos = [], None, None, 0
        for line in self.text.splitlines(keepends=True):
            if line.strip():
                s = pos + (len(line) - len(line.lstrip()))
                e = pos + len(line.rstrip())
                if start is None:
                    start = s
                end = e
            elif start is not None:
                blocks.append((start, end))
                start = None
            pos += len(line)
        if start is not None:
            blocks.append((start, end))
        return blocks

    def index(self, u16, what):
        if u16 not in self.from_u16:
            raise GoldError(f"{what}: offset {u16} is outside the text or inside a surrogate pair")
        return self.from_u16[u16]

    def where(self, i, width=30):
        return repr(self.text[max(0, i - width): i + width])


def word_bounded(text, i, surface):
    """True when surface, found at i, does not continue a word on either side."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + len(surface)] if i + len(surface) < len(text) else " "
    if surface[0].isalnum() and (before.isalnum() or before == "_"):
        return False
    if surface[-1].isalnum() and (after.isalnum() or after == "_"):
        return False
    return True


def occurrences(text, surface, lo, hi):
    found, i = [], text.find(surface, lo, hi)
    while i >= 0:
        if word_bounded(text, i, surface):
            found.append(i)
        i = text.find(surface, i + 1, hi)
    return found


# --------------------------------------------------------------------------------------------
# Compact source


def parse_ann(path):
    meta = {"header": "3", "boilerplate": "0", "abbrev": ""}
    entities, claims, section = [], [], None
    for number, raw in enumerate(open(path, encoding="utf-8"), 1):
        line = raw.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{os.path.basename(path)}:{number}"
        if line.strip() in ("[entities]", "[claims]"):
            section = line.strip()[1:-1]
            continue
        if section is None:
            key, sep, value = line.partition(":")
            if not sep:
                raise GoldError(f"{where}: expected 'key: value' before [entities]")
            meta[key.strip()] = value.split(" #")[0].strip()
        elif section == "entities":
            fields = [f.strip() for f in line.split("|")]
            if len(fields) == 3:
                fields.append("")
            if len(fields) != 4:
                raise GoldError(f"{where}: expected 'TYPE | surface | locator | canonical'")
            kind = fields[0]
            if kind not in TYPES and kind != "IGNORE":
                raise GoldError(f"{where}: unknown type {kind!r}")
            if not fields[1]:
                raise GoldError(f"{where}: empty surface")
            entities.append({"where": where, "type": kind, "surface": fields[1], "locator": fields[2], "canonical": fields[3]})
        else:
            marker = line[0]
            fields = [f.strip() for f in line[1:].split("|")]
            if marker == "+":
                while len(fields) < 4:
                    fields.append("")
                if len(fields) != 4 or fields[0] not in KINDS:
                    raise GoldError(f"{where}: expected '+ kind | first words | hedges | attribution' with kind in {KINDS}")
                hedges = [h.strip() for h in fields[2].split(";") if h.strip()]
                claims.append({"where": where, "claim": True, "kind": fields[0], "prefix": fields[1], "hedging": hedges, "attribution": fields[3] or None})
            elif marker == "-":
                if len(fields) != 2 or fields[0]:
                    raise GoldError(f"{where}: expected '- | first words'")
                claims.append({"where": where, "claim": False, "prefix": fields[1]})
            else:
                raise GoldError(f"{where}: a claim line starts with '+' or '-'")
            if not claims[-1]["prefix"]:
                raise GoldError(f"{where}: empty sentence opening")
    if "article" not in meta:
        raise GoldError(f"{path}: no 'article:' line")
    return meta, entities, claims


def region_of(src, meta, label):
    header, boiler = int(meta["header"]), int(meta["boilerplate"])
    blocks = src.blocks
    if len(blocks) <= header + boiler:
        raise GoldError(f"{label}: only {len(blocks)} blocks")
    for b in blocks[:header]:
        if "\n" in src.text[b[0]:b[1]]:
            raise GoldError(f"{label}: header block {src.where(b[0])} has more than one line")
    for b in blocks[len(blocks) - boiler:]:
        if not BOILERPLATE.match(src.text[b[0]:b[1]]):
            raise GoldError(f"{label}: block {src.where(b[0])} does not look like boilerplate")
    return blocks[header:len(blocks) - boiler]


def locate_entities(src, paras, entries):
    text, lo, hi = src.text, paras[0][0], paras[-1][1]
    located, cursor = [], lo
    for e in entries:
        surface, locator, where = e["surface"], e["locator"], e["where"]
        if not locator:
            found = [i for i in occurrences(text, surface, cursor, hi)]
            if not found:
                raise GoldError(f"{where}: {surface!r} not found after {src.where(cursor)}")
            start = found[0]
        elif re.fullmatch(r"@\d+", locator):
            found = occurrences(text, surface, lo, hi)
            n = int(locator[1:])
            if not 1 <= n <= len(found):
                raise GoldError(f"{where}: {surface!r} occurs {len(found)} times, not {n}")
            start = found[n - 1]
        else:
            if "[" in locator:
                m = re.fullmatch(r"(.*)\[(.*)\](.*)", locator)
                if not m or m.group(2) != surface:
                    raise GoldError(f"{where}: the [bracketed] part of the context must be the surface")
                context, offset = m.group(1) + m.group(2) + m.group(3), len(m.group(1))
            else:
                context = locator
                inner = [i for i in range(len(context)) if context.startswith(surface, i) and word_bounded(context, i, surface)]
                if len(inner) != 1:
                    raise GoldError(f"{where}: {surface!r} occurs {len(inner)} times in context {context!r}; bracket it")
                offset = inner[0]
            at = [i for i in range(lo, hi) if text.startswith(context, i)]
            if len(at) != 1:
                raise GoldError(f"{where}: context {context!r} occurs {len(at)} times in the annotated region")
            start = at[0] + offset
            if not word_bounded(text, start, surface):
                raise GoldError(f"{where}: {surface!r} in context {context!r} is part of a longer word")
        if start < cursor:
            raise GoldError(f"{where}: {surface!r} at {src.where(start)} is before the previous mention (out of order)")
        end = start + len(surface)
        if not any(a <= start and end <= b for a, b in paras):
            raise GoldError(f"{where}: {surface!r} at {src.where(start)} is outside the annotated paragraphs")
        located.append(dict(e, start=start, end=end))
        cursor = end
    # Coverage: every occurrence of an annotated surface is annotated, inside a mention, or ignored.
    spans = [(x["start"], x["end"]) for x in located]
    problems = []
    for surface in sorted({x["surface"] for x in located if x["type"] != "IGNORE"}):
        for i in occurrences(text, surface, lo, hi):
            if not any(a <= i and i + len(surface) <= b for a, b in spans):
                problems.append(f"  {surface!r} at {src.where(i)}")
    if problems:
        raise GoldError("occurrences of annotated strings are neither annotated nor IGNOREd:\n" + "\n".join(problems))
    mentions = [x for x in located if x["type"] != "IGNORE"]
    for a, b in zip(mentions, mentions[1:]):
        if b["start"] < a["end"]:
            raise GoldError(f"{b['where']}: {b['surface']!r} overlaps {a['surface']!r}")
    return mentions


def boundary_breaks(text, start, end, abbrev):
    """Positions inside [start, end) where a sentence visibly ends and another begins."""
    breaks = []
    for m in re.finditer(r"[.?!][" + re.escape(CLOSERS) + r"]*(\s+)(?=[\"“‘'(\[]?[A-Z0-9])", text[start:end]):
        j = start + m.start()
        token_start = j
        while token_start > start and not text[token_start - 1].isspace():
            token_start -= 1
        if text[j] == "." and text[token_start:j + 1] in abbrev:
            continue
        breaks.append(start + m.end())
    return breaks


def split_sentences(src, paras, entries, abbrev):
    text = src.text
    out, p, pos = [], 0, paras[0][0]
    for n, e in enumerate(entries):
        if p >= len(paras):
            raise GoldError(f"{e['where']}: more sentences listed than the text has")
        if not text.startswith(e["prefix"], pos):
            raise GoldError(f"{e['where']}: the sentence here starts {text[pos:pos + 50]!r}, not {e['prefix']!r}")
        start, para_end = pos, paras[p][1]
        end = None
        if n + 1 < len(entries):
            nxt = entries[n + 1]["prefix"]
            i = text.find(nxt, start + 1, para_end)
            while i >= 0:
                before = text[start:i].rstrip()
                if before != text[start:i] and before and before[-1] in ".?!" + CLOSERS:
                    end = len(before) + start
                    pos = i
                    break
                i = text.find(nxt, i + 1, para_end)
        if end is None:
            end = para_end
            p += 1
            pos = paras[p][0] if p < len(paras) else None
        for b in boundary_breaks(text, start, end, abbrev):
            raise GoldError(f"{e['where']}: sentence {text[start:start + 40]!r}... has an unlisted sentence break at {src.where(b)}")
        sentence = text[start:end]
        for h in e.get("hedging", []):
            if h not in sentence:
                raise GoldError(f"{e['where']}: hedge {h!r} is not in the sentence")
        att = e.get("attribution")
        if att is not None:
            if att.startswith("~"):
                e = dict(e, attribution=att[1:].strip())
            elif att not in sentence:
                raise GoldError(f"{e['where']}: attribution {att!r} is not in the sentence (prefix '~' for a resolved referent)")
        out.append(dict(e, start=start, end=end))
    if p < len(paras):
        raise GoldError(f"{entries[-1]['where']}: the listed sentences end before the text does, at {src.where(pos)}")
    return out


# --------------------------------------------------------------------------------------------
# YAML (a restricted form: every string double-quoted, one flow mapping per item)


def q(s):
    if s is None:
        return "null"
    out = []
    for ch in s:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ord(ch) < 0x20 or ord(ch) == 0x7F or 0x80 <= ord(ch) < 0xA0 or ch in "\u2028\u2029\ufeff":
            out.append("\\u%04X" % ord(ch))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def emit(gold):
    lines = [f"article: {q(gold['article'])}"]
    lines.append("entities:" + ("" if gold["entities"] else " []"))
    for e in gold["entities"]:
        lines.append(f"  - {{text: {q(e['text'])}, type: {q(e['type'])}, start: {e['start']}, end: {e['end']}, canonical: {q(e['canonical'])}}}")
    lines.append("claims:" + ("" if gold["claims"] else " []"))
    for c in gold["claims"]:
        if c["claim"]:
            hedges = "[" + ", ".join(q(h) for h in c["hedging"]) + "]"
            lines.append(f"  - {{start: {c['start']}, end: {c['end']}, text: {q(c['text'])}, claim: true, kind: {q(c['kind'])}, hedging: {hedges}, attribution: {q(c['attribution'])}}}")
        else:
            lines.append(f"  - {{start: {c['start']}, end: {c['end']}, text: {q(c['text'])}, claim: false}}")
    return "\n".join(lines) + "\n"


TOKEN = re.compile(r'\s*(?:(?P<str>"(?:[^"\\]|\\.)*")|(?P<punct>[{}\[\],:])|(?P<word>[A-Za-z_][A-Za-z0-9_]*|-?\d+))')


def unquote(s):
    body, out, i = s[1:-1], [], 0
    while i < len(body):
        ch = body[i]
        if ch != "\\":
            out.append(ch)
            i += 1
            continue
        nxt = body[i + 1]
        if nxt in '"\\/':
            out.append(nxt)
            i += 2
        elif nxt == "u":
            out.append(chr(int(body[i + 2:i + 6], 16)))
            i += 6
        elif nxt == "U":
            out.append(chr(int(body[i + 2:i + 10], 16)))
            i += 10
        else:
            out.append({"n": "\n", "t": "\t", "r": "\r", "0": "\0"}[nxt])
            i += 2
    return "".join(out)


def parse_flow(s, label):
    """Parses one flow value written by emit(): a mapping, a list, a quoted string, int, bool, null."""
    tokens, pos = [], 0
    while pos < len(s):
        if not s[pos:].strip():
            break
        m = TOKEN.match(s, pos)
        if not m:
            raise GoldError(f"{label}: cannot read YAML at {s[pos:pos + 30]!r}")
        tokens.append(m)
        pos = m.end()
    it = iter(tokens + [None])
    cur = [next(it)]

    def take():
        t = cur[0]
        cur[0] = next(it)
        return t

    def value():
        t = take()
        if t is None:
            raise GoldError(f"{label}: unexpected end of YAML")
        if t.group("str"):
            return unquote(t.group("str"))
        if t.group("word"):
            w = t.group("word")
            if re.fullmatch(r"-?\d+", w):
                return int(w)
            if w in ("true", "false"):
                return w == "true"
            if w == "null":
                return None
            return w
        p = t.group("punct")
        if p == "{":
            d = {}
            while True:
                if cur[0] is not None and cur[0].group("punct") == "}":
                    take()
                    return d
                k = take()
                key = k.group("word") or unquote(k.group("str") or '""')
                if take().group("punct") != ":":
                    raise GoldError(f"{label}: expected ':' after {key}")
                d[key] = value()
                sep = take()
                if sep.group("punct") == "}":
                    return d
                if sep.group("punct") != ",":
                    raise GoldError(f"{label}: expected ',' or '}}'")
        if p == "[":
            out = []
            while True:
                if cur[0] is not None and cur[0].group("punct") == "]":
                    take()
                    return out
                out.append(value())
                sep = take()
                if sep.group("punct") == "]":
                    return out
                if sep.group("punct") != ",":
                    raise GoldError(f"{label}: expected ',' or ']'")
        raise GoldError(f"{label}: unexpected {t.group(0)!r}")

    v = value()
    if cur[0] is not None:
        raise GoldError(f"{label}: trailing text in {s!r}")
    return v


def load_gold(path):
    doc, key, label = {}, None, os.path.basename(path)
    for number, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        where = f"{label}:{number}"
        if line.startswith("  - "):
            if key not in ("entities", "claims") or not isinstance(doc.get(key), list):
                raise GoldError(f"{where}: list item outside entities/claims")
            doc[key].append(parse_flow(line[4:], where))
        else:
            m = re.fullmatch(r"([a-z]+):(?: (.*))?", line)
            if not m:
                raise GoldError(f"{where}: cannot read {line!r}")
            key = m.group(1)
            doc[key] = parse_flow(m.group(2), where) if m.group(2) else []
    try:
        import yaml  # optional second opinion
    except ImportError:
        return doc
    other = yaml.safe_load(open(path, encoding="utf-8"))
    if other != doc:
        raise GoldError(f"{label}: PyYAML reads the file differently from the built-in reader")
    return doc


# --------------------------------------------------------------------------------------------
# Build and check


def build(name):
    ann = os.path.join(HERE, name + ".ann.txt")
    meta, entity_lines, claim_lines = parse_ann(ann)
    src = Source(os.path.join(HERE, meta["article"]))
    label = os.path.basename(ann)
    paras = region_of(src, meta, label)
    abbrev = set(meta["abbrev"].split())
    mentions = locate_entities(src, paras, entity_lines)
    sentences = split_sentences(src, paras, claim_lines, abbrev)
    gold = {"article": meta["article"], "entities": [], "claims": []}
    for m in mentions:
        canonical = m["canonical"]
        if canonical == "null" or (not canonical and m["type"] in ("DATE", "QUANTITY")):
            canonical = None
        elif not canonical:
            canonical = m["surface"]
        gold["entities"].append({"text": m["surface"], "type": m["type"], "start": src.u16[m["start"]], "end": src.u16[m["end"]], "canonical": canonical})
    for s in sentences:
        c = {"start": src.u16[s["start"]], "end": src.u16[s["end"]], "text": src.text[s["start"]:s["end"]], "claim": s["claim"]}
        if s["claim"]:
            c.update(kind=s["kind"], hedging=s["hedging"], attribution=s["attribution"])
        gold["claims"].append(c)
    return gold


def check(path):
    label = os.path.basename(path)
    doc = load_gold(path)
    if set(doc) != {"article", "entities", "claims"}:
        raise GoldError(f"{label}: top-level keys must be article, entities, claims, not {sorted(doc)}")
    src = Source(os.path.join(HERE, doc["article"]))
    text = src.text

    def span(item, what):
        if not isinstance(item.get("start"), int) or not isinstance(item.get("end"), int):
            raise GoldError(f"{what}: start/end must be integers")
        s, e = src.index(item["start"], what), src.index(item["end"], what)
        if not s < e:
            raise GoldError(f"{what}: empty or reversed span")
        if text[s:e] != item.get("text"):
            raise GoldError(f"{what}: text {item.get('text')!r} != source slice {text[s:e]!r}")
        if text[s:e] != text[s:e].strip():
            raise GoldError(f"{what}: span has surrounding white space")
        return s, e

    claims = doc["claims"]
    if not claims:
        raise GoldError(f"{label}: no claims")
    sentence_spans = []
    for n, c in enumerate(claims):
        what = f"{label} claim {n} {c.get('text', '')[:40]!r}"
        s, e = span(c, what)
        if sentence_spans and s < sentence_spans[-1][1]:
            raise GoldError(f"{what}: out of order or overlapping the previous sentence")
        if "\n\n" in text[s:e] or re.search(r"\n\s*\n", text[s:e]):
            raise GoldError(f"{what}: crosses a paragraph break")
        if c.get("claim") is True:
            if set(c) != {"start", "end", "text", "claim", "kind", "hedging", "attribution"}:
                raise GoldError(f"{what}: a claim has keys start, end, text, claim, kind, hedging, attribution")
            if c["kind"] not in KINDS:
                raise GoldError(f"{what}: kind {c['kind']!r} not in {KINDS}")
            if not isinstance(c["hedging"], list) or not all(isinstance(h, str) and h and h in c["text"] for h in c["hedging"]):
                raise GoldError(f"{what}: hedging must list strings that occur in the sentence")
            if c["attribution"] is not None and not (isinstance(c["attribution"], str) and c["attribution"]):
                raise GoldError(f"{what}: attribution must be a string or null")
        elif c.get("claim") is False:
            if set(c) != {"start", "end", "text", "claim"}:
                raise GoldError(f"{what}: a non-claim has keys start, end, text, claim")
        else:
            raise GoldError(f"{what}: claim must be true or false")
        sentence_spans.append((s, e))
    # The sentences cover the body and the biographies exactly: from the first block after the
    # header to the last block before the boilerplate, every non-space character, in order.
    first, last = sentence_spans[0][0], sentence_spans[-1][1]
    starts = [b[0] for b in src.blocks]
    if first not in starts or starts.index(first) < 1:
        raise GoldError(f"{label}: the first sentence does not start a block after the header")
    head = starts.index(first)
    ends = [b[1] for b in src.blocks]
    if last not in ends:
        raise GoldError(f"{label}: the last sentence does not end a block")
    tail = ends.index(last)
    for b in src.blocks[tail + 1:]:
        if not BOILERPLATE.match(text[b[0]:b[1]]):
            raise GoldError(f"{label}: block after the last sentence is not boilerplate: {src.where(b[0])}")
    for b in src.blocks[:head]:
        if "\n" in text[b[0]:b[1]]:
            raise GoldError(f"{label}: header block with several lines before the first sentence")
    gaps = [(first, sentence_spans[0][0])] + [(a[1], b[0]) for a, b in zip(sentence_spans, sentence_spans[1:])]
    for a, b in gaps:
        if text[a:b].strip():
            raise GoldError(f"{label}: text between sentences is not covered: {text[a:b]!r}")
    prev_end = -1
    for n, ent in enumerate(doc["entities"]):
        what = f"{label} entity {n} {ent.get('text')!r}"
        if set(ent) != {"text", "type", "start", "end", "canonical"}:
            raise GoldError(f"{what}: an entity has keys text, type, start, end, canonical")
        s, e = span(ent, what)
        if ent["type"] not in TYPES:
            raise GoldError(f"{what}: type {ent['type']!r} not in {TYPES}")
        if ent["canonical"] is None and ent["type"] in NAME_TYPES:
            raise GoldError(f"{what}: a {ent['type']} needs a canonical name")
        if ent["canonical"] is not None and not (isinstance(ent["canonical"], str) and ent["canonical"]):
            raise GoldError(f"{what}: canonical must be a non-empty string or null")
        if s < prev_end:
            raise GoldError(f"{what}: overlaps or precedes the previous entity")
        if not any(a <= s and e <= b for a, b in sentence_spans):
            raise GoldError(f"{what}: not inside one annotated sentence")
        prev_end = e
    name = label[: -len(".gold.yaml")]
    ann = os.path.join(HERE, name + ".ann.txt")
    if os.path.exists(ann) and emit(build(name)) != open(path, encoding="utf-8").read():
        raise GoldError(f"{label}: out of date with {name}.ann.txt; run annotate.py {name}")
    return doc


def summary(doc):
    counts = {}
    for e in doc["entities"]:
        counts[e["type"]] = counts.get(e["type"], 0) + 1
    n_claims = sum(1 for c in doc["claims"] if c["claim"])
    types = ", ".join(f"{t} {counts[t]}" for t in TYPES if t in counts)
    return f"{len(doc['entities'])} entities ({types}); {n_claims}/{len(doc['claims'])} sentences are claims"


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="verify every *.gold.yaml instead of generating")
    parser.add_argument("names", nargs="*", help="article names (without extension); default: all")
    args = parser.parse_args(argv)
    failed = False
    if args.check:
        paths = [os.path.join(HERE, n + ".gold.yaml") for n in args.names] or sorted(glob.glob(os.path.join(HERE, "*.gold.yaml")))
        if not paths:
            print("no gold files", file=sys.stderr)
            return 1
        for path in paths:
            try:
                print(f"ok   {os.path.basename(path)}: {summary(check(path))}")
            except (GoldError, OSError) as e:
                failed = True
                print(f"FAIL {os.path.basename(path)}: {e}", file=sys.stderr)
    else:
        names = args.names or sorted(os.path.basename(p)[: -len(".ann.txt")] for p in glob.glob(os.path.join(HERE, "*.ann.txt")))
        for name in names:
            try:
                gold = build(name)
                with open(os.path.join(HERE, name + ".gold.yaml"), "w", encoding="utf-8", newline="\n") as f:
                    f.write(emit(gold))
                print(f"wrote {name}.gold.yaml: {summary(gold)}")
            except (GoldError, OSError) as e:
                failed = True
                print(f"FAIL {name}: {e}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
