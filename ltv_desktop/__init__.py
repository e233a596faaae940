"""LTV Desktop: what a customer is worth, for the owner of a small business."""

import os

__version__ = "0.1.0"

# One BLAS thread, set before numpy loads (every entry point imports this package first, and the analysis
# process inherits it). The models' linear algebra is on matrices of a few dozen rows, where OpenBLAS threads
# only fight over a laptop's two cores with the window and each other: with both cores busy, an eigh of a
# 96 × 96 quadrature matrix took 80 ms with them against 1 ms without. An owner's own setting of it wins.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
