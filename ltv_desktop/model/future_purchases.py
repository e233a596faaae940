"""BG/NBD's expected purchases of a customer who is still alive, E[X(t) | alive], for many customers at once.

FHL 2005 eq. 10 writes it with Gauss' 2F1(r+x, b+x; a+b+x−1; z), z = t/(α+T+t). No one way of summing
that series works for every fit owners' data give, and a general-purpose 2F1 (scipy's) returns inf or
loses every digit in some of them:
- a heavy buyer (x in the hundreds): the series as written grows like (1−z)^−x before it converges;
  Euler's transformation (form E below) makes it converge in a few terms;
- a new customer (T near 0) with few purchases, far horizon: z → 1 and both forms need thousands of
  terms; the transformation to 1 − z (DLMF 15.8.4) converges in tens;
- a fit with no visible churn (a and b in the tens of thousands): form E's terms reach 10^4000; the
  series as written (form O) converges like (b/(a+b)·z)^n.
Each point is summed in the first form that converges within MAX_TERMS with no cancellation (form E,
or the transformation first when z > 0.9, then form O), and failing all three by Gauss–Jacobi quadrature
of the integral over the drop-out chance; a point nothing sums is NaN ("unknown"), never a wrong number.
Against 30-digit mpmath the sums agree to 1e-9 (tests/model); a random search over r in [0.02, 20],
a in [0.02, 50 000], b in [0.02, 200 000], x up to 2,000 and s up to 100,000 found no point left unknown.

A forecast needs this at months × customers, once at the fit and twice per axis of its 90 % range. For a
given x it is a function of s = t/(α+T) alone, analytic in v = log(1 + s) except on |Im v| = π, so on panels
of width 1 in v a Chebyshev interpolant of degree 14 converges like 13^−n. Exact values at the panels'
nodes, then the interpolant at every (x, s): the cost no longer depends on the series. A heavy buyer on a
fit without churn is nearly singular near s = 0; the interpolant's own last coefficients show that, and such
a panel is cut finer or left to the exact sum.
"""

from __future__ import annotations

import functools

import numpy as np

from ltv_desktop.model.special import gammaln, gammasgn

MAX_TERMS = 400
"""Per form and point; a form that has not converged by then hands the point to the next one."""
BLOCK = 32
"""Terms summed per numpy step (the last block may run past convergence: harmless, the terms are tiny)."""
MAX_TERMS_LAST = 20_000
"""Form O is the last resort, and its terms decay at worst like z^n."""
CANCELLATION = 1e5
"""A sum whose largest term is this many times its result has lost 5 of its 16 digits: rejected."""
NEAR = 1e-4
R_STEP = 1e-3
A_STEP = 1.37e-3
"""At r − a an integer, or a = 1, the 1 − z transformation divides by zero. Within NEAR of either, E is
interpolated from values at parameters moved ±step and ±2 step (see _across); the two steps differ so
that moving both never lands r − a on an integer again."""
FAR = 9.0
"""s = t/(α+T) above which (z > 0.9) the 1 − z transformation is tried before form E."""
QUADRATURE_NODES = (48, 96)
TRANSFORM_MAX_C = 400.0
"""Above this C form E converges in tens of terms at any z, and the transformation's series would not."""
PANEL_WIDTH = 1.0
DEGREE = 14
TAIL = 1e-11
SUBPANELS = 4
"""Panels of PANEL_WIDTH in v, a degree-DEGREE interpolant on each; one whose last three coefficients exceed
TAIL of its largest is cut in SUBPANELS, and a subpanel that still does has its points summed directly."""
DIRECT_BELOW = 4_000
"""Fewer points than this are summed directly: building the panels would cost more."""

_NODES = np.cos(np.pi * (np.arange(DEGREE + 1) + 0.5) / (DEGREE + 1))
"""Chebyshev points of the first kind on [−1, 1]."""
_TO_COEFFICIENTS = (2.0 / (DEGREE + 1)) * np.cos(np.outer(np.arange(DEGREE + 1), np.arccos(_NODES)))
_TO_COEFFICIENTS[0] /= 2


