"""Secretariat: records, rules and indicators of a joint committee's secretariat."""

__version__ = "0.1.0"
