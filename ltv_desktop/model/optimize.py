"""Box-bounded minimisation of a small smooth function, with numpy alone.

The predictive fits (3 or 4 log-parameters, maximum likelihood) were the app's
only use of scipy, one call to `scipy.optimize.minimize(method="L-BFGS-B")`,
and scipy's wheel brings its own 24 MB OpenBLAS and 30 MB of subpackages into
the frozen bundle for it. With so few variables the same method fits in a page
of numpy: the curvature model is a dense matrix, not L-BFGS-B's compact form.
The steps and the stopping rules are L-BFGS-B's (Byrd, Lu, Nocedal & Zhu 1995),
so `FIT_TOLERANCE` keeps its meaning and the fits land where they did.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import numpy as np
from numpy.typing import ArrayLike

UNDEFINED = 1e300
"""Values from here up mean "not defined here" (the fits return 1e300 where the likelihood overflows): the line
search backs off from such a point and never steps to it. An objective that rescales itself must pass this value
through unscaled, or an undefined start with its zero gradient would pass for an optimum."""
MEMORY = 10
"""Steps the curvature model remembers, as scipy's L-BFGS-B (maxcor=10): older curvature misleads once the fit
has moved on."""
ARMIJO = 1e-4
CURVATURE = 0.9
"""Strong Wolfe conditions: a step must lower f by ARMIJO of the slope's promise and flatten the slope to
CURVATURE of its start."""
NOISE = 100 * np.finfo(float).eps
"""Relative change of f too small to tell from rounding: near the optimum a step is then judged by its slope."""
EXTRAPOLATION = 4.0
MAX_STEP = 1e10
MAX_TRIALS = 30
UNDEFINED_BACKOFF = 0.1
"""After a trial where f is undefined the next goes this share of the way there: nothing to interpolate on."""


@dataclasses.dataclass(frozen=True)
class Minimum:
    x: np.ndarray
    fun: float
    success: bool
    message: str
    iterations: int
    evaluations: int


def minimize_box(
    fun: Callable[[np.ndarray], tuple[float, np.ndarray]],
    x0: ArrayLike,
    lower: ArrayLike,
    upper: ArrayLike,
    *,
    gtol: float = 1e-7,
    ftol: float = 1e-12,
    max_iter: int = 500,
) -> Minimum:
    """Minimise `fun` (value and gradient together) over lower ≤ x ≤ upper, from x0 clipped into the box.

    Stops as L-BFGS-B does, so tolerances tuned for scipy carry over: success once the projected gradient's
    largest component is ≤ gtol, or once a step lowers f by ≤ ftol × max(|f|, 1). The iteration limit, an
    undefined start or a line search that cannot descend give success=False at the best point seen, not an
    exception: the fits then restart elsewhere and say so in a notice.
    """
    x = np.atleast_1d(np.asarray(x0, dtype=float)).copy()
    lower = np.broadcast_to(np.asarray(lower, dtype=float), x.shape).copy()
    upper = np.broadcast_to(np.asarray(upper, dtype=float), x.shape).copy()
    if np.any(lower > upper):
        raise ValueError("a lower bound is above its upper bound")
    x = np.clip(x, lower, upper)
    search = _Search(fun, lower, upper)
    f, g, defined = search.evaluate(x)
    if not defined:
        return Minimum(x, f, False, "the objective is not defined at the start", 0, search.evaluations)
    pairs: list[tuple[np.ndarray, np.ndarray]] = []
    iterations = 0
    while True:
        if np.max(np.abs(np.clip(x - g, lower, upper) - x)) <= gtol:
            return Minimum(x, f, True, "the projected gradient is within gtol", iterations, search.evaluations)
        if iterations >= max_iter:
            return search.best(f"no convergence in {max_iter} iterations", iterations)
        direction = _direction(_hessian(pairs, x.size), x, g, lower, upper)
        # with no curvature known yet the model's scale is a guess: go no further than its point (as L-BFGS-B)
        step = search.line_search(x, f, g, direction, _room(x, direction, lower, upper) if pairs else 1.0)
        if step is None:
            if not pairs:
                return search.best("the line search could not lower the objective", iterations)
            pairs.clear()  # the curvature model misleads: start it afresh, as L-BFGS-B does
            continue
        x_new, f_new, g_new = step
        s, y = x_new - x, g_new - g
        if s @ y > np.finfo(float).eps * (y @ y):
            pairs.append((s, y))
            del pairs[:-MEMORY]
        iterations += 1
        reduction = (f - f_new) / max(abs(f), abs(f_new), 1.0)
        x, f, g = x_new, f_new, g_new
        if reduction <= ftol:
            message = "the relative reduction of the objective is within ftol"
            return Minimum(x, f, True, message, iterations, search.evaluations)


@dataclasses.dataclass(frozen=True)
class _Trial:
    step: float
    value: float
    slope: float
    point: np.ndarray
    gradient: np.ndarray
    defined: bool


class _Search:
    """Evaluates, counts, and remembers the lowest defined value seen: a failed fit returns that point."""

    def __init__(self, fun: Callable[[np.ndarray], tuple[float, np.ndarray]], lower: np.ndarray, upper: np.ndarray):
        self.fun = fun
        self.lower = lower
        self.upper = upper
        self.evaluations = 0
        self.best_x: np.ndarray | None = None
        self.best_f = np.inf

    def evaluate(self, x: np.ndarray) -> tuple[float, np.ndarray, bool]:
        self.evaluations += 1
        value, gradient = self.fun(x.copy())
        value = float(value)
        gradient = np.asarray(gradient, dtype=float).reshape(x.shape)
        defined = bool(np.isfinite(value) and value < UNDEFINED and np.all(np.isfinite(gradient)))
        if defined and value < self.best_f:
            self.best_x, self.best_f = x.copy(), value
        return value, gradient, defined

    def best(self, message: str, iterations: int) -> Minimum:
        assert self.best_x is not None  # the start was defined
        return Minimum(self.best_x, self.best_f, False, message, iterations, self.evaluations)

    def line_search(
        self, x: np.ndarray, f: float, g: np.ndarray, direction: np.ndarray, step_limit: float
    ) -> tuple[np.ndarray, float, np.ndarray] | None:
        """A step x + t d (t ≤ step_limit) meeting the strong Wolfe conditions, or None if none lowers f.

        The curvature condition guarantees sᵀy > 0, so every step teaches the model true curvature: plain
        backtracking accepted steps too short for that and left models that pointed along the contours (measured:
        premature stops on Rosenbrock). Trials bracket the step and cubic interpolation on values and slopes,
        which come free with each evaluation, narrows the bracket (Nocedal & Wright, algorithms 3.5 and 3.6).
        """
        slope = float(g @ direction)
        if not slope < 0:
            return None
        smallest = np.finfo(float).eps * (1.0 + np.abs(x))
        scale = max(abs(f), 1.0)
        low = _Trial(0.0, f, slope, x, g, True)
        high: _Trial | None = None
        step = min(1.0, step_limit)
        for _ in range(MAX_TRIALS):
            point = np.clip(x + step * direction, self.lower, self.upper)
            value, gradient, defined = self.evaluate(point)
            trial = _Trial(step, value, float(gradient @ direction), point, gradient, defined)
            decreases = defined and (value <= f + ARMIJO * step * slope or abs(value - f) <= NOISE * scale)
            if decreases and abs(trial.slope) <= -CURVATURE * slope:
                return point, value, gradient
            if not decreases or value >= low.value:
                high = trial
            else:
                if trial.slope * (high.step - step if high is not None else 1.0) >= 0:
                    high = low  # passed a minimum: it lies between this trial and the last good one
                low = trial
            if high is None:
                if step >= step_limit:
                    break
                step = min(EXTRAPOLATION * step, step_limit)
            elif np.all(abs(high.step - low.step) * np.abs(direction) <= smallest):
                break
            else:
                step = _interpolated(low, high)
        return (low.point, low.value, low.gradient) if low.step > 0 else None


def _interpolated(low: _Trial, high: _Trial) -> float:
    """The minimiser of the cubic through both ends' values and slopes, kept a tenth of the span off the ends."""
    span = high.step - low.step
    if not high.defined:
        return low.step + UNDEFINED_BACKOFF * span
    step = low.step + 0.5 * span
    d1 = low.slope + high.slope - 3 * (low.value - high.value) / (low.step - high.step)
    square = d1 * d1 - low.slope * high.slope
    if square >= 0 and np.isfinite(square):
        d2 = np.copysign(np.sqrt(square), span)
        denominator = high.slope - low.slope + 2 * d2
        if denominator != 0:
            step = high.step - span * (high.slope + d2 - d1) / denominator
    if not np.isfinite(step):
        return low.step + 0.5 * span
    near, far = sorted((low.step + 0.1 * span, high.step - 0.1 * span))
    return float(np.clip(step, near, far))


