"""A session's participants and answers as lines of the JSON export, made straight from the store's rows.

Each line is what the export of the session read into records writes (json_text), byte for byte. The parts many
lines share (a choice, the seconds, a profile entry) are made once, checking their fields then; the ids are
quoted and the times, kept in the store in the very form the export writes, are copied. A session whose rows are
all in that common form is put together a column at a time (no Python step per answer); a row that is not goes
the long way: decoded as any answer is read (a damaged one is left out with a warning) and written as a session in
memory would be (see stored_rows).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from play_for_integrity.results import stored_rows as sr
from play_for_integrity.results.json_text import choice_fields, quoted
from play_for_integrity.results.records import Answer
from play_for_integrity.results.session_reader import PeopleRows

SEPARATOR = ",\n   "  # between the lines of a session's list
_NEXT = '"}' + SEPARATOR + '{"uuid": "'  # between two answers' lines with plain ids


class QuotedIds(dict):
    """Participant ids -> the ids as JSON strings: a session's own made once; any other quoted when met."""

    def __missing__(self, key: Any) -> str:
        return quoted(key)  # TypeError for what is not text, as quoting it in place would raise


class _Entries(dict):
    """(value id, total) -> '"value": total', the text of a profile entry; made when first asked for."""

    def __missing__(self, key: tuple[str, int]) -> str:
        return sr.remember(self, key, f"{quoted(key[0])}: {int.__repr__(key[1])}")


