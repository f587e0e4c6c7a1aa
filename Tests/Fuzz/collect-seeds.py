#!/usr/bin/env python3
"""Writes candidate seed inputs for each fuzz target into OUT/<target>/, taken from the demo content, the test
fixtures, the docs and the tests, plus the hostile shapes of hostile-markdown.md at sizes the guard accepts.

`scripts/fuzz.sh --reseed` runs this, then keeps (libFuzzer's -merge=1) only the candidates that reach code the
committed corpus in Tests/Fuzz/Corpus/ does not already reach. Run from the repository's top folder:

    python3 Tests/Fuzz/collect-seeds.py OUT
"""
import hashlib
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
TARGETS = ["front-matter", "date-grammar", "participants", "markdown", "markdown-stretched"]


def content_files(pattern):
    for folder in ("Content", "Tests/Fixtures"):
        yield from sorted((ROOT / folder).rglob(pattern))


def body(text):
    """The Markdown after the front matter (or the whole text when there is none)."""
    lines = text.split("\n")
    if lines and lines[0].rstrip() == "---":
        for index in range(1, len(lines)):
            if lines[index].rstrip() in ("---", "..."):
                return "\n".join(lines[index + 1:])
    return text


def front_matter_seeds():
    for path in content_files("*.md"):
        yield path.read_text(encoding="utf-8")
    yield ""
    yield "---"
    yield "---\n---\n"
    yield "---\ntitle: x\n...\nBody"
    yield "\ufeff---\r\ntitle: x\r\n---\r\nBody\r\n"
    yield "---\ntitle: x\nno closing line\n"
    yield "---  \ntitle: [a, b\n---\n# Heading\n"
    yield "---\n---\n---\n---\n"


def swift_unescaped(literal):
    """The text of a Swift string literal's body: `\\u{200B}`, `\\t`, `\\"` and `\\\\` as the characters they stand for."""
    simple = {"t": "\t", "n": "\n", "r": "\r", "0": "\0", '"': '"', "'": "'", "\\": "\\"}
    return re.sub(r"\\(u\{([0-9A-Fa-f]+)\}|.)",
                  lambda m: chr(int(m.group(2), 16)) if m.group(2) else simple.get(m.group(1), m.group(1)), literal)


def date_seeds():
    dates = set()
    for path in list(content_files("*.md")) + [ROOT / "docs/content-format.md"]:
        for match in re.finditer(r"^\s*-?\s*date:\s*(.+?)\s*(#.*)?$", path.read_text(encoding="utf-8"), re.M):
            dates.add(match.group(1).strip("\"'"))
    docs = (ROOT / "docs/content-format.md").read_text(encoding="utf-8")
    section = docs.split("## Writing dates\n", 1)[-1].split("### Calendar files", 1)[0]
    dates.update(re.findall(r"`([^`\n]+)`", section))
    tests = (ROOT / "Tests/SchemePortalTests/DateGrammarTests.swift").read_text(encoding="utf-8")
    for literal in re.findall(r'"((?:[^"\\\n]|\\.)*)"', tests):
        if 0 < len(literal) <= 200 and "\\(" not in literal and re.search(r"\d|[A-Za-z]{3}", literal):
            dates.add(swift_unescaped(literal))
    dates.update(["", " ", ".", "x" * 201, "2023-02-29", "31 February 2023", "24:00 BST, 26 March 2023",
                  "01:30, 29 October 2023", "Monday 1 January 2024 to Friday 5 January 2024"])
    return sorted(dates)


def participant_seeds():
    for path in content_files("*.yaml"):
        if path.name != "portal.yaml":
            yield path.read_text(encoding="utf-8")
    yield "people:\n  - &p\n    id: a\n    name: A\n    consent: [name]\n  - *p\n"
    yield "id: a\nid: b\nname: A\nname: B\nconsent: name\n"
    yield "people: [{id: a, name: A, consent: [], side: mentor, capacity: 101}]\n"
    yield "a: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\nd: [*c, *c]\n"
    yield "id: a\n\tname: A\n"
    yield "id: a\nname: A\nconsent: [name]\nschemes:\n  - scheme: s\n    side: mentor\n    preferences: [b, c]\n"
    yield "id: a\nname: A\nconsent: [name]\nsensitive: {notes: &n secret}\nbiography: *n\n"


def hostile_pieces():
    """The repeated units of hostile-markdown.md, for the stretched target."""
    return [" -", "> ", ">", "a*", "![[]()", "a <?", "a <![CDATA[", "|x", "| a | b |\n|---|---|\n", "*a **a ",
            " a** a*", "a_ ", "_a ", "a]", "[a", "[", "]", "`", "``", "- ", "  - ", "# h\n", "www.a.b ",
            "a@b.c ", "[a](b) ", "[^1]", "[^1]: x\n", "<b>", "\n", "\n\n", "x\n\n", "1. a\n", "- [ ] a\n"]


def hostile_documents():
    """Each hostile shape at a size the guard lets through, so the renderer behind it is exercised."""
    return [" -" * 40 + "x" + "\n" * 40, ">" * 60 + "a*" * 60, "![[]()" * 300, "a <?" * 900,
            "a <![CDATA[" * 900, "| " + " | ".join("h" for _ in range(150)) + " |\n|" + "-|" * 150 + "\n" + "|x\n" * 150,
            "*a **a " * 500 + "b" + " a** a*" * 500, "a_ " * 3000, "[" * 1500 + "a" + "]" * 1500, "> " * 60 + "a",
            " ".join("`" * n for n in range(1, 60)), "- " * 60 + "a", "[^1]\n" * 100 + "[^1]: note\n"]


def markdown_seeds():
    for path in content_files("*.md"):
        yield body(path.read_text(encoding="utf-8"))
    yield from hostile_documents()


def write(out, target, texts):
    folder = out / target
    folder.mkdir(parents=True, exist_ok=True)
    for text in texts:
        data = text.encode("utf-8")
        (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = pathlib.Path(sys.argv[1])
    write(out, "front-matter", front_matter_seeds())
    write(out, "date-grammar", date_seeds())
    write(out, "participants", participant_seeds())
    write(out, "markdown", markdown_seeds())
    write(out, "markdown-stretched", hostile_pieces() + [body(p.read_text(encoding="utf-8"))[:400]
                                                         for p in content_files("*.md")])


if __name__ == "__main__":
    main()
