"""Fuzzing harnesses (atheris); see docs/robustness.md."""