class StoredLines:
    """Lines of a store's sessions; `answer` writes a decoded Answer, `decode` decodes a row (None if damaged)."""

    def __init__(self, answer: Callable[[Answer], str], decode: Callable[[str, tuple], Answer | None]) -> None:
        self.answer, self.decode = answer, decode
        # (scenario, node, choice, effects as stored, board) -> their fields and ', "seconds": '
        self._choices: dict[tuple, str] = {}
        self._seconds: dict[Any, str] = {}
        self._one_vote: dict[Any, str] = {}  # seconds -> their text, a vote of 1 and the opening of the time
        self._hours: set[str] = set()  # UTC hours (STORED_TIME[:HOUR]) seen to be real ones
        self._entries = _Entries()

    # -- participants -------------------------------------------------------------------------------------------

    def people(self, people: PeopleRows) -> tuple[str, QuotedIds] | None:
        """The participants' lines joined, and their ids quoted, when every row is in the common form; else None."""
        rows, profiles = people
        if not rows:
            return "", QuotedIds()
        keys, uuids, nicknames, finished = zip(*rows)
        owners, values, totals = zip(*profiles) if profiles else ((), (), ())
        try:
            pids, names = list(map(quoted, uuids)), list(map(quoted, nicknames))  # TypeError for what is not text
            times = [at for at in finished if at is not None]
            if times and not (sr.stored_times(times) and self._real_hours(sorted(times))):
                return None
            "".join(values)  # TypeError for a value id that is not text
        except TypeError:
            return None
        if totals and set(map(type, totals)) != {int}:
            return None
        entries, lines, end = list(map(self._entries.__getitem__, zip(values, totals))), [], 0
        for key, pid, name, at in zip(keys, pids, names, finished):
            start, end = bisect_left(owners, key, end), bisect_right(owners, key, end)
            if len(set(values[start:end])) < end - start:
                return None  # a value twice (only a store whose profiles lost their key can hold that)
            lines.append(f'{{"uuid": {pid}, "nickname": {name}, "finished_at": {"null" if at is None else quoted(at)}, '
                         f'"profile": {{{", ".join(entries[start:end])}}}}}')
        return SEPARATOR.join(lines), QuotedIds(zip(uuids, pids))

    def _hour(self, at: str) -> bool:
        if sr.stored_moment(at) is None:
            return False
        if len(self._hours) >= sr.CACHE_LIMIT:
            self._hours.clear()
        self._hours.add(at[:sr.HOUR])
        return True

    # -- answers ------------------------------------------------------------------------------------------------

    def answers(self, sid: str, rows: Sequence[tuple], people: QuotedIds) -> str:
        """The lines of a session's stored answer rows joined; `people` has its participants' ids quoted."""
        found = self._columns(rows, people)
        return SEPARATOR.join(self._lines(sid, rows, people)) if found is None else found

    def _columns(self, rows: Sequence[tuple], people: Mapping[str, str]) -> str | None:
        """The lines of rows all in the common form, put together a column at a time; None when a row is not.

        The pieces of every line are put in one list, column by column (the answer ids at 0, 6, 12...), and joined.
        """
        columns = sr.common_columns(rows)
        if columns is None or min(columns[9]) < 1:
            return None
        uuids, pids, scenarios, nodes, choices, effects, boards, seconds, times, votes, _ = columns
        if not self._real_hours(times):
            return None
        if not all(map(str.__instancecheck__, pids)):
            return None
        ids = {pid: f'", "participant": {people.get(pid) or quoted(pid)}, ' for pid in set(pids)}
        keys = list(zip(scenarios, nodes, choices, effects, boards))
        count = len(rows)
        pieces: list[str] = [_NEXT] * (6 * count)  # the pieces at 5, 11, 17... stay _NEXT
        pieces[0::6], pieces[4::6] = uuids, times
        pieces[1::6] = map(ids.__getitem__, pids)
        for learnt in (False, True):
            try:
                pieces[2::6] = list(map(self._choices.__getitem__, keys))
                pieces[3::6] = self._timed(seconds, votes)
                return f'{{"uuid": "{"".join(pieces)[:-len(_NEXT)]}"}}'
            except KeyError:  # a piece not made yet (or forgotten when its memory filled up)
                if learnt or not (all(map(self._choice, sr.missing(keys, self._choices)))
                                  and all(map(self._second, sr.missing(seconds, self._seconds)))):
                    return None
        return None

    def _real_hours(self, times: Sequence[str]) -> bool:
        """Every hour of `times` (in the store's own form, in time order) exists: each different hour looked at once."""
        at, count, hours = 0, len(times), self._hours
        while at < count:
            hour = times[at][:sr.HOUR]
            if hour not in hours and not self._hour(f"{hour}:00:00.000+00:00"):
                return False
            at = bisect_right(times, hour + "~", at)  # past the last time of that hour ("~" sorts after ":")
        return True

    def _timed(self, seconds: Sequence[Any], votes: Sequence[int]) -> list[str]:
        """Each answer's seconds, votes and the opening of its time, as JSON (KeyError for seconds not made yet)."""
        if votes.count(1) == len(votes):  # one pupil an answer: all but class votes
            one = self._one_vote
            try:
                return list(map(one.__getitem__, seconds))
            except KeyError:
                for second in sr.missing(seconds, one):
                    sr.remember(one, second, f'{self._seconds[second]}, "votes": 1, "answered_at": "')
                return list(map(one.__getitem__, seconds))
        return [f'{self._seconds[second]}, "votes": {count}, "answered_at": "' for second, count in zip(seconds, votes)]

    def _lines(self, sid: str, rows: Sequence[tuple], people: QuotedIds, learn: bool = True) -> list[str]:
        """The lines of rows one by one: the common form from the pieces, any other row decoded first."""
        choices, seconds_, hours, stored_time = self._choices, self._seconds, self._hours, sr.STORED_TIME.fullmatch
        out = []
        for row in rows:
            uuid, pid, scenario, node, choice, effects, board, seconds, at, votes, _ = row
            try:
                line = (f'{{"uuid": {quoted(uuid)}, "participant": {people[pid]}, '
                        f'{choices[scenario, node, choice, effects, board]}{seconds_[seconds]}, '
                        f'"votes": {votes}, "answered_at": "{at}"}}')
            except (KeyError, TypeError):  # a piece not made yet, or a field of the wrong kind
                line = None
            if (line is None or type(votes) is not int or votes < 1 or type(at) is not str or at[:sr.HOUR] not in hours
                    or not stored_time(at)):
                if learn and self._learn(row):
                    out.extend(self._lines(sid, [row], people, False))
                    continue
                answer = self.decode(sid, row)
                if answer is None:
                    continue
                line = self.answer(answer)
            out.append(line)
        return out

    def _learn(self, row: tuple) -> bool:
        """Make the pieces `row` needs, checking its fields; False when it must go the long way."""
        uuid, pid, scenario, node, choice, effects, board, seconds, at, votes, _ = row
        if not sr.all_text(uuid, pid) or type(votes) is not int or votes < 1 or sr.stored_moment(at) is None:
            return False
        return (((scenario, node, choice, effects, board) in self._choices
                 or self._choice((scenario, node, choice, effects, board)))
                and (seconds in self._seconds or self._second(seconds)) and self._hour(at))

    def _choice(self, key: tuple) -> bool:
        """Make the fields of a choice (scenario, node, choice, effects as stored, board); False when they are not
        what the store allows."""
        scenario, node, choice, effects, board = key
        graded = sr.effects_of(effects)
        if graded is None or not sr.choice_ok(scenario, node, choice, board, 1):
            return False
        sr.remember(self._choices, key, choice_fields(scenario, node, choice, graded, board) + ', "seconds": ')
        return True

    def _second(self, seconds: Any) -> bool:
        if not sr.seconds_ok(seconds):
            return False
        sr.remember(self._seconds, seconds, float.__repr__(float(seconds)))
        return True

