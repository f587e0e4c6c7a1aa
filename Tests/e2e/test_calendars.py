"""The calendar files (.ics) the build writes, read by two independent real parsers: PyPI `icalendar`
and PyPI `ical`. Self-contained: it builds the demo portal (Content/) and a small portal whose
deadlines straddle the UK clock changes into temporary folders, with the portal binary in $PORTAL
(default .build/debug/portal). Run it with scripts/test-calendars.sh, which installs the parsers.

Asserts, for every event of every calendar: both parsers read it; its start, end and time zone are
the ones the key dates mean (all-day DATE values with exclusive ends, timed ones in Europe/London);
12:00 BST/GMT deadlines land on the right UTC instant on both sides of each clock change; and the
files are well-formed (CRLF, lines of at most 75 octets, UTF-8 never split). And the page script
that re-marks key dates on the reader's day, run in headless Chromium.
"""

from __future__ import annotations

import datetime as dt
import os
import pathlib
import re
import shutil
import subprocess
import zoneinfo

import pytest

# scripts/test-calendars.sh installs both (Tests/e2e/requirements-calendar.txt); another runner that
# collects every module in Tests/e2e without them skips this one rather than failing to import it.
icalendar = pytest.importorskip("icalendar", reason="install Tests/e2e/requirements-calendar.txt")
IcsCalendarStream = pytest.importorskip("ical.calendar_stream",
                                        reason="install Tests/e2e/requirements-calendar.txt").IcsCalendarStream

REPOSITORY = pathlib.Path(__file__).resolve().parents[2]
TODAY = "2026-11-23"
UTC = dt.timezone.utc
LONDON = zoneinfo.ZoneInfo("Europe/London")


def portal_binary() -> pathlib.Path:
    binary = pathlib.Path(os.environ.get("PORTAL", REPOSITORY / ".build" / "debug" / "portal"))
    if not binary.is_file():
        pytest.fail(f"{binary} is missing: run `swift build --product portal` first", pytrace=False)
    return binary


def build(folder: pathlib.Path, output: pathlib.Path) -> pathlib.Path:
    command = [str(portal_binary()), "build", "--output", str(output), "--today", TODAY, "--quiet"]
    run = subprocess.run(command, cwd=folder, capture_output=True, text=True)
    if run.returncode != 0:
        pytest.fail(f"{' '.join(command)} failed ({run.returncode}):\n{run.stdout}{run.stderr}", pytrace=False)
    return output


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> pathlib.Path:
    return build(REPOSITORY, tmp_path_factory.mktemp("demo") / "site")


# Deadlines at 12:00 either side of the 2024 clock changes (31 March, 27 October). The two zone
# mistakes (BST written in December, GMT in July) are errors, so they never reach a calendar.
CLOCK_CHANGE_DATES = {
    # label: (date as written, the UTC instant it names)
    "Winter GMT": ("12:00 GMT, 19 December 2022", dt.datetime(2022, 12, 19, 12, 0, tzinfo=UTC)),
    "Saturday before spring change": ("12:00, 30 March 2024", dt.datetime(2024, 3, 30, 12, 0, tzinfo=UTC)),
    "Day of spring change": ("12:00, 31 March 2024", dt.datetime(2024, 3, 31, 11, 0, tzinfo=UTC)),
    "Summer BST": ("12:00 BST, 2 April 2024", dt.datetime(2024, 4, 2, 11, 0, tzinfo=UTC)),
    "Saturday before autumn change": ("12:00 BST, 26 October 2024", dt.datetime(2024, 10, 26, 11, 0, tzinfo=UTC)),
    "Day of autumn change": ("12:00 GMT, 27 October 2024", dt.datetime(2024, 10, 27, 12, 0, tzinfo=UTC)),
    "Evening after autumn change": ("6pm on Monday 28 October 2024", dt.datetime(2024, 10, 28, 18, 0, tzinfo=UTC)),
}


# A place with every character iCalendar text escapes (comma, semicolon, backslash), long enough to fold.
LOCATIONS = {"Winter GMT": r"Room 3, 1 Horse Guards Road; London SW1A 2HQ \ the Treasury entrance, then the lifts"}


