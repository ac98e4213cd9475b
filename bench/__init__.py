"""Benchmarks and the synthetic-corpus generator (a package so that tests can import it)."""