def conditional_purchases(params: np.ndarray, x: np.ndarray, s: np.ndarray) -> np.ndarray:
    """E[X(t) | alive at T] for history x and s = t/(α+T), elementwise (x and s broadcast)."""
    x, s = np.broadcast_arrays(np.asarray(x, dtype=float), np.asarray(s, dtype=float))
    if x.size < DIRECT_BELOW:
        return exact(params, x, s)
    x_values, x_index = np.unique(x, return_inverse=True)
    return interpolated(params, x_values, x_index.reshape(x.shape), s)


def exact(params: np.ndarray, x: np.ndarray, s: np.ndarray) -> np.ndarray:
    """The sum itself, point by point (see the module's docstring for the forms)."""
    r, alpha, a, b = (float(value) for value in params)
    x, s = np.broadcast_arrays(np.asarray(x, dtype=float), np.asarray(s, dtype=float))
    shape = x.shape
    if not all(np.isfinite(value) and value > 0 for value in (r, alpha, a, b)):  # no model: "unknown"
        return np.full(shape, np.nan)
    x, s = x.ravel(), s.ravel()
    gap = (r - a) - round(r - a)
    if abs(gap) < NEAR:  # m = x + r − a + 1 is an integer: the transformation's gamma functions have poles
        result = _across(lambda step: _away_from_one(r - gap + step, alpha, a, b, x, s), R_STEP, gap)
    else:
        result = _away_from_one(r, alpha, a, b, x, s)
    return result.reshape(shape)


def _away_from_one(r: float, alpha: float, a: float, b: float, x: np.ndarray, s: np.ndarray) -> np.ndarray:
    if abs(a - 1) < NEAR:  # the transformation divides by a − 1, and form O's 1 − q vanishes with it
        return _across(lambda step: _forms(r, alpha, 1 + step, b, x, s), A_STEP, a - 1)
    return _forms(r, alpha, a, b, x, s)


def _across(evaluate, step: float, at: float) -> np.ndarray:
    """E at offset `at` from a parameter value where no form holds, by the cubic through offsets ±step, ±2 step.

    E is smooth in every parameter, so the error is ~step⁴ relative; at those offsets the forms lose at
    most ~1/step of their precision.
    """
    offsets = step * np.array([-2.0, -1.0, 1.0, 2.0])
    total: np.ndarray | float = 0.0
    for i, offset in enumerate(offsets):
        others = np.delete(offsets, i)
        total = total + evaluate(offset) * float(np.prod((at - others) / (offset - others)))
    return np.asarray(total)


def _forms(r: float, alpha: float, a: float, b: float, x: np.ndarray, s: np.ndarray) -> np.ndarray:
    result = np.full(len(x), np.nan)
    result[s == 0] = 0.0
    todo = np.flatnonzero((s > 0) & np.isfinite(s))
    # Form E is the most precise; but far ahead (z > 0.9) with few purchases it would take hundreds of terms
    # where the transformation takes tens, so there the transformation goes first
    far = s[todo] > FAR
    forms = ((_form_transformed, far), (_form_e, None), (_form_transformed, None), (_form_o, None), (_quadrature, None))
    for form, points in forms:
        chosen = todo if points is None else todo[points]
        if len(chosen) == 0:
            continue
        values = form(r, a, b, x[chosen], s[chosen])
        done = np.isfinite(values)
        result[chosen[done]] = values[done]
        todo = np.setdiff1d(todo, chosen[done], assume_unique=True)
        if len(todo) == 0:
            break
    return result


def _form_e(r: float, a: float, b: float, x: np.ndarray, s: np.ndarray) -> np.ndarray:
    """E = C·[(1 − w^(a−1))/(a−1) − w^(a−1) Σ_{n≥1} (A)_n (a)_(n−1) z^n / ((C)_n n!)], A = a+b−1−r.

    Euler's transformation of eq. 10 with the factor (a−1) of every term taken out, so that a near 1
    costs no precision (and a = 1 exactly gives C·(−log w) in the limit).
    """
    c = a + b + x - 1
    z = s / (1 + s)
    log_w = -np.log1p(s)
    big_a = a + b - 1 - r
    head = -log_w if a == 1 else -np.expm1((a - 1) * log_w) / (a - 1)
    w_a = np.exp((a - 1) * log_w)
    with np.errstate(all="ignore"):
        first = big_a * z / c
        total, biggest, converged, _ = _series(first, 1, big_a, a - 1, c, z, MAX_TERMS, head, -w_a)
        value = c * (head - w_a * total)
        ok = converged & (biggest * w_a <= CANCELLATION * np.abs(head - w_a * total)) & (value >= 0)
    return np.where(ok, value, np.nan)


