"""Synthetic portals for the benchmark: N people as a SchemePortal portal and as an equivalent Hugo site.

Usage: python3 Benchmarks/generate.py N DIR [--layouts per-person,per-scheme,batched]

Writes into DIR (which should not exist yet, or be one this script made):
  hugo/                 a Hugo site: one page per person, a list page, taxonomies for expertise and department
  portal-<layout>/      the same people as a portal (Content/ and an empty Layouts/), one folder per layout
  biographies.md        every biography concatenated, for the cmark-gfm floor
  summary.json          what the sites should hold (people, expertise areas and departments used)

The content is the reference content behind the figures in the speed issue (/work/shared/bench/hugo-site.py
and portal-site.py), byte for byte: random.Random(42), the same calls in the same order, so person i is
the same person in every site. Change it only together with those figures.

Every participant consents to publish name, job title, grade, organisation, expertise and biography, so
each gets a profile page. Person i is in scheme i % 5, on side mentor or mentee alternately; no
preferences or partners. The biography is the whole Markdown body of the Hugo page.

Portal layouts:
  per-person  Content/people/p00000.yaml, one file per person with a `schemes:` membership.
  per-scheme  Content/schemes/<scheme>/people.yaml, the membership at the top of each record. About
              2 kB of YAML per person: at 10,000 people each scheme's file is about 4 MB, within the
              people-file limit (`limits: people_file_mb` in portal.yaml, 50 MB by default; docs/content-format.md).
  batched     Content/people/batch-000.yaml, `people:` lists of 500 records (with `schemes:`).
"""
import json
import os
import random
import sys

LAYOUTS = ("per-person", "per-scheme", "batched")
WORDS = ("policy research mentoring evaluation network leadership data analysis health education "
         "transport justice housing climate digital finance inclusion strategy delivery operations "
         "science engagement government university department programme evidence skills career").split()
EXPERTISE = [f"area-{i}" for i in range(60)]
DEPARTMENTS = [f"Department {i}" for i in range(40)]
SCHEMES = [
    ("analysis-mentoring", "Analysis mentoring", "one-to-one"),
    ("policy-mentoring", "Policy mentoring", "one-to-one"),
    ("research-exchange", "Research exchange", "mutual"),
    ("digital-mentoring", "Digital mentoring", "reverse"),
    ("operations-mentoring", "Operations mentoring", "one-to-one"),
]
SIDES = ["mentor", "mentee"]
CONSENT = "consent: [name, job_title, grade, organisation, expertise_offered, biography]"


