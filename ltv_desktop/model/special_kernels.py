"""The script that made special.py's kernel coefficients: `python -m ltv_desktop.model.special_kernels`.

It prints `_LGAMMA_KERNEL`, `_PSI_KERNEL` and the digamma root exactly as special.py holds them, so a
reader can check where every digit came from, and a test compares the two. The app never imports this
module: mpmath is a reference for the tests, not a dependency of the app.

Both kernels are Chebyshev fits (mpmath.chebyfit, 256-bit arithmetic) on |z| <= 0.52, a little wider than
the |z| <= 1/2 the recurrence reaches, so rounding at the interval's ends stays inside the fitted range:
- lnΓ(2 + z) / z, whose value at z = 0 is 1 − γ;
- y ψ(y) / (y − x₀) with y = x₀ + z and x₀ the positive zero of ψ, whose value at z = 0 is x₀ ψ′(x₀).
Degrees 18 and 16: two terms fewer leave a fit error of a unit in the last place or more.
"""

from __future__ import annotations

from typing import Any

HALF_WIDTH = 0.52
LGAMMA_TERMS = 19
PSI_TERMS = 17


def kernels() -> dict[str, Any]:
    """The coefficients, highest power first, rounded to doubles; and x₀ as a double pair (hi, lo)."""
    import mpmath as mp

    mp.mp.prec = 256
    root = mp.findroot(mp.digamma, 1.4616321449683622)

    def lgamma_kernel(z: Any) -> Any:
        return mp.loggamma(2 + z) / z if z != 0 else 1 - mp.euler

    def psi_kernel(z: Any) -> Any:
        y = root + z
        return y * mp.digamma(y) / z if z != 0 else root * mp.psi(1, root)

    interval = [-HALF_WIDTH, HALF_WIDTH]
    lgamma = mp.chebyfit(lgamma_kernel, interval, LGAMMA_TERMS, asc=True)[::-1]
    psi = mp.chebyfit(psi_kernel, interval, PSI_TERMS, asc=True)[::-1]
    hi = float(root)
    return {
        "_LGAMMA_KERNEL": tuple(float(c) for c in lgamma),
        "_PSI_KERNEL": tuple(float(c) for c in psi),
        "_PSI_ROOT_HI": hi,
        "_PSI_ROOT_LO": float(root - mp.mpf(hi)),
    }


if __name__ == "__main__":
    for name, value in kernels().items():
        print(f"{name} = {value!r}")