def _form_transformed(r: float, a: float, b: float, x: np.ndarray, s: np.ndarray) -> np.ndarray:
    """Q = w^(a−1)·2F1(A, a−1; C; z) by DLMF 15.8.4 in w = 1 − z, for z > 1/2; E = C (1 − Q)/(a − 1).

    Q = Γ(C)Γ(m)/(Γ(k)Γ(b+x)) w^(a−1) 2F1(A, a−1; 1−m; w) + Γ(C)Γ(−m)/(Γ(A)Γ(a−1)) w^k 2F1(k, b+x; m+1; w)
    with k = r + x, m = x + r − a + 1.
    """
    result = np.full(len(x), np.nan)
    keep = (s > 1) & (a + b + x - 1 <= TRANSFORM_MAX_C)  # z > 1/2, and no huge gamma ratios
    if not keep.any():
        return result
    x, s = x[keep], s[keep]
    c = a + b + x - 1
    k = r + x
    m = x + r - a + 1
    big_a = a + b - 1 - r
    w = 1 / (1 + s)
    log_w = -np.log1p(s)
    with np.errstate(all="ignore"):
        ones = np.ones_like(w)
        first, biggest_1, conv_1, _ = _series(ones, 0, big_a, a - 1, 1 - m, w, MAX_TERMS, 1.0, 1.0)
        second, biggest_2, conv_2, _ = _series(ones, 0, k, b + x, m + 1, w, MAX_TERMS, 1.0, 1.0)
        log_1, sign_1 = _gamma_ratio((c, m), (k, b + x))
        log_2, sign_2 = _gamma_ratio((c, -m), (np.full_like(c, big_a), np.full_like(c, a - 1)))
        part_1 = sign_1 * np.exp(log_1 + (a - 1) * log_w) * first
        part_2 = sign_2 * np.exp(log_2 + k * log_w) * second
        q = part_1 + part_2
        value = c * (1 - q) / (a - 1)
        scale_1 = np.exp(log_1 + (a - 1) * log_w) * biggest_1
        scale_2 = np.exp(log_2 + k * log_w) * biggest_2
        precise = (scale_1 + scale_2) * np.abs(c / (a - 1)) <= CANCELLATION * np.abs(value)
        ok = conv_1 & conv_2 & precise & np.isfinite(value) & (value >= 0)
    result[keep] = np.where(ok, value, np.nan)
    return result


def _form_o(r: float, a: float, b: float, x: np.ndarray, s: np.ndarray) -> np.ndarray:
    """Q = w^(r+x)·2F1(r+x, b+x; C; z) as FHL write it, summed with a running scale (the terms can pass 1e308)."""
    c = a + b + x - 1
    k = r + x
    z = s / (1 + s)
    log_w = -np.log1p(s)
    with np.errstate(all="ignore"):
        total, _, converged, log_scale = _series(
            np.ones_like(z), 0, k, b + x, c, z, MAX_TERMS_LAST, 1.0, 1.0, rescale=True
        )
        q = np.exp(k * log_w + np.log(total) + log_scale)
        value = c * (1 - q) / (a - 1)
        # all terms are positive when C > 0; 1 − q loses digits only as q → 1, i.e. as t → 0
        ok = converged & (total > 0) & np.isfinite(value) & (value >= 0) & (np.abs(1 - q) > 1e-8 * q)
    return np.where(ok, value, np.nan)


