"""The torture runner (``python -m tests.torture``) and the hostile cases it shares with the tests."""
