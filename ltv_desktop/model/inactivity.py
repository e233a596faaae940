"""The inactivity threshold (`churn_days`) chosen from the data, docs/metrics.md section 2.3.1.

An owner cannot know after how many quiet days a customer is gone; the data can. Every step between two
of a customer's purchase days is a closed gap (the customer came back); the days from its last purchase
to as_of are its open gap. For a candidate D, the return share r(D) is the share of the gaps longer than D
that ended with a return. The threshold is the smallest candidate after which at most 1 in 10 came back,
with at least 20 such gaps as evidence; with a fixed 180 days, shops whose customers come back after a
year call them lost too early, and 1 / churn undercounts how long a customer stays.

Vectorised: the gaps come from the sorted distinct purchase days the engine already holds, and every
candidate's counts are one `searchsorted` over the sorted gaps: no loop over customers.
"""

from __future__ import annotations

import dataclasses

import numpy as np

from ltv_desktop.i18n.catalogue import text
from ltv_desktop.model.settings import LONGEST_PERIOD_DAYS

CANDIDATE_DAYS: tuple[int, ...] = (30, 45, 60, 90, 120, 150, 180, 240, 270, 365, 455, 545, 730)
"""The thresholds tried, shortest first (docs/metrics.md section 2.3.1): about a month up to two years."""

MIN_EVIDENCE = 20
"""Fewer gaps longer than D than this and r(D) says nothing: one customer back would move it by 5 points."""

MAX_RETURN_SHARE = 0.10
"""A threshold is trusted when at most 1 in 10 of the customers who stayed away that long came back."""

FALLBACK_DAYS = 730
"""When no candidate holds: the longest, so customers are called lost as late as the data allows."""


@dataclasses.dataclass(frozen=True)
class Threshold:
    """The `churn_days` an analysis used and what the data says about it.

    `auto` is True when it was chosen from the data, False when the owner gave it. `came_back` and
    `stayed_away` count the closed and open gaps longer than `days`; `return_share` is
    came_back / (came_back + stayed_away), None when no gap is that long. `found` is False when no
    candidate met the rule and the fallback was used.
    """

    days: int
    auto: bool
    came_back: int
    stayed_away: int
    found: bool = True

    @property
    def evidence(self) -> int:
        return self.came_back + self.stayed_away

    @property
    def return_share(self) -> float | None:
        return self.came_back / self.evidence if self.evidence else None

    def sentence(self, language: str = "en") -> str:
        """The threshold and its return share in words, e.g. "… 9 in 10 customers who went 270 days without
        buying did not come back", in `language`."""
        first = text("trust.churn_days_auto" if self.auto else "trust.churn_days_given", language, count=self.days)
        share = self.return_share
        if share is None:
            second = text("trust.churn_days_unseen", language, count=self.days)
        elif self.came_back == 0:
            second = text("trust.churn_days_none_back", language, count=self.days, total=self.evidence)
        elif self.stayed_away == 0:
            second = text("trust.churn_days_all_back", language, count=self.days, total=self.evidence)
        elif self.stayed_away * 10 < self.evidence:
            second = text("trust.churn_days_most_back", language, count=self.days, stayed=1 - share)
        else:
            # whole tenths, rounded down: "9 in 10" is then true of 94 % as of 90 %, never an overstatement
            in_ten = self.stayed_away * 10 // self.evidence
            second = text("trust.churn_days_in_ten", language, count=self.days, in_ten=in_ten, stayed=1 - share)
        return f"{first} {second}"


def gaps(purchase_customer: np.ndarray, purchase_day: np.ndarray, as_of_day: int) -> tuple[np.ndarray, np.ndarray]:
    """Closed gaps (days between a customer's consecutive purchase days) and open gaps (as_of − last day).

    `purchase_customer`, `purchase_day` are the distinct purchase days sorted by customer then day.
    """
    if len(purchase_day) == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    same = purchase_customer[1:] == purchase_customer[:-1]
    closed = (purchase_day[1:] - purchase_day[:-1])[same]
    last = np.append(~same, True)
    open_ = as_of_day - purchase_day[last]
    return closed, open_


def gap_counts(closed: np.ndarray, open_: np.ndarray, days: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each D in `days`: closed gaps longer than D (came back) and open gaps longer than D (stayed away)."""
    closed_sorted, open_sorted = np.sort(closed), np.sort(open_)
    came_back = len(closed_sorted) - np.searchsorted(closed_sorted, days, side="right")
    stayed_away = len(open_sorted) - np.searchsorted(open_sorted, days, side="right")
    return came_back.astype(np.int64), stayed_away.astype(np.int64)


def choose_threshold(closed: np.ndarray, open_: np.ndarray, period: str) -> Threshold:
    """The smallest candidate ≥ the period's longest length with ≥ 20 gaps as evidence and r(D) ≤ 0.10;
    else 730 days, `found=False` (docs/metrics.md section 2.3.1)."""
    candidates = np.array([d for d in CANDIDATE_DAYS if d >= LONGEST_PERIOD_DAYS[period]], dtype=np.int64)
    came_back, stayed_away = gap_counts(closed, open_, candidates)
    evidence = came_back + stayed_away
    # r(D) ≤ 0.10 in integers: 10 × came_back ≤ evidence, no float rounding at the boundary
    holds = (evidence >= MIN_EVIDENCE) & (came_back * 10 <= evidence)
    if holds.any():
        at = int(np.argmax(holds))
        return Threshold(int(candidates[at]), True, int(came_back[at]), int(stayed_away[at]))
    back, away = gap_counts(closed, open_, np.array([FALLBACK_DAYS]))
    return Threshold(FALLBACK_DAYS, True, int(back[0]), int(away[0]), found=False)


def threshold(
    purchase_customer: np.ndarray, purchase_day: np.ndarray, as_of_day: int, period: str, given: int | None
) -> Threshold:
    """The threshold an analysis uses: the owner's `given` days (with what the data says about them), or
    the one chosen from the data when `given` is None."""
    closed, open_ = gaps(purchase_customer, purchase_day, as_of_day)
    if given is None:
        return choose_threshold(closed, open_, period)
    came_back, stayed_away = gap_counts(closed, open_, np.array([given]))
    return Threshold(int(given), False, int(came_back[0]), int(stayed_away[0]))