@pytest.fixture(scope="module")
def clock_change(tmp_path_factory) -> pathlib.Path:
    folder = tmp_path_factory.mktemp("clock-change")
    (folder / "Content" / "schemes" / "clocks").mkdir(parents=True)
    (folder / "Content" / "portal.yaml").write_text(
        "title: Clock change portal\norganisation: Test\nbase_url: https://clocks.example.org/\n", encoding="utf-8")
    dates = "".join(f"  - label: {label}\n    date: {written}\n    kind: deadline\n"
                    + (f"    location: '{LOCATIONS[label]}'\n" if label in LOCATIONS else "")
                    for label, (written, _) in CLOCK_CHANGE_DATES.items())
    (folder / "Content" / "schemes" / "clocks" / "scheme.md").write_text(
        "---\ntitle: Clocks\norganisers: [Test]\nsummary: Deadlines around the clock changes.\nmodel: peer\n"
        "sides: [{id: a, name: A}]\nkey_dates:\n" + dates + "---\nBody.\n", encoding="utf-8")
    return build(folder, folder / "Output")


def calendars(site: pathlib.Path) -> list[pathlib.Path]:
    return sorted(site.rglob("*.ics"))


def parse_both(path: pathlib.Path):
    """Both parsers' events by UID: icalendar's VEVENT components and ical's Event objects."""
    text = path.read_text(encoding="utf-8")
    first = icalendar.Calendar.from_ical(text)
    second = IcsCalendarStream.calendar_from_ics(text)
    a = {str(e["UID"]): e for e in first.walk("VEVENT")}
    b = {e.uid: e for e in second.events}
    assert a.keys() == b.keys(), f"{path}: the parsers found different events"
    return first, a, b


# Every event of the demo portal (Content/): summary → (start, end, time zone or None for all-day).
D = dt.date
DEMO_EVENTS = {
    "Analysis Function Mutual Mentoring: Application deadline":
        (dt.datetime(2024, 3, 11, 17, 30), dt.datetime(2024, 3, 11, 18, 0), "Europe/London"),
    "Analysis Function Mutual Mentoring: Mentoring partnerships meet once a month": (D(2024, 5, 1), D(2024, 11, 1), None),
    "Oxford Policy Peer Mentoring: Call opens": (D(2022, 11, 24), D(2022, 11, 25), None),
    "Oxford Policy Peer Mentoring: Application deadline":
        (dt.datetime(2022, 12, 19, 11, 30), dt.datetime(2022, 12, 19, 12, 0), "Europe/London"),
    "Oxford Policy Peer Mentoring: Applicants informed of the outcome of their EoI": (D(2023, 1, 2), D(2023, 1, 9), None),
    "Oxford Policy Peer Mentoring: Deadline for participants to express their preferred choices for a peer mentor":
        (D(2023, 1, 24), D(2023, 1, 25), None),
    "Oxford Policy Peer Mentoring: Participants seek chemistry meeting with their proposed peer mentor":
        (D(2023, 1, 26), D(2023, 2, 10), None),
    # "February to 24 August 2023": the scheme ends on 24 August, so the period does too.
    "Oxford Policy Peer Mentoring: The scheme runs; peer mentor pairs meet at least once per month":
        (D(2023, 2, 1), D(2023, 8, 25), None),
    "Oxford Policy Peer Mentoring: Half-day, in-person cohort building event in Oxford": (D(2023, 3, 2), D(2023, 3, 3), None),
    "Oxford Policy Peer Mentoring: The scheme ends": (D(2023, 8, 24), D(2023, 8, 25), None),
    "Telescope Mutual Mentoring: The programme runs": (D(2023, 3, 1), D(2023, 6, 1), None),
    "Telescope Mutual Mentoring: Programme officially kicked off": (D(2023, 3, 24), D(2023, 3, 25), None),
}


def tz_name(value) -> str | None:
    if not isinstance(value, dt.datetime):
        return None
    tz = value.tzinfo
    return getattr(tz, "key", None) or getattr(tz, "zone", None) or str(tz)


