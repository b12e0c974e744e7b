#!/usr/bin/env python3
"""Fills unfinished entries of a Qt .ts file from TSV lines: context<TAB>English source<TAB>bokmål.

    tools/fold-translations.py translations/fellesvedtak_nb.ts translations/pending/*.tsv

Each engineer appends the bokmål of the messages they write to translations/pending/NAME.tsv;
after merging, run the update target (cmake --build build --target update_translations) so
the .ts lists the new sources, then this script, then the update target again (it only
reformats). In a TSV field a line break is written \\n and a tab \\t; for a message with plural
forms (%n) give the forms separated by | (bokmål: singular|plural). Only entries marked
unfinished are filled; a finished translation is never overwritten unless --overwrite is given.
Prints what it filled, the TSV lines that match no message (stale or misspelt), and exits 1 if
any entry is still unfinished.
"""
import html
import re
import sys


def unescape_field(text):
    return text.replace('\\n', '\n').replace('\\t', '\t').replace('\\\\', '\\')


def xml_escape(text):
    return (text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
            .replace('"', '&quot;').replace("'", '&apos;'))


def read_tsv(paths):
    entries = {}
    for path in paths:
        with open(path, encoding='utf-8') as f:
            for number, line in enumerate(f, 1):
                line = line.rstrip('\n')
                if not line.strip() or line.startswith('#'):
                    continue
                parts = line.split('\t')
                if len(parts) != 3:
                    print(f'{path}:{number}: expected 3 tab-separated fields, found {len(parts)}', file=sys.stderr)
                    continue
                context, source, translation = (unescape_field(p) for p in parts)
                entries[(context, source)] = (translation, f'{path}:{number}')
    return entries


MESSAGE = re.compile(r'(<message(?P<attrs>[^>]*)>)(?P<body>.*?)(</message>)', re.S)
TRANSLATION = re.compile(r'<translation(?P<attrs>[^>]*)>(?P<text>.*?)</translation>|<translation(?P<eattrs>[^>]*)/>', re.S)


def fold(ts_text, entries, overwrite):
    used = set()
    by_source = {}
    for key in entries:
        by_source.setdefault(key[1], key)
    filled = 0
    unfinished = []
    out = []
    pos = 0
    for ctx in re.finditer(r'<context>(.*?)</context>', ts_text, re.S):
        block = ctx.group(0)
        name = html.unescape(re.search(r'<name>(.*?)</name>', block, re.S).group(1))

        def replace(m):
            nonlocal filled
            body = m.group('body')
            source = html.unescape(re.search(r'<source>(.*?)</source>', body, re.S).group(1))
            tr = TRANSLATION.search(body)
            attrs = (tr.group('attrs') or tr.group('eattrs') or '') if tr else ''
            is_unfinished = 'type="unfinished"' in attrs
            numerus = 'numerus="yes"' in m.group('attrs')
            key = (name, source)
            if key not in entries and source in by_source:
                # The same source under another context (a class's tr() context named differently
                # in the TSV): one bokmål for one English text.
                key = by_source[source]
            if key in entries and (is_unfinished or overwrite):
                used.add(key)
                text = entries[key][0]
                if numerus:
                    inner = ''.join(f'\n            <numerusform>{xml_escape(f)}</numerusform>' for f in text.split('|'))
                    new = f'<translation>{inner}\n        </translation>'
                else:
                    new = f'<translation>{xml_escape(text)}</translation>'
                body = body[:tr.start()] + new + body[tr.end():]
                filled += 1
                is_unfinished = False
            elif key in entries:
                used.add(key)
            if is_unfinished:
                unfinished.append((name, source))
            return m.group(1) + body + m.group(4)

        out.append(ts_text[pos:ctx.start()])
        out.append(MESSAGE.sub(replace, block))
        pos = ctx.end()
    out.append(ts_text[pos:])
    return ''.join(out), filled, unfinished, used


def main(argv):
    overwrite = '--overwrite' in argv
    args = [a for a in argv if a != '--overwrite']
    if len(args) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    ts_path, tsv_paths = args[0], args[1:]
    entries = read_tsv(tsv_paths)
    with open(ts_path, encoding='utf-8') as f:
        text = f.read()
    text, filled, unfinished, used = fold(text, entries, overwrite)
    with open(ts_path, 'w', encoding='utf-8') as f:
        f.write(text)
    print(f'{ts_path}: {filled} filled, {len(unfinished)} still unfinished')
    for key in sorted(set(entries) - used):
        print(f'  no such message (stale?) {entries[key][1]}: [{key[0]}] {key[1]!r}')
    for context, source in unfinished:
        print(f'  unfinished: [{context}] {source!r}')
    return 1 if unfinished else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
