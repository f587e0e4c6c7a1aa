"""The benchmark: builds synthetic portals with SchemePortal and the same content with Hugo, alternately,
and prints medians. Run it through Benchmarks/run.sh, which installs the tools and builds portal first.

Usage: python3 Benchmarks/bench.py --portal PATH [--sizes 1000,10000] [--runs 3]
                                   [--layouts per-person,per-scheme] [--work DIR] [--keep] [--check]
"""
import argparse
import json
import os
import shutil
import subprocess
import sys

import generate
import measure
import report

HERE = os.path.dirname(os.path.abspath(__file__))
TODAY = "2026-11-23"
# The extensions SchemePortal attaches (CMarkTree.extensionNames), so the floor parses the same Markdown.
CMARK_EXTENSIONS = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]


def arguments(argv):
    parser = argparse.ArgumentParser(prog="Benchmarks/run.sh", description=__doc__.split("\n\n")[0])
    parser.add_argument("--portal", required=True, help="the portal executable (run.sh builds a release one)")
    parser.add_argument("--portal-commit", help="the commit the portal executable was built from (run.sh passes it)")
    parser.add_argument("--sizes", help="numbers of people, comma-separated (default 1000,10000; 50 with --check)")
    parser.add_argument("--runs", type=int, help="builds of each kind per size; medians are shown (default 3; 1 with --check)")
    parser.add_argument("--layouts", default="per-person,per-scheme",
                        help="portal data layouts: per-person, per-scheme, batched (default per-person,per-scheme)")
    parser.add_argument("--work", default="/dev/shm/schemeportal-bench",
                        help="where the sites are generated and built; tmpfs, so the disk's noise stays out (default %(default)s)")
    parser.add_argument("--keep", action="store_true", help="keep the generated sites and outputs")
    parser.add_argument("--check", action="store_true",
                        help="smoke test: every build must succeed and hold the expected pages (exit 1 otherwise)")
    args = parser.parse_args(argv)
    try:
        args.sizes = [int(size.replace("_", "")) for size in (args.sizes or ("50" if args.check else "1000,10000")).split(",")]
    except ValueError:
        parser.error("--sizes must be whole numbers separated by commas, such as 1000,10000")
    args.runs = args.runs or (1 if args.check else 3)
    args.layouts = args.layouts.split(",")
    if args.runs < 1 or any(size < 1 for size in args.sizes):
        parser.error("--sizes and --runs must be positive")
    if "per-person" not in args.layouts:
        parser.error("--layouts must include per-person (the check and the no-op rebuild use it)")
    return args


def tasks(args, folder):
    """What is measured for one size: (label, command, output folder, stdout file, empty the output first)."""
    portal = os.path.abspath(args.portal)

    # The commands run in `folder` and name their files relative to it, so messages stay short; the
    # output folders are given in full for measure.run, which looks at them from here.
    def portal_build(layout):
        return [portal, "build", "--content", f"portal-{layout}/Content", "--layouts", f"portal-{layout}/Layouts",
                "--output", f"out-{layout}", "--today", TODAY, "--quiet", "--timings"]

    # Hugo reads -d relative to the site (-s), hence the full path.
    hugo = ["hugo", "--quiet", "-s", "hugo", "-d", f"{folder}/out-hugo"]
    floor = ["cmark-gfm"] + [flag for name in CMARK_EXTENSIONS for flag in ("-e", name)] + ["biographies.md"]
    check = [portal, "check", "--content", "portal-per-person/Content", "--layouts", "portal-per-person/Layouts",
             "--today", TODAY, "--quiet"]
    full = {("portal", layout): (report.portal_build(layout), portal_build(layout), f"{folder}/out-{layout}", None, True)
            for layout in args.layouts}
    full["hugo"] = (report.HUGO_BUILD, hugo, f"{folder}/out-hugo", None, True)
    full["floor"] = (report.FLOOR, floor, None, f"{folder}/floor.html", False)
    again = {
        "portal": (report.PORTAL_REBUILD, portal_build("per-person"), f"{folder}/out-per-person", None, False),
        "hugo": (report.HUGO_REBUILD, hugo, f"{folder}/out-hugo", None, False),
    }
    return full, again, (report.PORTAL_CHECK, check, None, None, False)