def assert_event(summary: str, ev_a, ev_b, start, end, zone):
    a_start, a_end = ev_a.decoded("DTSTART"), ev_a.decoded("DTEND")
    for parser, (s, e) in (("icalendar", (a_start, a_end)), ("ical", (ev_b.dtstart, ev_b.dtend))):
        if zone is None:
            assert type(s) is dt.date and type(e) is dt.date, f"{parser}: {summary} should be all-day"
            assert (s, e) == (start, end), f"{parser}: {summary}: {s}–{e}, expected {start}–{end}"
        else:
            assert isinstance(s, dt.datetime) and isinstance(e, dt.datetime), f"{parser}: {summary} should be timed"
            assert tz_name(s) == zone and tz_name(e) == zone, f"{parser}: {summary} is in {tz_name(s)}"
            assert (s.replace(tzinfo=None), e.replace(tzinfo=None)) == (start, end), f"{parser}: {summary}: {s}–{e}"
    if zone is not None:
        assert ev_a["DTSTART"].params.get("TZID") == zone
        assert ev_a.decoded("DTSTART").astimezone(UTC) == ev_b.dtstart.astimezone(UTC)


def test_the_demo_portal_writes_a_calendar_for_the_portal_each_scheme_with_dates_and_each_dated_key_date(demo):
    names = [str(p.relative_to(demo)) for p in calendars(demo)]
    assert "calendar.ics" in names
    for slug in ("analysis-function-mutual-mentoring", "open-peer-mentoring", "telescope-mutual-mentoring"):
        assert f"schemes/{slug}/calendar.ics" in names
    # A calendar must hold at least one component (RFC 5545 §3.4): none for a scheme without dated key dates.
    assert "schemes/cles-one-step-beyond/calendar.ics" not in names
    singles = [n for n in names if "/key-dates/" in n]
    assert len(singles) == len(DEMO_EVENTS)
    assert "sitemap.xml" in os.listdir(demo)
    assert ".ics" not in (demo / "sitemap.xml").read_text(encoding="utf-8")


def test_every_demo_event_has_the_start_end_and_time_zone_its_key_date_means(demo):
    _, a, b = parse_both(demo / "calendar.ics")
    by_summary = {str(ev["SUMMARY"]): uid for uid, ev in a.items()}
    assert sorted(by_summary) == sorted(DEMO_EVENTS), "the portal calendar holds exactly the dated key dates"
    for summary, (start, end, zone) in DEMO_EVENTS.items():
        uid = by_summary[summary]
        assert_event(summary, a[uid], b[uid], start, end, zone)


def test_every_calendar_file_reads_in_both_parsers_and_agrees_with_the_portal_calendar(demo):
    _, portal_a, _ = parse_both(demo / "calendar.ics")
    for path in calendars(demo):
        cal, a, b = parse_both(path)
        assert a, f"{path} has no events"
        assert str(cal["VERSION"]) == "2.0" and str(cal["METHOD"]) == "PUBLISH"
        assert str(cal["PRODID"]) == "-//SchemePortal//Key dates//EN"
        for uid, event in a.items():
            assert uid in portal_a, f"{path}: {uid} is not in the portal calendar"
            for key in ("DTSTART", "DTEND", "SUMMARY", "DESCRIPTION", "URL"):
                assert event.decoded(key) == portal_a[uid].decoded(key), f"{path}: {key} differs"
            assert event.decoded("DTSTAMP") == dt.datetime(2026, 11, 23, tzinfo=UTC)
            assert str(event["URL"]).startswith("https://mentoring.example.org/schemes/")
            assert b[uid].summary == str(event["SUMMARY"])


def test_vague_dates_are_in_no_calendar(demo):
    _, a, _ = parse_both(demo / "calendar.ics")
    summaries = " ".join(str(e["SUMMARY"]) for e in a.values())
    assert "networking event in Whitehall" not in summaries  # Summer 2023
    assert "Online training sessions" not in summaries  # Spring 2024


