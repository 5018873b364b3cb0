from __future__ import annotations, time_travel
