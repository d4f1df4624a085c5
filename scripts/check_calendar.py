#!/usr/bin/env python3
"""Cross-check our Kazakhstan working days with the python `holidays` package (country KZ).

Our calendar (data/calendar.tsv) stays the source of truth: this script only reports where
the two disagree, with our source and theirs, so a reviewer can look. It covers every year
with an official table plus the next estimated year.

    make check-calendar                 # print the differences (exit 1 if there are any)
    make check-calendar RECORD=1        # ... and record the result in data/calendar.tsv

It installs `holidays` pinned (HOLIDAYS_VERSION) into a venv under .tools/, and reads our
working days from `cargo run --example workdays` (examples/workdays.rs). Not part of
`make test`: it needs Python, pip and the network once.
"""

import datetime
import os
import re
import subprocess
import sys
import venv
from pathlib import Path

HOLIDAYS_VERSION = "0.109"
ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".tools" / "holidays-venv"
CALENDAR = ROOT / "data" / "calendar.tsv"


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_holidays() -> None:
    """Create the venv and install the pinned package if it is not there yet."""
    python = venv_python()
    if not python.exists():
        print(f"creating {VENV.relative_to(ROOT)}", file=sys.stderr)
        venv.EnvBuilder(with_pip=True).create(VENV)
    probe = subprocess.run(
        [str(python), "-c", "import holidays; print(holidays.__version__)"],
        capture_output=True,
        text=True,
    )
    if probe.returncode != 0 or probe.stdout.strip() != HOLIDAYS_VERSION:
        print(f"installing holidays=={HOLIDAYS_VERSION}", file=sys.stderr)
        subprocess.run(
            [str(python), "-m", "pip", "install", "-q", f"holidays=={HOLIDAYS_VERSION}"],
            check=True,
        )


def table_years() -> list[int]:
    years = []
    for line in CALENDAR.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if cols[0] == "year" and len(cols) > 1:
            years.append(int(cols[1]))
    if not years:
        sys.exit("data/calendar.tsv has no year table")
    return sorted(years)


def ours(first: int, last: int) -> dict[datetime.date, tuple[str, str, str, str]]:
    """date -> (off|work, table|estimated, why, source), from examples/workdays.rs."""
    out = subprocess.run(
        ["cargo", "run", "--quiet", "--example", "workdays", "--", str(first), str(last)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    days = {}
    for line in out.splitlines():
        date, kind, origin, why, source = line.split("\t")
        days[datetime.date.fromisoformat(date)] = (kind, origin, why, source)
    return days


# Run inside the venv: prints `date <TAB> off|work <TAB> names` for every exception to the
# Monday-to-Friday week in the holidays package's KZ calendar.
THEIRS = r"""
import datetime, sys, holidays
first, last = int(sys.argv[1]), int(sys.argv[2])
kz = holidays.country_holidays("KZ", years=range(first, last + 1))
day = datetime.date(first, 1, 1)
while day.year <= last:
    weekday = day.weekday() < 5
    working = kz.is_working_day(day)
    if weekday != working:
        names = "; ".join(kz.get_list(day)) or "weekend day worked (transfer)"
        print(f"{day}\t{'work' if working else 'off'}\t{names}")
    day += datetime.timedelta(days=1)
"""


def theirs(first: int, last: int) -> dict[datetime.date, tuple[str, str]]:
    out = subprocess.run(
        [str(venv_python()), "-c", THEIRS, str(first), str(last)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    days = {}
    for line in out.splitlines():
        date, kind, names = line.split("\t")
        days[datetime.date.fromisoformat(date)] = (kind, names)
    return days


def describe(kind: str | None, weekday: bool) -> str:
    if kind is None:
        return "working day" if weekday else "day off (weekend)"
    return "working day" if kind == "work" else "day off"


def record(line: str) -> None:
    text = CALENDAR.read_text(encoding="utf-8")
    new, n = re.subn(r"^# holidays_check:.*$", f"# holidays_check: {line}", text, count=1, flags=re.M)
    if n != 1:
        sys.exit("data/calendar.tsv has no '# holidays_check:' header line to record into")
    CALENDAR.write_text(new, encoding="utf-8")


def main() -> int:
    ensure_holidays()
    years = table_years()
    first, last = years[0], years[-1] + 1  # every table year and the next, estimated, year
    our_days, their_days = ours(first, last), theirs(first, last)
    differences = []
    for date in sorted(set(our_days) | set(their_days)):
        our, their = our_days.get(date), their_days.get(date)
        if (our and our[0]) == (their and their[0]):
            continue
        weekday = date.weekday() < 5
        our_text = describe(our and our[0], weekday)
        if our:
            our_text += f" ({our[1]}: {our[2]}; source: {our[3]})"
        elif date.year in table_years():
            our_text += f" (not listed in the {date.year} table of data/calendar.tsv)"
        else:
            our_text += f" (estimated: not a day off by the {date.year} rules of data/calendar.tsv)"
        their_text = describe(their and their[0], weekday)
        if their:
            their_text += f" ({their[1]})"
        differences.append(
            f"{date} {date.strftime('%a')}\n  ours:   {our_text}\n"
            f"  theirs: {their_text} (python holidays {HOLIDAYS_VERSION}, country KZ)"
        )
    for d in differences:
        print(d)
    today = datetime.date.today().isoformat()
    summary = (
        f"{today}, holidays {HOLIDAYS_VERSION} (KZ), {first}-{last} "
        f"({last} estimated): {len(differences)} difference(s)"
    )
    if differences:
        summary += ": " + ", ".join(d.split(" ", 1)[0] for d in differences)
    print(summary)
    if os.environ.get("RECORD") == "1" or "--record" in sys.argv[1:]:
        record(summary)
        print("recorded in data/calendar.tsv", file=sys.stderr)
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