def rounds(args, folder, size, results):
    full, again, check = tasks(args, folder)
    full_order = [key for key in full if key not in ("hugo", "floor")] + ["hugo", "floor"]
    for number in range(args.runs):
        # The tools alternate, and which goes first alternates too, so neither always meets a warm or a
        # busy machine. A no-op rebuild follows the full builds (it needs their output); the check is last.
        flip = number % 2 == 1
        order = [full[key] for key in (full_order[::-1] if flip else full_order)]
        order += [again[key] for key in (("hugo", "portal") if flip else ("portal", "hugo"))] + [check]
        for label, command, output, stdout_path, fresh in order:
            earlier = results.setdefault((size, label), [])
            if earlier and earlier[-1].status == 1 and label.startswith("SchemePortal"):
                continue  # refused content is refused every time; once is enough to report it
            if fresh and output:
                shutil.rmtree(output, ignore_errors=True)
            run = measure.run(command, output=output, stdout_path=stdout_path, cwd=folder)
            earlier.append(run)
            print(f"  {size:,} people, run {number + 1} of {args.runs}: {label}: {report.progress(run)}",
                  file=sys.stderr, flush=True)


def tool_version(command):
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=60)
        return (done.stdout or done.stderr).strip().splitlines()[0]
    except (OSError, IndexError, subprocess.TimeoutExpired):
        return "unknown"


def commit(built_from):
    """The commit the portal executable was built from, when it is known (run.sh builds it and says)."""
    return f"commit {built_from}" if built_from else "commit unknown: the executable was given with --portal"


def published_problems(folder, size, layouts):
    """Every person has a profile page with their name and the start of their biography, in each site."""
    sites = {"Hugo": f"{folder}/out-hugo"} | {f"SchemePortal ({layout})": f"{folder}/out-{layout}" for layout in layouts}
    problems = []
    for person in generate.make_people(size):
        opening = " ".join(person["body"].split(" ")[:6])
        for tool, output in sites.items():
            page = f"{output}/people/{person['id']}/index.html"
            try:
                with open(page, encoding="utf-8") as f:
                    html = f.read()
            except OSError:
                problems.append(f"{size:,} people, {tool}: no profile page for {person['name']} ({page})")
                continue
            if f"{person['name']}<" not in html or opening not in html:
                problems.append(f"{size:,} people, {tool}: {page} lacks {person['name']}'s name or biography")
    return problems


def machine():
    model = "unknown processor"
    try:
        with open("/proc/cpuinfo") as cpuinfo:
            model = next(line.split(":", 1)[1].strip() for line in cpuinfo if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return {"cores": os.cpu_count(), "processor": model, "load": os.getloadavg()}


def main(argv):
    args = arguments(argv)
    os.makedirs(args.work, exist_ok=True)
    context = {
        "portal": f"portal {tool_version([args.portal, '--version'])} ({commit(args.portal_commit)})",
        "hugo": tool_version(["hugo", "version"]),
        "cmark": tool_version(["cmark-gfm", "--version"]).split(" - ")[0],
        "machine_before": machine(),
        "runs": args.runs,
        "work": args.work,
    }
    print(f"Benchmark on {context['machine_before']['cores']} cores ({context['machine_before']['processor']}), "
          f"sizes {', '.join(f'{size:,}' for size in args.sizes)}, {args.runs} run(s) of each, in {args.work}",
          file=sys.stderr, flush=True)
    results, summaries, problems = {}, {}, []
    for size in args.sizes:
        folder = os.path.abspath(os.path.join(args.work, str(size)))
        shutil.rmtree(folder, ignore_errors=True)
        print(f"Generating {size:,} people…", file=sys.stderr, flush=True)
        subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), str(size), folder,
                        "--layouts", ",".join(args.layouts)], check=True)
        with open(os.path.join(folder, "summary.json")) as f:
            summaries[size] = json.load(f)
        rounds(args, folder, size, results)
        if args.check:
            problems += published_problems(folder, size, args.layouts)
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    context["machine_after"] = machine()
    text, markdown = report.tables(args.sizes, results, context)
    print(text + "\n\n" + markdown, flush=True)
    with open(os.path.join(args.work, "results.md"), "w") as f:
        f.write(markdown + "\n")
    failures = report.failures(results)
    for _, _, line in failures:
        print(line, file=sys.stderr)
    if args.check:
        problems = report.smoke_problems(args.sizes, args.layouts, results, summaries) + problems
        for problem in problems[:20]:
            print(f"benchmark check: {problem}", file=sys.stderr)
        if len(problems) > 20:
            print(f"benchmark check: … and {len(problems) - 20} more problems", file=sys.stderr)
        if problems:
            return 1
        print("benchmark check passed: every build succeeded and holds the expected pages", file=sys.stderr)
    # Content that SchemePortal refuses (exit 1, such as a file over the size cap) is a finding, shown in
    # the table; a crash, a timeout or a failing Hugo is not, and fails the command.
    return 1 if any(run.status != 1 or not label.startswith("SchemePortal") for label, run, _ in failures) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
