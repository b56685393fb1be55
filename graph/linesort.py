"""N-Triples files in dump order, in bounded memory: GNU sort over lines (C locale), each subject's rdf:type first.

The dump order (subject, rdf:type before other predicates, predicate, object; terms compared as N-Triples text) is
the bytewise order of N-Triples lines once a type line's predicate is swapped for a marker that sorts before every
IRI: a line is `S P O .`, S has no space, and a term that is a prefix of another is followed by a space (0x20),
below any character that can continue a term. sed swaps the marker in and out; sort spills to temporary files
under `tmp` beyond its buffer, so memory stays bounded whatever the size of the graph.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Sequence
from pathlib import Path
from typing import IO

RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
SORT_BUFFER = "256M"  # sort's in-memory buffer; beyond it, runs go to temporary files and are merged
_TYPE = RDF_TYPE.replace("/", r"\/").replace(".", r"\.")
_DECORATE = rf"s/^\([^ ]*\) {_TYPE} /\1 <\x01> /"
_UNDECORATE = rf"s/^\([^ ]*\) <\x01> /\1 {_TYPE} /"
_ENV = {**os.environ, "LC_ALL": "C"}


def sort_file(source: Path, target: Path, tmp: Path) -> None:
    """Sort an N-Triples file into dump order (marked), dropping duplicate lines."""
    with source.open("rb") as src, target.open("wb") as dst:
        _pipeline([["sed", "-e", _DECORATE], ["sort", "-u", "-S", SORT_BUFFER, "-T", str(tmp)]], src, dst)


def merge_files(sources: Sequence[Path], target: Path, tmp: Path) -> None:
    """Merge files sorted by `sort_file` into one, dropping lines more than one of them holds."""
    with target.open("wb") as dst:
        command = ["sort", "-m", "-u", "-S", SORT_BUFFER, "-T", str(tmp), *(str(s) for s in sources)]
        _pipeline([command], subprocess.DEVNULL, dst)


def unmark(source: Path, target: Path, graph: str | None = None) -> None:
    """Write a sorted file back as plain N-Triples, or appended to `target` as N-Quads in the named graph."""
    script = ["-e", _UNDECORATE]
    if graph is not None:
        replacement = f" <{graph}> .".replace("\\", "\\\\").replace("&", r"\&")
        script += ["-e", f"s\x01 \\.$\x01{replacement}\x01"]
    with source.open("rb") as src, target.open("ab" if graph is not None else "wb") as dst:
        _pipeline([["sed", *script]], src, dst)


def count_lines(path: Path) -> int:
    """The number of lines of a file."""
    lines = 0
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            lines += chunk.count(b"\n")
    return lines


def holds(path: Path, text: str) -> bool:
    """Whether the file holds the text anywhere (grep's speed, not Python's)."""
    found = subprocess.run(["grep", "-q", "-F", "-e", text, str(path)], env=_ENV, check=False)
    if found.returncode > 1:
        raise OSError(f"grep failed on {path} (exit {found.returncode})")
    return found.returncode == 0


def _pipeline(commands: list[list[str]], source: IO[bytes] | int, target: IO[bytes]) -> None:
    """Run the commands as a shell pipeline from source to target; raise if any fails."""
    procs: list[subprocess.Popen[bytes]] = []
    stdin: IO[bytes] | int | None = source
    for i, command in enumerate(commands):
        last = i == len(commands) - 1
        proc = subprocess.Popen(command, stdin=stdin, stdout=target if last else subprocess.PIPE, env=_ENV)
        if procs and procs[-1].stdout is not None:
            procs[-1].stdout.close()  # the next process holds it now: an early exit reaches the writer
        procs.append(proc)
        stdin = proc.stdout
    for command, proc in zip(commands, procs, strict=True):
        if (code := proc.wait()) != 0:
            raise OSError(f"{command[0]} failed (exit {code}) while sorting the dumps")