def _quadrature(r: float, a: float, b: float, x: np.ndarray, s: np.ndarray) -> np.ndarray:
    """E = E_p[(1 − (1 + p s)^−(r+x)) / p] over p ~ Beta(a, b+x) (the BG/NBD posterior of the drop-out chance),
    by Gauss–Jacobi quadrature: the last resort for what no series sums (a in the tens with a heavy buyer
    far ahead, a in the hundredths with a far horizon). A value counts where QUADRATURE_NODES rules agree to
    1e-10; the integrand is smooth away from p = −1/s, so they do unless s is large and the mass near 0.
    """
    result = np.full(len(x), np.nan)
    for value in np.unique(x):
        here = np.flatnonzero(x == value)
        k = r + value
        estimates = []
        for count in QUADRATURE_NODES:
            nodes, weights = _beta_rule(float(a), float(b + value), count)
            with np.errstate(all="ignore"):
                integrand = -np.expm1(-k * np.log1p(nodes[None, :] * s[here, None])) / nodes[None, :]
            estimates.append(integrand @ weights)
        coarse, fine = estimates
        agree = np.abs(fine - coarse) <= 1e-10 * np.abs(fine)
        result[here] = np.where(agree & np.isfinite(fine), fine, np.nan)
    return result


@functools.lru_cache(maxsize=512)
def _beta_rule(a: float, b: float, count: int) -> tuple[np.ndarray, np.ndarray]:
    """Nodes and weights (summing to 1) of the Gauss rule for the Beta(a, b) density on [0, 1] (Golub–Welsch:
    the eigenvalues of the Jacobi matrix of the polynomials orthogonal for (1−t)^(b−1)(1+t)^(a−1) on [−1, 1]).

    Cached: a forecast asks for the same (a, b + x) on every panel, and an eigh of this size took 0.1 s where
    OpenBLAS threads fight over a busy machine's cores. Callers must not change the arrays.
    """
    alpha, beta = b - 1.0, a - 1.0
    n = np.arange(count, dtype=float)
    total = 2 * n + alpha + beta
    with np.errstate(all="ignore"):
        diagonal = (beta**2 - alpha**2) / (total * (total + 2))
    diagonal[0] = (beta - alpha) / (alpha + beta + 2)
    m = n[1:]
    t = total[1:]
    with np.errstate(all="ignore"):
        squared = 4 * m * (m + alpha) * (m + beta) * (m + alpha + beta) / (t**2 * (t + 1) * (t - 1))
    squared[0] = 4 * (1 + alpha) * (1 + beta) / ((2 + alpha + beta) ** 2 * (3 + alpha + beta))  # 0/0 at a+b = 1
    matrix = np.diag(diagonal) + np.diag(np.sqrt(squared), 1) + np.diag(np.sqrt(squared), -1)
    values, vectors = np.linalg.eigh(matrix)
    return (1 + values) / 2, vectors[0] ** 2


