"""Runs one command under /usr/bin/time and reports what it cost and what it left behind."""
import os
import signal
import subprocess
import tempfile
from dataclasses import dataclass, field

# Far above any build the benchmark makes (50,000 people take about a minute); a tool that hangs on
# generated input is a finding, reported as a failure rather than waited on for ever.
TIMEOUT_SECONDS = 3600


@dataclass
class Run:
    status: int                 # the command's exit status; negative for a signal, None after the timeout
    wall: float = 0.0           # seconds
    cpu: float = 0.0            # user + system seconds
    peak_kib: int = 0           # maximum resident set size
    stderr: str = ""
    pages: int = None           # .html files in the output folder, when there is one
    bytes_written: int = None   # bytes of the files the command wrote (new or replaced)
    files_written: int = None

    @property
    def ok(self):
        return self.status == 0


@dataclass
class Snapshot:
    """The files of a folder, by identity, so that a rebuild can be told apart from a no-op."""
    files: dict = field(default_factory=dict)

    @classmethod
    def of(cls, folder):
        files = {}
        if folder and os.path.isdir(folder):
            for parent, _, names in os.walk(folder):
                for name in names:
                    path = os.path.join(parent, name)
                    info = os.lstat(path)
                    files[os.path.relpath(path, folder)] = (info.st_ino, info.st_mtime_ns, info.st_size)
        return cls(files)

    def written_since(self, before):
        """(files, bytes) that are new or replaced since `before`: a file counts as written when its
        inode, modification time or size changed."""
        changed = [key for key, value in self.files.items() if before.files.get(key) != value]
        return len(changed), sum(self.files[key][2] for key in changed)

    @property
    def pages(self):
        return sum(1 for key in self.files if key.endswith(".html"))


def run(argv, output=None, stdout_path=None, cwd=None):
    """Runs `argv` under /usr/bin/time; `output` is the folder it writes, measured before and after."""
    before = Snapshot.of(output)
    with tempfile.NamedTemporaryFile("r", suffix=".time") as timing, \
            open(stdout_path or os.devnull, "w") as out:
        command = ["/usr/bin/time", "-f", "%e %U %S %M", "-o", timing.name] + list(argv)
        # A session of its own, so that a timeout ends the tool itself and not only /usr/bin/time.
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.PIPE, cwd=cwd, start_new_session=True,
                                   text=True, errors="replace")
        try:
            _, stderr = process.communicate(timeout=TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            _, stderr = process.communicate()
            return Run(status=None, wall=TIMEOUT_SECONDS, stderr=stderr)
        # GNU time writes "Command exited with non-zero status N" or "Command terminated by signal N"
        # before the figures; the figures are always the last line.
        lines = [line for line in timing.read().splitlines() if line.strip()]
    result = Run(status=process.returncode, stderr=stderr)
    if lines:
        fields = lines[-1].split()
        if len(fields) == 4:
            result.wall, user, system, result.peak_kib = float(fields[0]), float(fields[1]), float(fields[2]), int(fields[3])
            result.cpu = user + system
        killed = next((line for line in lines if "terminated by signal" in line), None)
        if killed:
            result.status = -int(killed.split()[-1])
    if output:
        after = Snapshot.of(output)
        result.pages = after.pages
        result.files_written, result.bytes_written = after.written_since(before)
    elif stdout_path:
        result.files_written, result.bytes_written = 1, os.path.getsize(stdout_path)
    return result
