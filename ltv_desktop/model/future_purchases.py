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
Each point is summed in the first form that converges within MAX_TERMS with no cancellation; a point no
form can sum is NaN ("unknown"), never a wrong number.

A forecast needs this at months × customers × 100 parameter draws. For a given x it is a function of
s = t/(α+T) alone, analytic in v = log(1 + s) except on |Im v| = π, so on panels of width 1 in v a
Chebyshev interpolant of degree 14 is exact to rounding (its error bound is about 13^−15). Exact values
at the panels' nodes, then the interpolant at every (x, s): the cost no longer depends on the series.
"""

from __future__ import annotations

import numpy as np

from ltv_desktop.model.special import gammaln, gammasgn

MAX_TERMS = 400
"""Per form and point; a form that has not converged by then hands the point to the next one."""
MAX_TERMS_LAST = 20_000
"""Form O is the last resort, and its terms decay at worst like z^n."""
CANCELLATION = 1e8
"""A sum whose largest term is this many times the result has lost half its digits: rejected."""
NUDGE = 1e-5
"""At r − a an integer, or a = 1, the 1 − z transformation divides by zero; E is smooth there, so it is
interpolated from r (or a) moved NUDGE either side: error ~NUDGE² relative, rounding ~1e-16/NUDGE."""
TRANSFORM_MAX_C = 60.0
"""Above this C form E converges in tens of terms at any z; the transformation's gamma ratios would be huge."""
PANEL_WIDTH = 1.0
DEGREE = 14
TAIL = 1e-12
SUBPANELS = 4
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
    x, s = x.ravel(), s.ravel()
    gap = (r - a) - round(r - a)
    if abs(gap) < NUDGE:  # m = x + r − a + 1 is an integer: the transformation's gamma functions have poles
        low = _nudged(r - gap - NUDGE, alpha, a, b, x, s)
        high = _nudged(r - gap + NUDGE, alpha, a, b, x, s)
        result = low + (high - low) * (gap + NUDGE) / (2 * NUDGE)
    else:
        result = _nudged(r, alpha, a, b, x, s)
    return result.reshape(shape)


def _nudged(r: float, alpha: float, a: float, b: float, x: np.ndarray, s: np.ndarray) -> np.ndarray:
    if abs(a - 1) < NUDGE:
        low = _forms(r, alpha, 1 - NUDGE, b, x, s)
        high = _forms(r, alpha, 1 + NUDGE, b, x, s)
        return low + (high - low) * (a - 1 + NUDGE) / (2 * NUDGE)
    return _forms(r, alpha, a, b, x, s)


def _forms(r: float, alpha: float, a: float, b: float, x: np.ndarray, s: np.ndarray) -> np.ndarray:
    result = np.full(len(x), np.nan)
    positive = s > 0
    result[s == 0] = 0.0
    todo = np.flatnonzero(positive & np.isfinite(s))
    for form in (_form_e, _form_transformed, _form_o):
        if len(todo) == 0:
            break
        values = form(r, a, b, x[todo], s[todo])
        done = np.isfinite(values)
        result[todo[done]] = values[done]
        todo = todo[~done]
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


def _series(first: np.ndarray, start: int, p1, p2, q, z: np.ndarray, max_terms: int, head, factor, rescale=False):
    """Σ_{n≥start} t_n with t_{n+1} = t_n (p1+n)(p2+n)/((q+n)(n+1)) z, each point until its tail is below
    1e-16 of the quantity it feeds (head + factor × sum, elementwise).

    Returns the sum, the largest |term| (for the cancellation check), whether it converged, and the log
    of the scale the sum was divided by to stay finite.
    """
    size = len(z)
    p1, p2, q, head, factor = (np.broadcast_to(np.asarray(v, dtype=float), (size,)) for v in (p1, p2, q, head, factor))
    total = first.astype(float).copy()
    biggest = np.abs(total)
    log_scale = np.zeros(size)
    converged = np.zeros(size, dtype=bool)
    active = np.arange(size)
    term = total.copy()
    n = start
    while len(active) and n < start + max_terms:
        ratio = (p1[active] + n) * (p2[active] + n) / ((q[active] + n) * (n + 1)) * z[active]
        term_a = term[active] * ratio
        total_a = total[active] + term_a
        term[active] = term_a
        total[active] = total_a
        biggest[active] = np.maximum(biggest[active], np.abs(term_a))
        n += 1
        settled = (p1[active] + n > 0) & (p2[active] + n > 0) & (q[active] + n > 0)
        bound = np.maximum(np.abs(ratio), z[active])
        feed = np.abs(head[active] + factor[active] * total_a)
        tail = np.abs(term_a) * bound / np.maximum(1 - bound, 1e-300)
        finished = settled & (bound < 1) & (tail <= 1e-16 * feed)
        overflow = np.abs(total_a) > 1e250
        if rescale and overflow.any():  # form O's terms can pass 1e308 before they turn
            hit = active[overflow]
            term[hit] *= 1e-250
            total[hit] *= 1e-250
            biggest[hit] *= 1e-250
            log_scale[hit] += 250 * np.log(10)
            finished[overflow] = False
        # a term this much larger than what the sum feeds cannot leave a precise result: give the point up
        hopeless = np.abs(term_a * factor[active]) > 1e16 * np.maximum(np.abs(head[active]), 1.0)
        broken = ~np.isfinite(total_a) | ((overflow | hopeless) & (not rescale))
        converged[active[finished]] = True
        active = active[~(finished | broken)]
    return total, biggest, converged, log_scale


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
    v = np.log1p(np.maximum(np.where(np.isfinite(s), s, 0.0), 0.0))
    result = np.full(len(s), np.nan)
    # level 1: panels of width PANEL_WIDTH, keyed by (x, panel); a lookup table, as sorting cost 30 ms a draw
    panel = np.floor(v / PANEL_WIDTH).astype(np.int64)
    panels = int(panel.max(initial=0)) + 1
    key = x_index * panels + panel
    row, coefficients, trusted = _panels(params, x_values, key, panels, PANEL_WIDTH)
    good = trusted[row]
    result[good] = _clenshaw(coefficients[row[good]], 2 * (v[good] / PANEL_WIDTH - panel[good]) - 1)
    # level 2: the untrusted panels' points, on subpanels
    rest = np.flatnonzero(~good)
    if len(rest):
        fine = PANEL_WIDTH / SUBPANELS
        sub = np.floor(v[rest] / fine).astype(np.int64)
        sub_panels = int(sub.max(initial=0)) + 1
        row, coefficients, trusted = _panels(params, x_values, x_index[rest] * sub_panels + sub, sub_panels, fine)
        good = trusted[row]
        result[rest[good]] = _clenshaw(coefficients[row[good]], 2 * (v[rest[good]] / fine - sub[good]) - 1)
    result[s <= 0] = 0.0
    result[~np.isfinite(s)] = np.nan
    fallback = ~np.isfinite(result) & np.isfinite(s) & (s > 0)
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


def _clenshaw(coefficients: np.ndarray, u: np.ndarray) -> np.ndarray:
    """Σ c_j T_j(u) for each point's own coefficients (rows) at its u in [−1, 1]."""
    b1 = np.zeros_like(u)
    b2 = np.zeros_like(u)
    for j in range(DEGREE, 0, -1):
        b1, b2 = 2 * u * b1 - b2 + coefficients[:, j], b1
    return u * b1 - b2 + coefficients[:, 0]
