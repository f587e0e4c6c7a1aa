"""The benchmark's tables, as aligned text and as Markdown, and the smoke test's expectations."""
import statistics
import time

HUGO_BUILD = "Hugo build"
HUGO_REBUILD = "Hugo no-op rebuild"
PORTAL_REBUILD = "SchemePortal no-op rebuild (per person)"
PORTAL_CHECK = "SchemePortal check (per person)"
FLOOR = "cmark-gfm floor (the biographies)"
HEADERS = ["people", "what", "wall", "CPU (user+sys)", "peak memory", "pages", "bytes written"]
RATIO_HEADERS = ["people", "build wall: SchemePortal / Hugo", "peak memory: SchemePortal / Hugo",
                 "build wall: SchemePortal / floor", "no-op rebuild wall: SchemePortal / Hugo", "check wall",
                 "SchemePortal build wall per person"]
TARGETS = ["target at 10,000", "≤ 0.1 x", "≤ 0.25 x", "≤ 3 x", "", "< 0.5 s", "flat from 1,000 to 50,000"]


def portal_build(layout):
    return f"SchemePortal build ({layout.replace('-', ' ')})"


def seconds(value):
    return f"{value:.2f} s" if value < 100 else f"{value:.0f} s"


def mebibytes(kib):
    return f"{kib / 1024:,.0f} MiB"


def size_in_bytes(count):
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if count >= scale:
            return f"{count / scale:.3g} {unit}"
    return f"{count} B"


def error_lines(run):
    return [line for line in run.stderr.splitlines() if ": error:" in line or line.startswith("error:")]


def outcome(run):
    """Why a run did not succeed, in one line."""
    if run.status is None:
        return f"timed out after {run.wall:.0f} s"
    if run.status < 0:
        return f"killed by signal {-run.status}"
    errors = error_lines(run)
    first = errors[0] if errors else (run.stderr.strip().splitlines() or ["no message"])[-1]
    more = f" (and {len(errors) - 1} more errors)" if len(errors) > 1 else ""
    verb = "refused" if run.status == 1 else "failed"
    return f"{verb} (exit {run.status}): {first}{more}"


def progress(run):
    if not run.ok:
        return outcome(run)
    pages = f", {run.pages:,} pages" if run.pages is not None else ""
    return f"{seconds(run.wall)} wall, {seconds(run.cpu)} CPU, {mebibytes(run.peak_kib)}{pages}"


def medians(runs):
    """The median wall, CPU and peak memory of the successful runs, and the last one's output counts."""
    good = [run for run in runs if run.ok]
    if not good:
        return None
    wall = [run.wall for run in good]
    return {"wall": statistics.median(wall), "low": min(wall), "high": max(wall),
            "cpu": statistics.median(run.cpu for run in good), "peak": statistics.median(run.peak_kib for run in good),
            "pages": good[-1].pages, "bytes": good[-1].bytes_written, "files": good[-1].files_written, "count": len(good)}


def measurement_rows(sizes, results, notes):
    rows = []
    for size in sizes:
        for (row_size, label), runs in results.items():
            if row_size != size:
                continue
            m = medians(runs)
            if m is None or len(runs) > m["count"]:
                notes.append(f"{size:,} people, {label}: {outcome(next(run for run in runs if not run.ok))}")
            if m is None:
                rows.append([f"{size:,}", label, f"not built: see note {len(notes)}", "", "", "", ""])
                continue
            wall = seconds(m["wall"])
            if m["count"] > 1:
                wall += f" ({m['low']:.2f}-{m['high']:.2f})"
            pages = f"{m['pages']:,}" if m["pages"] is not None else ""
            written = size_in_bytes(m["bytes"]) if m["bytes"] is not None else ""
            if "rebuild" in label and m["files"] is not None:
                written += f" in {m['files']:,} files"
            rows.append([f"{size:,}", label, wall, seconds(m["cpu"]), mebibytes(m["peak"]), pages, written])
    return rows


def ratio(top, bottom, key):
    if top is None or bottom is None or not bottom[key]:
        return "n/a"
    return f"{top[key] / bottom[key]:.2f} x"


def ratio_rows(sizes, results):
    rows = []
    for size in sizes:
        def m(label):
            return medians(results.get((size, label), []))
        portal, hugo, floor = m(portal_build("per-person")), m(HUGO_BUILD), m(FLOOR)
        rebuild, hugo_rebuild, check = m(PORTAL_REBUILD), m(HUGO_REBUILD), m(PORTAL_CHECK)
        per_person = f"{portal['wall'] / size * 1000:.2f} ms" if portal else "n/a"
        rows.append([f"{size:,}", ratio(portal, hugo, "wall"), ratio(portal, hugo, "peak"), ratio(portal, floor, "wall"),
                     ratio(rebuild, hugo_rebuild, "wall"), seconds(check["wall"]) if check else "n/a", per_person])
    return rows


