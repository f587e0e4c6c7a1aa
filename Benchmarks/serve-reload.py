#!/usr/bin/env python3
"""Times `portal serve` on a portal: from a save to the reload event an open tab receives.

    Benchmarks/serve-reload.py PORTAL_FOLDER PERSON_FILE [--portal PROGRAM] [--today YYYY-MM-DD] [--runs N]

It edits PERSON_FILE (relative to PORTAL_FOLDER; a biography line is changed and changed back), so run
it on a copy. Two timings, each repeated: a no-op (the file touched, nothing changed: from the touch to
the server's "saved unchanged" line, since it sends no reload) and one biography edited (from just before
the write to the `reload` event on the channel a browser tab opens).
"""
import argparse, http.client, os, re, subprocess, sys, threading, time

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("portal")
    parser.add_argument("person")
    parser.add_argument("--portal-program", default=os.path.join(os.path.dirname(__file__), "..", ".build", "debug", "portal"))
    parser.add_argument("--today", default="2026-11-23")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    program = os.path.abspath(args.portal_program)
    serve = subprocess.Popen([program, "serve", "--port", "0", "--today", args.today], cwd=args.portal,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    lines = []
    port = None
    started = time.monotonic()
    for line in serve.stdout:
        lines.append(line.rstrip())
        print("serve:", line.rstrip(), flush=True)
        match = re.search(r"serving the portal at http://127\.0\.0\.1:(\d+)/", line)
        if match:
            port = int(match.group(1))
            break
    print(f"first build and start: {time.monotonic() - started:.2f} s", flush=True)
    unchanged = threading.Event()
    def follow():
        for l in serve.stdout:
            print("serve:", l.rstrip(), flush=True)
            if "saved unchanged" in l:
                unchanged.set()
    threading.Thread(target=follow, daemon=True).start()

    connection = http.client.HTTPConnection("127.0.0.1", port)
    connection.request("GET", "/__portal/events")
    response = connection.getresponse()
    def next_event():
        event = None
        while True:
            line = response.fp.readline().decode()
            if line.startswith("event: "):
                event = line[7:].strip()
            elif line.strip() == "" and event:
                return event
    assert next_event() == "hello"

    path = os.path.join(args.portal, args.person)
    def timed(label, change, done):
        results = []
        for _ in range(args.runs):
            time.sleep(0.5)
            unchanged.clear()
            began = time.monotonic()
            change()
            done()
            results.append(time.monotonic() - began)
        print(f"{label}: " + ", ".join(f"{r * 1000:.0f} ms" for r in results), flush=True)

    def reloaded():
        assert next_event() == "reload"

    timed("no-op (file touched) -> nothing to rebuild", lambda: os.utime(path), lambda: unchanged.wait(60) or sys.exit("no answer"))
    original = open(path).read()
    counter = [0]
    def edit():
        counter[0] += 1
        with open(path, "w") as file:
            file.write(original.replace("biography: |\n", f"biography: |\n  Edited {counter[0]}.\n", 1))
    timed("one biography saved -> reload event", edit, reloaded)
    with open(path, "w") as file:
        file.write(original)
    time.sleep(0.5)
    serve.send_signal(2)
    serve.wait(timeout=120)

if __name__ == "__main__":
    main()
