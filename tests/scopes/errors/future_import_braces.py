"""Docstring first is allowed."""
from __future__ import braces