STEPS = ("load", "validate", "render", "check", "write")


def step_rows(sizes, results):
    """The step times `portal build --timings` printed in the per-person build of median wall time (with an
    even number of runs, the slower of the two middle ones)."""
    rows = []
    for size in sizes:
        good = sorted((run for run in results.get((size, portal_build("per-person")), []) if run.ok), key=lambda run: run.wall)
        if not good:
            continue
        times = {}
        for line in good[len(good) // 2].stderr.splitlines():
            fields = line.split()
            if len(fields) >= 3 and fields[0] in STEPS and fields[2] == "s":
                times[fields[0]] = f"{float(fields[1]):.2f} s"
        rows.append([f"{size:,}"] + [times.get(step, "n/a") for step in STEPS])
    return rows


def aligned(headers, rows):
    widths = [max(len(str(row[i])) for row in [headers] + rows) for i in range(len(headers))]
    lines = ["  ".join(str(cell).ljust(width) for cell, width in zip(row, widths)).rstrip() for row in [headers] + rows]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)


def markdown(headers, rows):
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def preamble(context):
    before, after = context["machine_before"], context["machine_after"]
    load = lambda figures: "/".join(f"{figure:.2f}" for figure in figures)
    return [
        f"Measured {time.strftime('%Y-%m-%d %H:%M %Z')} on {before['cores']} cores ({before['processor']}); "
        f"load average (1/5/15 min) {load(before['load'])} before, {load(after['load'])} after.",
        f"{context['portal']}; {context['hugo']}; {context['cmark']}.",
        f"Medians of {context['runs']} run(s), the tools alternating; wall in brackets: fastest and slowest run. "
        f"Sites and output in {context['work']}.",
    ]


def tables(sizes, results, context):
    notes = []
    rows = measurement_rows(sizes, results, notes)
    ratios = ratio_rows(sizes, results)
    steps = step_rows(sizes, results)
    step_title = "SchemePortal's steps (portal build --timings, wall, in the median per-person build):"
    note_lines = [f"{number}. {note}" for number, note in enumerate(notes, 1)]
    text = "\n".join(preamble(context) + ["", aligned(HEADERS, rows), "", "Ratios (per-person layout):", "",
                                          aligned(RATIO_HEADERS, ratios + [TARGETS]), "", step_title, "",
                                          aligned(["people", *STEPS], steps)] + ([""] + note_lines if notes else []))
    md = "\n".join([line + "  " for line in preamble(context)] + ["", markdown(HEADERS, rows), "",
                   markdown(RATIO_HEADERS, ratios + [["*" + cell + "*" if cell else "" for cell in TARGETS]]), "",
                   step_title, "", markdown(["people", *STEPS], steps)]
                   + ([""] + note_lines if notes else []))
    return text, md


def failures(results):
    """(label, run, line) for every run that did not succeed."""
    return [(label, run, f"{size:,} people, {label}: {outcome(run)}") for (size, label), runs in results.items()
            for run in runs if not run.ok]


def expected_hugo_pages(summary):
    """One page per person, the home page, the people list, the two taxonomy lists, and one page per
    expertise area and department in use."""
    return summary["people"] + 4 + summary["expertise_used"] + summary["departments_used"]


def smoke_problems(sizes, layouts, results, summaries):
    problems = []
    for (size, label), runs in results.items():
        problems += [f"{size:,} people, {label}: {outcome(run)}" for run in runs if not run.ok]
    for size in sizes:
        def pages(label):
            runs = [run for run in results.get((size, label), []) if run.ok]
            return runs[-1].pages if runs else None
        hugo = pages(HUGO_BUILD)
        if hugo is not None and hugo != expected_hugo_pages(summaries[size]):
            problems.append(f"{size:,} people: Hugo wrote {hugo:,} pages, not {expected_hugo_pages(summaries[size]):,}")
        portal = {layout: pages(portal_build(layout)) for layout in layouts}
        if portal["per-person"] is not None and portal["per-person"] < size:
            problems.append(f"{size:,} people: SchemePortal wrote {portal['per-person']:,} pages, fewer than one per person")
        if len({count for count in portal.values()}) > 1:
            problems.append(f"{size:,} people: the layouts gave different numbers of pages: {portal}")
        rebuilt = pages(PORTAL_REBUILD)
        if rebuilt is not None and rebuilt != portal["per-person"]:
            problems.append(f"{size:,} people: the no-op rebuild left {rebuilt:,} pages, not {portal['per-person']:,}")
    return problems
