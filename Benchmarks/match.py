#!/usr/bin/env python3
"""The matching benchmark: `portal match` on synthetic schemes of issue 16's two sizes.

  python3 Benchmarks/match.py --portal .build/release/portal [--runs 3] [--work DIR] [--check]

Two portals, each one scheme on the civil-service ladder:
  - 500 mentees and 500 mentors, capacity 1, every pair allowed but for a few conflicts (target: under 1 s);
  - 5,000 mentees and 1,000 mentors, capacity 5, where the grade gap (a mentor exactly two grades above)
    leaves each mentee about 200 candidates (target: under 30 s).
Each person has up to three ranked preferences, areas offered and sought, and an organisation. Prints, for
each, the median wall time of `portal match SCHEME --yaml` (load, validate and the proposal: everything a
coordinator waits for), its peak memory, and what it proposed. --check: small sizes, one run, asserts only
that a proposal is made (a smoke test).
"""
import argparse, os, random, re, shutil, statistics, subprocess, sys, tempfile

GRADES = ["AA", "AO", "EO", "HEO", "SEO", "Grade 7", "Grade 6", "SCS1"]
AREAS = [f"Area {n}" for n in range(60)]
ORGANISATIONS = [f"Department {n}" for n in range(40)]


def portal_yaml():
    return ("title: Matching benchmark\norganisation: Benchmarks\nbase_url: https://bench.example.org/\n"
            "grade_ladders:\n  - id: civil-service\n    name: UK Civil Service grades\n"
            "    grades: [" + ", ".join(GRADES) + "]\n")


def scheme_md(gap):
    rules = "rules:\n  grade_ladder: civil-service\n  mentor_capacity: 5\n  max_preferences: 3\n  prefer_cross_department: true\n"
    if gap:
        rules += "  min_grade_gap: 2\n  max_grade_gap: 2\n"
    return ("---\ntitle: Benchmark Mentoring\norganisers: [Benchmarks]\nsummary: A synthetic scheme for the matching benchmark.\nmodel: one-to-one\n"
            "sides:\n  - id: mentee\n    name: Mentee\n  - id: mentor\n    name: Mentor\n" + rules + "---\n\nMentoring.\n")


def people_yaml(mentees, mentors, capacity, gap, seed):
    rnd = random.Random(seed)
    # With the gap, each mentee grade has one mentor grade two above it, and the mentors are spread evenly
    # over those five grades: about a fifth of the mentors for each mentee.
    mentee_grades = GRADES[0:5] if gap else GRADES[1:6]
    mentor_grades = GRADES[2:7] if gap else GRADES[3:8]
    grade_of = {}
    out = ["people:"]
    def record(pid, side, grade, others, extra):
        lines = [f"  - id: {pid}", f"    name: Person {pid}", f"    side: {side}", f"    grade: {grade}",
                 f"    organisation: {rnd.choice(ORGANISATIONS)}",
                 f"    expertise_offered: [{', '.join(rnd.sample(AREAS, 2))}]",
                 f"    expertise_sought: [{', '.join(rnd.sample(AREAS, 2))}]"] + extra
        if others:
            lines.append(f"    preferences: [{', '.join(others)}]")
        lines.append("    consent: [name]")
        out.append("\n".join(lines))
    mentor_ids = [f"mentor-{n}" for n in range(mentors)]
    for n in range(mentors):
        grade_of[mentor_ids[n]] = mentor_grades[n % len(mentor_grades)]
    by_grade = {}
    for pid, grade in grade_of.items():
        by_grade.setdefault(grade, []).append(pid)
    for n in range(mentees):
        grade = mentee_grades[n % len(mentee_grades)]
        allowed = by_grade.get(GRADES[GRADES.index(grade) + 2], []) if gap else mentor_ids
        record(f"mentee-{n}", "mentee", grade, rnd.sample(allowed, min(3, len(allowed))), [])
    for pid in mentor_ids:
        record(pid, "mentor", grade_of[pid], [], [f"    capacity: {capacity}"] if capacity > 1 else [])
    return "\n\n".join(out) + "\n"


def write_portal(root, mentees, mentors, capacity, gap, seed=2026):
    if os.path.exists(root):
        shutil.rmtree(root)
    os.makedirs(os.path.join(root, "Content/schemes/bench"))
    with open(os.path.join(root, "Content/portal.yaml"), "w") as f:
        f.write(portal_yaml())
    with open(os.path.join(root, "Content/schemes/bench/scheme.md"), "w") as f:
        f.write(scheme_md(gap))
    with open(os.path.join(root, "Content/schemes/bench/people.yaml"), "w") as f:
        f.write(people_yaml(mentees, mentors, capacity, gap, seed))


def run(portal, root):
    """One `portal match` run: wall seconds, peak MiB, and its terminal report's summary."""
    timed = subprocess.run(["/usr/bin/time", "-f", "%e %M", portal, "match", "bench", "--today", "2026-11-30"],
                           cwd=root, capture_output=True, text=True)
    if timed.returncode != 0:
        sys.exit(f"portal match failed in {root}:\n{timed.stderr}")
    wall, kib = timed.stderr.strip().splitlines()[-1].split()
    return float(wall), int(kib) / 1024, timed.stdout


def main(argv):
    parser = argparse.ArgumentParser(prog="Benchmarks/match.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--portal", required=True)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--work", default=os.path.join("/dev/shm" if os.path.isdir("/dev/shm") else tempfile.gettempdir(), "schemeportal-match-bench"))
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    portal = os.path.abspath(args.portal)
    cases = [("500 × 500, capacity 1", 500, 500, 1, False, 1.0), ("5,000 × 1,000, capacity 5", 5000, 1000, 5, True, 30.0)]
    if args.check:
        cases = [("50 × 50, capacity 1", 50, 50, 1, False, None), ("100 × 40, capacity 5", 100, 40, 5, True, None)]
        args.runs = 1
    print("| scheme | candidate pairs | pairs proposed | left without a partner | wall (median of %d) | peak memory | target |" % args.runs)
    print("|---|---|---|---|---|---|---|")
    for name, mentees, mentors, capacity, gap, target in cases:
        root = os.path.join(args.work, f"{mentees}x{mentors}")
        write_portal(root, mentees, mentors, capacity, gap)
        results = [run(portal, root) for _ in range(args.runs)]
        summary = results[0][2]
        allowed = re.search(r"the hard rules allow ([\d,]+) pairs? among those with places; proposed ([\d,]+) new pairs? in all \(total score (\d+)\); (\d+) left", summary)
        if not allowed:
            sys.exit(f"no proposal summary in:\n{summary[:2000]}")
        wall = statistics.median(r[0] for r in results)
        memory = max(r[1] for r in results)
        verdict = "" if target is None else ("met" if wall < target else "NOT met") + f" (< {target:g} s)"
        print(f"| {name} | {allowed.group(1)} | {allowed.group(2)} | {allowed.group(4)} | {wall:.2f} s | {memory:.0f} MiB | {verdict} |")
    shutil.rmtree(args.work, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
