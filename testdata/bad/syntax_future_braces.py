# Bad input: the classic joke import; CPython's answer is exact.
from __future__ import braces  # ERROR "not a chance"
