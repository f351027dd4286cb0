"""Speed and scale measurements, run with ``python -m benchmarks``."""