def _direction(hessian: np.ndarray, x: np.ndarray, g: np.ndarray, lower: np.ndarray, upper: np.ndarray) -> np.ndarray:
    """L-BFGS-B's step: to the Cauchy point of the quadratic model along the projected gradient path, then a
    quasi-Newton step in the variables still free there, projected back into the box.

    The Cauchy point puts every variable the gradient drives onto its bound there at once; a variable left free
    while the quasi-Newton step pushes it through its bound creeps towards it instead (measured: 80 evaluations
    where L-BFGS-B took 12 on a Rosenbrock with its optimum on a bound).
    """
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        breaks = np.where(g < 0, (x - upper) / g, np.where(g > 0, (x - lower) / g, np.inf))
    d = np.where(breaks > 0, -g, 0.0)
    cauchy = x.copy()
    t_old = 0.0
    for t_next in [*np.unique(breaks[(breaks > 0) & np.isfinite(breaks)]), np.inf]:
        hd = hessian @ d
        slope = float(g @ d + hd @ (cauchy - x))
        curvature = float(d @ hd)
        if slope >= 0 or not curvature > 0:
            break
        if -slope / curvature < t_next - t_old:
            cauchy = cauchy - slope / curvature * d
            break
        reached = breaks == t_next
        cauchy = cauchy + (t_next - t_old) * d
        cauchy[reached] = np.where(d[reached] > 0, upper[reached], lower[reached])
        d[reached] = 0.0
        t_old = t_next
    cauchy = np.clip(cauchy, lower, upper)
    free = (cauchy > lower) & (cauchy < upper)
    if not free.any():
        return cauchy - x
    try:
        factor = np.linalg.cholesky(hessian[np.ix_(free, free)])
    except np.linalg.LinAlgError:
        return cauchy - x
    newton = -np.linalg.solve(factor.T, np.linalg.solve(factor, (g + hessian @ (cauchy - x))[free]))
    target = cauchy.copy()
    target[free] += newton
    projected = np.clip(target, lower, upper)
    if float(g @ (projected - x)) < 0:
        return projected - x
    # projecting spoilt the descent: go along the quasi-Newton step only as far as the box allows
    target[free] = cauchy[free] + min(_room(cauchy[free], newton, lower[free], upper[free]), 1.0) * newton
    return target - x


