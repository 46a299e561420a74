"""Character spans: overlap tests over [start, end) spans in log time (the numbers extractor masks and
the entity merge both ask "does this span overlap one already taken?"), where a line ends, and the pictograms
a social-media post sets around its words."""
from __future__ import annotations

import bisect
from typing import Callable, Iterable

#: a regex character class of pictograms and their joiners: arrows, technical and miscellaneous symbols,
#: dingbats, emoji, variation selector 16 and the zero-width joiner ("📞", "✉️", "📣", "🥾🌄")
PICTOGRAM_CLASS = "[\u2190-\u21ff\u2300-\u23ff\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\ufe0f\u200d]"


def overlap_test(spans: Iterable[tuple[int, int]]) -> Callable[[int, int], bool]:
    """A test whether [s, e) overlaps any of a fixed set of spans (they may overlap each other):
    spans sorted by start with the running maximum of their ends."""
    ordered = sorted(spans)
    starts = [s for s, _ in ordered]
    max_end: list[int] = []
    best = -1
    for _, e in ordered:
        best = max(best, e)
        max_end.append(best)

    def overlaps(s: int, e: int) -> bool:
        i = bisect.bisect_left(starts, e)  # spans starting before e
        return i > 0 and max_end[i - 1] > s

    return overlaps


class Intervals:
    """A growing set of non-overlapping [start, end) spans kept sorted: an overlap test and an insert
    in log time (their ends are sorted too, so the last span starting before `end` decides)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end)
        return i > 0 and self.ends[i - 1] > start

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


def line_end(text: str, pos: int) -> int:
    """Where the line holding `pos` ends: its newline, or the text's end."""
    end = text.find("\n", pos)
    return len(text) if end == -1 else end
