"""Benchmarks: ``python -m tests.benchmarks --size tiny|small|large`` (see runner.py)."""
