raise RuntimeError("save failed") from OSError("disk full")
