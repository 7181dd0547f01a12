#!/usr/bin/env python3
"""Writes golden.json beside this script: FSRS-6 review sequences as the reference scheduler
(PyPI's `fsrs`, py-fsrs 6.x) computes them, for the Swift tests of Sources/Quiz/Scheduling.

Run it with the reference installed (`pip install fsrs`); the tests read only the JSON, so they
need neither pip nor Python. Everything here is deterministic: the sequences are written out
below or drawn from a seeded random generator, and the scheduler runs without fuzzing.

The scheduler has no learning or relearning steps, so that every review puts the card in the
Review state and the next one is due whole days later, as FSRS-6's day-based schedule says.

Each sequence is a list of reviews, each a time (whole seconds since 1970, UTC) and a grade
(1 again, 2 hard, 3 good, 4 easy). After each review the JSON keeps the card's stability and
difficulty, the interval until it is due (in days), the retrievability at the time of the next
review (null after the last one) and the retrievability on the day it falls due.
"""

import json
import random
from datetime import datetime, timedelta, timezone
from importlib.metadata import version
from pathlib import Path

from fsrs import Card, Rating, Scheduler

DAY = 86_400
HOUR = 3_600
MINUTE = 60
# 2024-01-01 09:00 UTC: where every sequence starts.
START = 1_704_099_600

SCHEDULER = Scheduler(learning_steps=(), relearning_steps=(), enable_fuzzing=False)


def at(seconds):
    return datetime.fromtimestamp(seconds, tz=timezone.utc)


def sequence(name, steps):
    """A sequence from (seconds after the previous review, grade) pairs; the first offset is
    counted from START."""
    reviews, time = [], START
    for offset, grade in steps:
        time += offset
        reviews.append((time, grade))
    return name, reviews


def written_sequences():
    yield sequence("first again", [(0, 1)])
    yield sequence("first hard", [(0, 2)])
    yield sequence("first good", [(0, 3)])
    yield sequence("first easy", [(0, 4)])
    for first in (1, 2, 3, 4):
        yield sequence(
            f"first {first}, then each grade a day later",
            [(0, first), (DAY, 1), (DAY, 2), (DAY, 3), (DAY, 4)],
        )
    yield sequence(
        "same day: minutes apart, every grade",
        [(0, 3), (MINUTE, 1), (10 * MINUTE, 2), (HOUR, 3), (2 * HOUR, 4), (5 * HOUR, 3)],
    )
    yield sequence("same day: again and again", [(0, 1)] + [(MINUTE, 1)] * 11)
    yield sequence("same second twice", [(0, 3), (0, 3), (0, 1)])
    yield sequence(
        "a second short of a day, then a day exactly",
        [(0, 3), (DAY - 1, 3), (DAY, 3), (DAY + 1, 2)],
    )
    yield sequence(
        "good on each due date",
        [(0, 3)] + [(days * DAY, 3) for days in (2, 5, 12, 30, 70, 160, 330, 640)],
    )
    yield sequence("easy, long gaps up to the maximum interval",
                   [(0, 4)] + [(days * DAY, 4) for days in (15, 80, 400, 2_000, 9_000,
                                                           30_000, 36_500, 36_500)])
    yield sequence("a lapse after a long hold",
                   [(0, 3), (3 * DAY, 3), (10 * DAY, 3), (30 * DAY, 3), (90 * DAY, 1),
                    (DAY, 3), (4 * DAY, 3)])
    yield sequence("lapse, relearned the same day",
                   [(0, 4), (20 * DAY, 1), (10 * MINUTE, 1), (20 * MINUTE, 3), (DAY, 3)])
    yield sequence("years away, then again",
                   [(0, 3), (3_650 * DAY, 1), (7_300 * DAY, 3)])
    yield sequence("a gap beyond the maximum interval",
                   [(0, 2), (50_000 * DAY, 3), (100_000 * DAY, 4)])
    yield sequence("hard all along (difficulty up to its top)",
                   [(0, 2)] + [(2 * DAY, 2)] * 11)
    yield sequence("again all along, a day apart (difficulty at its top)",
                   [(0, 1)] + [(DAY, 1)] * 11)
    yield sequence("easy all along, a day apart (difficulty down to its floor)",
                   [(0, 4)] + [(DAY, 4)] * 11)
    yield sequence("early reviews, hours apart across days",
                   [(0, 3), (20 * HOUR, 3), (20 * HOUR, 3), (20 * HOUR, 2), (30 * HOUR, 4)])
    yield sequence("review long after due, each grade",
                   [(0, 3), (100 * DAY, 2), (300 * DAY, 3), (900 * DAY, 4)])


def drawn_sequences(count):
    """Sequences drawn from a seeded generator: gaps from seconds to years, any grade."""
    draw = random.Random(20_240_101)
    gaps = [0, MINUTE, 30 * MINUTE, 5 * HOUR, 23 * HOUR, DAY, 2 * DAY, 7 * DAY,
            30 * DAY, 200 * DAY, 1_000 * DAY]
    for index in range(count):
        length = draw.randint(1, 12)
        steps = [(0, draw.randint(1, 4))]
        for _ in range(length - 1):
            gap = draw.choice(gaps) + draw.randint(0, 3 * HOUR)
            steps.append((gap, draw.choices([1, 2, 3, 4], weights=[2, 2, 5, 2])[0]))
        yield sequence(f"drawn {index + 1}", steps)


def replay(name, reviews):
    card = Card(card_id=1)
    results = []
    for index, (time, grade) in enumerate(reviews):
        card, _ = SCHEDULER.review_card(card, Rating(grade), review_datetime=at(time))
        interval = card.due - card.last_review
        assert interval.seconds == 0 and interval.microseconds == 0, name
        following = reviews[index + 1][0] if index + 1 < len(reviews) else None
        results.append({
            "time": time,
            "grade": grade,
            "stability": card.stability,
            "difficulty": card.difficulty,
            "intervalDays": interval.days,
            "retrievabilityAtNextReview": (
                None if following is None
                else SCHEDULER.get_card_retrievability(card, at(following))),
            "retrievabilityAtDue": SCHEDULER.get_card_retrievability(card, card.due),
        })
    return {"name": name, "reviews": results}


def main():
    sequences = [replay(name, reviews) for name, reviews in written_sequences()]
    sequences += [replay(name, reviews) for name, reviews in drawn_sequences(20)]
    golden = {
        "reference": f"fsrs {version('fsrs')} (py-fsrs)",
        "parameters": list(SCHEDULER.parameters),
        "desiredRetention": SCHEDULER.desired_retention,
        "maximumInterval": SCHEDULER.maximum_interval,
        "learningSteps": [],
        "relearningSteps": [],
        "fuzzing": SCHEDULER.enable_fuzzing,
        "sequences": sequences,
    }
    path = Path(__file__).with_name("golden.json")
    path.write_text(json.dumps(golden, indent=1) + "\n")


if __name__ == "__main__":
    main()