def _room(x: np.ndarray, direction: np.ndarray, lower: np.ndarray, upper: np.ndarray) -> float:
    """How many times the direction fits in the box from x."""
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        limits = np.where(
            direction > 0, (upper - x) / direction, np.where(direction < 0, (lower - x) / direction, np.inf)
        )
    return float(min(np.min(limits, initial=np.inf), MAX_STEP))


def _hessian(pairs: list[tuple[np.ndarray, np.ndarray]], size: int) -> np.ndarray:
    """L-BFGS-B's curvature model as a dense matrix: θI, θ = yᵀy/sᵀy of the latest step, updated by each pair.

    Rebuilt every iteration rather than updated in place, so that θ follows the latest step: one running dense
    BFGS matrix took 28 evaluations on CDNOW's BG/NBD from (1, 1, 1, 1), this 20, scipy's L-BFGS-B 18.
    """
    if not pairs:
        return np.eye(size)
    s, y = pairs[-1]
    hessian = np.eye(size) * float(y @ y) / float(s @ y)
    for s, y in pairs:
        hs = hessian @ s
        shs = float(s @ hs)
        if shs > 0:  # positive for every pair with sᵀy > 0, but for rounding
            hessian = hessian - np.outer(hs, hs) / shs + np.outer(y, y) / float(s @ y)
    return hessian


# -- maximum likelihood on a box, as the predictive models use it ---------------------------------------------

AT_BOUND = 0.5
"""A coordinate this close to its bound (coordinates are logs or logits, so within a factor e^0.5) ended on the
edge of the search: the likelihood still rose that way, and the model's limit there is what the fit says."""
FIT_TOLERANCE: dict[str, Any] = {"ftol": 1e-12, "gtol": 1e-7}
"""The fit stops on the mean −LL per customer: gradient 1e-7 is lifetimes' tolerance (its BFGS tol=1e-7 on
the same mean), and lands within ~2e-6 relative of a 1e-15 fit; the defaults on the summed −LL stopped 3e-4 away."""


@dataclasses.dataclass(frozen=True)
class LikelihoodFit:
    """The best of several starts: coordinates, log-likelihood, and what an owner must be told about them.

    `at_bound` marks coordinates that ended on the edge of the box (they are put exactly on it, so the model's
    limit there is used, not a point wherever the search happened to stop); `covariance` is over all
    coordinates, with zero rows and columns for those at a bound (they are a limit, not an estimate), or None
    with `covariance_problem` saying why ("not_converged", "singular", "no_free_parameter").
    """

    x: np.ndarray
    log_likelihood: float
    converged: bool
    at_bound: np.ndarray
    covariance: np.ndarray | None
    covariance_problem: str | None