def test_the_files_are_well_formed_CRLF_folded_at_75_octets_and_UTF_8(demo, clock_change):
    for path in calendars(demo) + calendars(clock_change):
        data = path.read_bytes()
        assert data.endswith(b"\r\n")
        assert b"\n" not in data.replace(b"\r\n", b""), f"{path}: a bare line feed"
        assert b"\r" not in data.replace(b"\r\n", b""), f"{path}: a bare carriage return"
        for number, line in enumerate(data.split(b"\r\n")[:-1], 1):
            assert len(line) <= 75, f"{path}:{number}: {len(line)} octets"
            line.decode("utf-8")  # a folded line never splits a UTF-8 sequence


@pytest.mark.parametrize("label", list(CLOCK_CHANGE_DATES))
def test_12_00_deadlines_land_on_the_right_UTC_instant_across_the_clock_changes(clock_change, label):
    written, instant = CLOCK_CHANGE_DATES[label]
    _, a, b = parse_both(clock_change / "schemes" / "clocks" / "calendar.ics")
    [uid] = [uid for uid, ev in a.items() if str(ev["SUMMARY"]) == f"Clocks: {label}"]
    for parser, start, end in (("icalendar", a[uid].decoded("DTSTART"), a[uid].decoded("DTEND")),
                               ("ical", b[uid].dtstart, b[uid].dtend)):
        assert end.astimezone(UTC) == instant, f"{parser}: “{written}” ends at {end.astimezone(UTC)}"
        assert end - start == dt.timedelta(minutes=30), f"{parser}: a timed deadline is the half-hour up to it"


def alarm_moments(event) -> list[dt.datetime | dt.date]:
    """When each reminder of an icalendar VEVENT goes off: DTSTART plus its TRIGGER."""
    start = event.decoded("DTSTART")
    if not isinstance(start, dt.datetime):
        start = dt.datetime.combine(start, dt.time())
    return [start + alarm.decoded("TRIGGER") for alarm in event.walk("VALARM")]


@pytest.mark.parametrize("label", list(CLOCK_CHANGE_DATES))
def test_a_timed_deadline_reminds_a_day_and_a_week_before_it(clock_change, label):
    written, instant = CLOCK_CHANGE_DATES[label]
    _, a, b = parse_both(clock_change / "schemes" / "clocks" / "calendar.ics")
    [uid] = [uid for uid, ev in a.items() if str(ev["SUMMARY"]) == f"Clocks: {label}"]
    alarms = list(a[uid].walk("VALARM"))
    assert [str(alarm["ACTION"]) for alarm in alarms] == ["DISPLAY", "DISPLAY"]
    assert [str(alarm["DESCRIPTION"]).split(":")[0] for alarm in alarms] == ["Tomorrow", "In a week"]
    end = a[uid].decoded("DTEND")
    # A day before on the wall clock, whatever the clocks did in between (within the half-hour's exact hours).
    for moment, days in zip(alarm_moments(a[uid]), (1, 7)):
        assert abs((end - moment) - dt.timedelta(days=days)) <= dt.timedelta(hours=1), f"{written}: {moment}"
    assert len(b[uid].alarm) == 2, "the second parser reads both reminders"


def test_the_demo_deadlines_remind_and_nothing_else_does(demo):
    _, a, b = parse_both(demo / "calendar.ics")
    for uid, event in a.items():
        alarms = list(event.walk("VALARM"))
        if str(event["CATEGORIES"].to_ical().decode()) == "Deadline":
            assert len(alarms) == 2, str(event["SUMMARY"])
            assert len(b[uid].alarm) == 2
        else:
            assert alarms == [], str(event["SUMMARY"])
    # An all-day deadline reminds at 09:00 the day before: 24 January 2023.
    [uid] = [u for u, e in a.items() if "preferred choices" in str(e["SUMMARY"])]
    assert alarm_moments(a[uid]) == [dt.datetime(2023, 1, 23, 9, 0), dt.datetime(2023, 1, 17, 9, 0)]


