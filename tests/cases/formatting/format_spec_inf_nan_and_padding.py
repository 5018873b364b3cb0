# inf and nan ignore zero padding's digits but keep the fill and sign.
inf, nan = float("inf"), float("nan")
print(f"[{inf:010}] [{-inf:010.2f}] [{nan:+08}] [{inf:F}] [{nan:E}] [{inf:,}] [{inf:%}] [{-inf:^9}]")