def fit_likelihood(
    log_likelihood: Callable[[np.ndarray], tuple[float, np.ndarray]],
    starts: list[np.ndarray],
    lower: ArrayLike,
    upper: ArrayLike,
    customers: float = 1.0,
    hessian_step: float = 1e-6,
) -> LikelihoodFit:
    """Maximise a summed log-likelihood (value and gradient in the coordinates) over the box from several starts.

    The objective is divided by the number of customers so that the step sizes and the tolerance do not depend
    on how many there are. A start where the likelihood is not finite is skipped; the best converged start
    wins, and the first converged one ends the search.
    """
    lower = np.asarray(lower, dtype=float)
    upper = np.asarray(upper, dtype=float)
    scale = max(float(customers), 1.0)

    def objective(x: np.ndarray) -> tuple[float, np.ndarray]:
        with np.errstate(all="ignore"):
            try:
                value, gradient = log_likelihood(x)
            except (ArithmeticError, ValueError):
                return UNDEFINED, np.zeros_like(x)
        gradient = np.asarray(gradient, dtype=float)
        if not np.isfinite(value) or not np.all(np.isfinite(gradient)):
            return UNDEFINED, np.zeros_like(x)
        return -value / scale, -gradient / scale

    best: tuple[np.ndarray, float, bool] | None = None
    for start in starts:
        found = minimize_box(objective, start, lower, upper, **FIT_TOLERANCE)
        if found.fun < UNDEFINED and np.isfinite(found.fun) and (best is None or found.fun < best[1]):
            best = (found.x, found.fun, found.success)
        if best is not None and best[2] and found.success:
            break
    if best is None:
        x = np.clip(np.asarray(starts[0], dtype=float), lower, upper)
        return LikelihoodFit(x, -np.inf, False, np.zeros(len(x), dtype=bool), None, "not_converged")
    x, value, converged = best
    at_lower = x - lower <= AT_BOUND
    at_upper = upper - x <= AT_BOUND
    x = np.where(at_lower, lower, np.where(at_upper, upper, x))
    at_bound = at_lower | at_upper
    if at_bound.any():
        value = objective(x)[0]
        if value >= UNDEFINED:  # the limit itself is not defined: keep where the search stopped
            x, value, at_bound = best[0], best[1], np.zeros(len(x), dtype=bool)
    covariance: np.ndarray | None = None
    problem: str | None = "not_converged"
    if converged:
        covariance, problem = _covariance(objective, x, ~at_bound, scale, hessian_step)
    return LikelihoodFit(x, -value * scale, converged, at_bound, covariance, problem)


def _covariance(
    objective: Callable[[np.ndarray], tuple[float, np.ndarray]],
    x: np.ndarray,
    free: np.ndarray,
    scale: float,
    step: float = 1e-6,
) -> tuple[np.ndarray | None, str | None]:
    """Inverse Hessian of −LL over the free coordinates, by forward differences of the analytic gradient.

    Forward (size + 1 gradients) rather than central (2 × size) differences: with a 1e-6 step the Hessian
    agrees with the central one to ~1e-6 relative, far below what the 90 % intervals resolve. A Hessian
    that is not positive definite (a flat ridge of the likelihood) leaves the intervals out: "singular".
    """
    index = np.flatnonzero(free)
    if not len(index):
        return None, "no_free_parameter"
    base = objective(x)[1] * scale
    hessian = np.zeros((len(index), len(index)))
    for row, i in enumerate(index):
        moved = x.copy()
        moved[i] += step
        hessian[row] = (objective(moved)[1] * scale - base)[index] / step
    hessian = (hessian + hessian.T) / 2
    try:
        np.linalg.cholesky(hessian)
        inverse = np.linalg.inv(hessian)
        np.linalg.cholesky(inverse)
    except np.linalg.LinAlgError:
        return None, "singular"
    if not np.all(np.isfinite(inverse)) or np.max(np.diag(inverse)) > 1e4:  # e^100-wide intervals: a ridge
        return None, "singular"
    covariance = np.zeros((len(x), len(x)))
    covariance[np.ix_(index, index)] = inverse
    return covariance, None


@dataclasses.dataclass(frozen=True)
class ModelFit:
    """A fitted purchase model of docs/metrics.md section 3.1 (MBG/NBD, Pareto/NBD): its parameters by name,
    the fit's log-likelihood, and what the search said about them (see LikelihoodFit)."""

    name: str
    params: np.ndarray
    names: tuple[str, ...]
    log_likelihood: float
    converged: bool
    covariance: np.ndarray | None
    covariance_problem: str | None
    at_bound: tuple[str, ...]
    coordinates: np.ndarray
    n_customers: int

    def bic(self) -> float:
        """Schwarz's criterion, −2 LL + k log n: lower is better."""
        return -2 * self.log_likelihood + len(self.params) * np.log(max(self.n_customers, 1))

    def to_dict(self) -> dict:
        return {
            **{name: float(value) for name, value in zip(self.names, self.params, strict=True)},
            "log_likelihood": self.log_likelihood,
            "bic": float(self.bic()),
            "converged": self.converged,
            "at_bound": list(self.at_bound),
            "intervals_missing_reason": self.covariance_problem,
            "n_customers": self.n_customers,
        }