def _series(first: np.ndarray, start: int, p1, p2, q, z: np.ndarray, max_terms: int, head, factor, rescale=False):
    """Σ_{n≥start} t_n with t_{n+1} = t_n (p1+n)(p2+n)/((q+n)(n+1)) z, each point until its tail is below
    1e-16 of the quantity it feeds (head + factor × sum, elementwise).

    Returns the sum, the largest |term| (for the cancellation check), whether it converged, and the log
    of the scale the sum was divided by to stay finite. The points still summing are kept in short
    arrays of their own, so a loop step costs what they cost, not a gather from all points.
    """
    size = len(z)
    p1, p2, q, head, factor = (
        np.array(np.broadcast_to(np.asarray(v, dtype=float), (size,))) for v in (p1, p2, q, head, factor)
    )
    z = np.asarray(z, dtype=float)
    total_out = first.astype(float).copy()
    biggest_out = np.abs(total_out)
    scale_out = np.zeros(size)
    converged = np.zeros(size, dtype=bool)
    index = np.arange(size)
    term, total, biggest, scale = total_out.copy(), total_out.copy(), biggest_out.copy(), scale_out.copy()
    settle = -np.minimum(np.minimum(p1, p2), q)  # from n above this, no factor changes sign any more
    rising = _rising_throughout(p1, p2, q, z, np.maximum(settle, start), start + max_terms)
    rising &= ~(_non_positive_integer(p1) | _non_positive_integer(p2))  # those series end: they converge
    if rising.any():  # their terms only grow until the last allowed one: they cannot converge, so leave now
        keep = ~rising
        index, term, total, biggest, scale = index[keep], term[keep], total[keep], biggest[keep], scale[keep]
        p1, p2, q, z, head, factor, settle = (values[keep] for values in (p1, p2, q, z, head, factor, settle))
    n = start
    while len(index) and n < start + max_terms:
        # BLOCK terms at once (a running product along the row): a loop step per term cost more in numpy's
        # call overhead than the arithmetic on a few thousand points
        steps = n + np.arange(BLOCK)
        ratios = (p1[:, None] + steps) * (p2[:, None] + steps) / ((q[:, None] + steps) * (steps + 1)) * z[:, None]
        terms = term[:, None] * np.cumprod(ratios, axis=1)
        total += terms.sum(axis=1)
        np.maximum(biggest, np.abs(terms).max(axis=1), out=biggest)
        term = terms[:, -1].copy()
        ratio = ratios[:, -1]
        n += BLOCK
        bound = np.maximum(np.abs(ratio), z)
        tail = np.abs(term) * bound / np.maximum(1 - bound, 1e-300)
        finished = (n > settle) & (bound < 1) & (tail <= 1e-16 * np.abs(head + factor * total))
        overflow = np.abs(total) > 1e150  # a block's product can then still grow 1e150 times without inf
        if rescale:
            if overflow.any():  # form O's terms can pass 1e308 before they turn
                term[overflow] *= 1e-150
                total[overflow] *= 1e-150
                biggest[overflow] *= 1e-150
                scale[overflow] += 150 * np.log(10)
                finished &= ~overflow
            broken = ~np.isfinite(total)
        else:  # a term this much larger than what the sum feeds cannot leave a precise result: give up
            hopeless = np.abs(term * factor) > 1e16 * np.maximum(np.abs(head), 1.0)
            broken = ~np.isfinite(total) | overflow | hopeless
        stop = finished | broken
        if stop.any():
            leaving = index[stop]
            total_out[leaving], biggest_out[leaving], scale_out[leaving] = total[stop], biggest[stop], scale[stop]
            converged[index[finished]] = True
            keep = ~stop
            index, term, total, biggest, scale = index[keep], term[keep], total[keep], biggest[keep], scale[keep]
            p1, p2, q, z, head, factor, settle = (values[keep] for values in (p1, p2, q, z, head, factor, settle))
    total_out[index], biggest_out[index], scale_out[index] = total, biggest, scale
    return total_out, biggest_out, converged, scale_out


def _non_positive_integer(values: np.ndarray) -> np.ndarray:
    return (values <= 0) & (values == np.round(values))


def _rising_throughout(p1: np.ndarray, p2: np.ndarray, q: np.ndarray, z: np.ndarray, first: np.ndarray,
                       last: int) -> np.ndarray:  # fmt: skip
    """Where the term ratio (p1+n)(p2+n)z / ((q+n)(n+1)) exceeds 1 for every n from `first` (past every sign
    change) to `last`: the terms only grow there, so no tail is ever small enough to stop and the sum cannot
    converge within its terms (a purchase rate's shape r in the hundred thousands, a fit on its bound, needs
    some r·z/(1−z) terms before they turn).

    With every factor positive, the ratio exceeds 1 exactly between the roots of
    (1−z)n² + (q + 1 − z(p1+p2))n + q − z·p1·p2 = 0.
    """
    with np.errstate(all="ignore"):
        quadratic = 1 - z
        linear = q + 1 - z * (p1 + p2)
        constant = q - z * p1 * p2
        root = np.sqrt(linear**2 - 4 * quadratic * constant)
        low = (-linear - root) / (2 * quadratic)
        high = (-linear + root) / (2 * quadratic)
        return (z > 0) & (z < 1) & np.isfinite(root) & (low < first) & (high > last)


def _gamma_ratio(numerator: tuple, denominator: tuple) -> tuple[np.ndarray, np.ndarray]:
    """log|Π Γ(num) / Π Γ(den)| and its sign; a pole in the denominator gives 0 (sign 0), as 1/Γ does."""
    log = np.zeros(np.broadcast_shapes(*(np.shape(v) for v in numerator + denominator)))
    sign = np.ones_like(log)
    for values in numerator:
        log = log + gammaln(values)
        sign = sign * gammasgn(values)
    for values in denominator:
        at_pole = (np.asarray(values) <= 0) & (np.asarray(values) == np.round(values))
        log = log - np.where(at_pole, 0.0, gammaln(values))
        sign = sign * np.where(at_pole, 0.0, gammasgn(values))
    return log, sign