def make_people(n):
    """The people, with the random calls in the reference generator's order: the biography's
    sentences, then three expertise areas, then the department."""
    rng = random.Random(42)
    people = []
    for i in range(n):
        bio = []
        for _ in range(rng.randint(3, 5)):
            bio.append(" ".join(rng.choice(WORDS) for _ in range(rng.randint(40, 50))).capitalize() + ".")
        expertise = rng.sample(EXPERTISE, 3)
        department = rng.choice(DEPARTMENTS)
        people.append({
            "id": f"p{i:05d}", "name": f"Person {i}", "job": "Senior analyst", "grade": "Grade 7",
            "dept": department, "expertise": expertise,
            "body": "\n\n".join(bio) + "\n\n- " + "\n- ".join(expertise) + "\n",
            "scheme": SCHEMES[i % 5][0], "side": SIDES[(i // 5) % 2],
        })
    return people


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


# ---- Hugo ----

HUGO_LAYOUTS = {
    "baseof.html": '<!DOCTYPE html><html lang="en"><head><title>{{ .Title }}</title></head><body><main>'
                   '{{ block "main" . }}{{ end }}</main></body></html>',
    "single.html": '{{ define "main" }}<h1>{{ .Title }}</h1><p>{{ .Params.job }}</p><ul>{{ range .Params.expertise }}'
                   '<li>{{ . }}</li>{{ end }}</ul>{{ .Content }}{{ end }}',
    "list.html": '{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">'
                 '{{ .Title }}</a></li>{{ end }}</ul>{{ end }}',
    "terms.html": '{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.Alphabetical }}'
                  '<li>{{ .Page.Title }} ({{ .Count }})</li>{{ end }}</ul>{{ end }}',
}


def write_hugo(people, root):
    write(f"{root}/hugo.toml", 'baseURL = "https://example.org/"\ntitle = "Bench"\n'
          '[taxonomies]\n  expertise = "expertise"\n  department = "department"\n')
    for name, text in HUGO_LAYOUTS.items():
        write(f"{root}/layouts/_default/{name}", text)
    os.makedirs(f"{root}/content/people", exist_ok=True)
    for p in people:
        with open(f"{root}/content/people/{p['id']}.md", "w", encoding="utf-8") as f:
            f.write(f'---\ntitle: "{p["name"]}"\njob: "{p["job"]}"\ngrade: "{p["grade"]}"\n'
                    f'department: ["{p["dept"]}"]\nexpertise: [{", ".join(p["expertise"])}]\n---\n\n' + p["body"])


# ---- SchemePortal ----

def portal_yaml():
    return ("title: Benchmark mentoring portal\n"
            "organisation: Benchmark organisation\n"
            "description: A synthetic portal for measuring build time.\n"
            "base_url: https://mentoring.example.org/\n"
            "contact_email: portal@example.org\n"
            "grade_ladders:\n"
            "  - id: civil-service\n"
            "    name: UK Civil Service grades\n"
            "    grades: [AA, AO, EO, HEO, SEO, Grade 7, Grade 6, SCS1, SCS2]\n"
            "vocabularies:\n"
            "  expertise:\n" + "".join(f"    - {e}\n" for e in EXPERTISE) +
            "  organisations:\n" + "".join(f"    - {d}\n" for d in DEPARTMENTS) +
            "people:\n  index_profiles: false\n")


def scheme_md(slug, title, model):
    return f"""---
title: {title} 2026-27
short_title: {title}
organisers:
  - Benchmark mentoring team
cohort: "2026-27"
summary: |
  Pairs mentors and mentees across departments for nine months, from January to September 2027.
model: {model}
sides:
  - id: mentor
    name: Mentor
    eligibility: |
      Civil servants at Grade 7 or above.
    how_to_apply: |
      Fill in the expression of interest form.
  - id: mentee
    name: Mentee
    eligibility: |
      Civil servants at any grade.
key_dates:
  - label: Call opens
    date: 1 December 2026
    kind: opens
  - label: Application deadline
    date: 12:00 GMT, 15 December 2026
    kind: deadline
  - label: The scheme runs
    date: January to September 2027
    kind: period
  - label: Launch event
    date: 14 January 2027
    kind: event
contacts:
  - role: Mentoring coordinator
    email: {slug}@example.org
rules:
  grade_ladder: civil-service
  max_preferences: 3
---

The {title} scheme matches mentors and mentees across the organisation.

## How it works

Each pair meets once a month for an hour. See the [key dates](/schemes/{slug}/key-dates/).

## Key dates

All times are UK time.
"""


def quoted(text):
    """A YAML double-quoted scalar."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def record(p, indent, side_at_top):
    """One person's YAML lines. In a scheme's people.yaml the side is a top-level key; elsewhere the
    membership is a `schemes:` list."""
    lines = [f"id: {p['id']}", f"name: {quoted(p['name'])}"]
    if side_at_top:
        lines.append(f"side: {p['side']}")
    lines += [f"job_title: {quoted(p['job'])}", f"grade: {quoted(p['grade'])}", f"organisation: {quoted(p['dept'])}",
              f"expertise_offered: [{', '.join(p['expertise'])}]", "biography: |"]
    lines += [("  " + line) if line else "" for line in p["body"].rstrip("\n").split("\n")]
    lines.append(CONSENT)
    if not side_at_top:
        lines += ["schemes:", f"  - scheme: {p['scheme']}", f"    side: {p['side']}"]
    pad = " " * indent
    return "".join((pad + line if line else "") + "\n" for line in lines)


def list_item(p, side_at_top):
    """A record as an item of a `people:` list ("  - " in place of the first line's indent)."""
    return "  - " + record(p, 4, side_at_top)[4:]


def write_portal(people, root, layout):
    content = f"{root}/Content"
    os.makedirs(f"{root}/Layouts", exist_ok=True)
    write(f"{content}/portal.yaml", portal_yaml())
    for slug, title, model in SCHEMES:
        write(f"{content}/schemes/{slug}/scheme.md", scheme_md(slug, title, model))
    if layout == "per-person":
        os.makedirs(f"{content}/people", exist_ok=True)
        for p in people:
            with open(f"{content}/people/{p['id']}.yaml", "w", encoding="utf-8") as f:
                f.write(record(p, 0, False))
    elif layout == "per-scheme":
        for slug, _, _ in SCHEMES:
            members = [list_item(p, True) for p in people if p["scheme"] == slug]
            write(f"{content}/schemes/{slug}/people.yaml", "people:\n" + "".join(members))
    else:
        os.makedirs(f"{content}/people", exist_ok=True)
        for start in range(0, len(people), 500):
            batch = people[start:start + 500]
            write(f"{content}/people/batch-{start // 500:03d}.yaml",
                  "people:\n" + "".join(list_item(p, False) for p in batch))


def summary(people):
    return {
        "people": len(people),
        "expertise_used": len({e for p in people for e in p["expertise"]}),
        "departments_used": len({p["dept"] for p in people}),
    }


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    layouts = ["per-person", "per-scheme"]
    if "--layouts" in argv:
        value = argv[argv.index("--layouts") + 1]
        args.remove(value)
        layouts = value.split(",")
    if len(args) != 2 or not args[0].isdigit() or any(layout not in LAYOUTS for layout in layouts):
        sys.exit(__doc__)
    n, root = int(args[0]), args[1]
    people = make_people(n)
    write_hugo(people, f"{root}/hugo")
    for layout in layouts:
        write_portal(people, f"{root}/portal-{layout}", layout)
    write(f"{root}/biographies.md", "\n".join(p["body"] for p in people))
    write(f"{root}/summary.json", json.dumps(summary(people), indent=2) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