def test_a_key_dates_location_is_the_events_location_in_both_parsers(demo, clock_change):
    _, a, b = parse_both(demo / "schemes" / "open-peer-mentoring" / "calendar.ics")
    [uid] = [u for u, e in a.items() if "cohort building event" in str(e["SUMMARY"])]
    assert str(a[uid]["LOCATION"]) == "Oxford"
    assert b[uid].location == "Oxford"
    assert all("LOCATION" not in e for u, e in a.items() if u != uid)
    _, a, b = parse_both(clock_change / "calendar.ics")
    [uid] = [u for u, e in a.items() if str(e["SUMMARY"]) == "Clocks: Winter GMT"]
    assert str(a[uid]["LOCATION"]) == LOCATIONS["Winter GMT"]
    assert b[uid].location == LOCATIONS["Winter GMT"]


def test_the_VTIMEZONE_alone_gives_UK_offsets_across_the_changes(clock_change):
    """Reads the file's own VTIMEZONE (not the system's zone database) and checks it against it."""
    text = (clock_change / "calendar.ics").read_text(encoding="utf-8")
    cal = icalendar.Calendar.from_ical(text)
    [vtimezone] = cal.walk("VTIMEZONE")
    assert str(vtimezone["TZID"]) == "Europe/London"
    from_file = vtimezone.to_tz()
    [ical_zone] = IcsCalendarStream.calendar_from_ics(text).timezones
    moments = [dt.datetime(2024, 3, 31, 0, 30), dt.datetime(2024, 3, 31, 3, 0), dt.datetime(2024, 6, 1, 12),
               dt.datetime(2024, 10, 27, 0, 30), dt.datetime(2024, 10, 27, 3, 0), dt.datetime(2024, 12, 19, 12),
               dt.datetime(2030, 7, 1, 12), dt.datetime(2030, 1, 1, 12)]
    for moment in moments:
        expected = LONDON.utcoffset(moment)
        assert from_file.utcoffset(moment) == expected, f"icalendar: {moment}"
        info = ical_zone.get_observance(moment)
        assert info is not None and info.observance.tz_offset_to.offset == expected, f"ical: {moment}"


# The page script (assets/key-dates.js), run by a real browser: a site built as of 1 November 2022
# is read today, when every demo date is over, so the script must mark every dated key date past,
# hide "Next key date", and find, in the phases the build lists, that the statuses the content does not state are closed.

@pytest.fixture(scope="module")
def old_site(tmp_path_factory) -> pathlib.Path:
    output = tmp_path_factory.mktemp("old") / "site"
    command = [str(portal_binary()), "build", "--output", str(output), "--today", "2022-11-01", "--quiet"]
    run = subprocess.run(command, cwd=REPOSITORY, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    return output


def rendered_dom(page: pathlib.Path, profile: pathlib.Path) -> str:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.fail("chromium is not installed (scripts/install-site-check-tools.sh installs it)")
    run = subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={profile}",
                          "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0 and "</html>" in run.stdout, run.stderr[-2000:]
    return run.stdout


def test_without_the_script_the_build_markers_stand(old_site):
    html = (old_site / "schemes" / "open-peer-mentoring" / "key-dates" / "index.html").read_text(encoding="utf-8")
    assert html.count('class="key-date state-next') == 1
    assert '<script src="../../../assets/key-dates.js" defer></script>' in html


def test_the_script_re_marks_key_dates_next_dates_and_derived_statuses_on_the_readers_day(old_site, tmp_path):
    assert dt.date.today() > dt.date(2024, 11, 1), "this test assumes every demo date is over"
    dom = rendered_dom(old_site / "schemes" / "open-peer-mentoring" / "key-dates" / "index.html", tmp_path / "p1")
    states = re.findall(r'<li class="key-date state-(\w+) kind-\w+" id="[^"]+" data-start', dom)
    assert states and set(states) == {"past"}, states
    assert dom.count('<span class="state-badge">Past</span>') == len(states)
    assert "(to be confirmed)" in dom  # vague dates are left as they are
    home = rendered_dom(old_site / "index.html", tmp_path / "p2")
    assert re.search(r'<div class="next-key-date" hidden="?"?>', home)
    assert 'class="next-key-date">' not in home
    telescope = re.search(r'<span class="badge status-(\w+)" '
                          r'data-status-phases="upcoming 2023-03-01 running 2023-06-01 closed">([^<]+)</span>', home)
    assert telescope and telescope.groups() == ("closed", "Closed"), "the derived status is looked up again"