def interpolated(params: np.ndarray, x_values: np.ndarray, x_index: np.ndarray, s: np.ndarray) -> np.ndarray:
    """E[X(t) | alive] at x_values[x_index] and s, from exact values at Chebyshev nodes on panels of v = log(1+s).

    A panel whose last Chebyshev coefficients are not below TAIL of its largest is not trusted and is cut
    into SUBPANELS (a heavy buyer of a fit without churn needs that near s = 0); a subpanel still not
    trusted has its points summed one by one.
    """
    shape = s.shape
    s = np.asarray(s, dtype=float).ravel()
    x_index = np.broadcast_to(x_index, shape).ravel()
    finite = np.isfinite(s)
    v = np.log1p(np.maximum(s if finite.all() else np.where(finite, s, 0.0), 0.0))
    # level 1: panels of width PANEL_WIDTH, keyed by (x, panel); a lookup table, as sorting cost 30 ms a draw
    panel = np.floor(v / PANEL_WIDTH).astype(np.int64)
    panels = int(panel.max(initial=0)) + 1
    row, coefficients, trusted = _panels(params, x_values, x_index * panels + panel, panels, PANEL_WIDTH)
    if trusted.all():  # the usual case: every point from its panel, no point picked out
        result = _clenshaw(coefficients, row, 2 * (v / PANEL_WIDTH - panel) - 1)
    else:
        result = np.full(len(s), np.nan)
        good = trusted[row]
        at = np.flatnonzero(good)
        result[at] = _clenshaw(coefficients, row[at], 2 * (v[at] / PANEL_WIDTH - panel[at]) - 1)
        # level 2: the untrusted panels' points, on subpanels
        rest = np.flatnonzero(~good)
        fine = PANEL_WIDTH / SUBPANELS
        sub = np.floor(v[rest] / fine).astype(np.int64)
        sub_panels = int(sub.max(initial=0)) + 1
        row, coefficients, trusted = _panels(params, x_values, x_index[rest] * sub_panels + sub, sub_panels, fine)
        good = trusted[row]
        at = np.flatnonzero(good)
        result[rest[at]] = _clenshaw(coefficients, row[at], 2 * (v[rest[at]] / fine - sub[at]) - 1)
    result[s <= 0] = 0.0
    if not finite.all():
        result[~finite] = np.nan
    fallback = ~np.isfinite(result) & finite & (s > 0)
    if fallback.any():  # still untrusted, or a node no form could sum: the points themselves may be summable
        result[fallback] = exact(params, x_values[x_index[fallback]], s[fallback])
    return result.reshape(shape)


def _panels(params: np.ndarray, x_values: np.ndarray, key: np.ndarray, panels: int, width: float):
    """Chebyshev coefficients on each panel in use (key = x index × panels + panel number).

    Returns each point's row, the rows' coefficients, and whether each row is trusted.
    """
    used = np.bincount(key, minlength=len(x_values) * panels) > 0
    needed = np.flatnonzero(used)
    row = (np.cumsum(used) - 1)[key]
    node_v = ((needed % panels)[:, None] + (_NODES[None, :] + 1) / 2) * width
    node_x = np.broadcast_to(x_values[needed // panels][:, None], node_v.shape)
    coefficients = exact(params, node_x, np.expm1(node_v)) @ _TO_COEFFICIENTS.T
    with np.errstate(invalid="ignore"):
        trusted = np.abs(coefficients[:, -3:]).max(axis=1) <= TAIL * np.abs(coefficients).max(axis=1)
    return row, coefficients, trusted


def _clenshaw(coefficients: np.ndarray, row: np.ndarray, u: np.ndarray) -> np.ndarray:
    """Σ c_j T_j(u) at each point's u in [−1, 1] with the coefficients of its row (`row` indexes `coefficients`).

    The coefficients are read a degree at a time from their transpose, a table of a few hundred numbers a
    degree: gathering each point's whole row of coefficients first moved far more through memory than the
    arithmetic needs.
    """
    table = np.ascontiguousarray(coefficients.T)
    two_u = 2 * u
    b1 = np.zeros_like(u)
    b2 = np.zeros_like(u)
    for j in range(DEGREE, 0, -1):
        step = two_u * b1
        step -= b2
        step += table[j].take(row)
        b1, b2 = step, b1
    result = u * b1
    result -= b2
    result += table[0].take(row)
    return result
