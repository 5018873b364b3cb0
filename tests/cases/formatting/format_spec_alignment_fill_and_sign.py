# Fill and alignment, signs, and '0' before the width.
for v in (42, -42):
    print(f"[{v:<8}] [{v:>8}] [{v:^8}] [{v:=8}] [{v:*^9}] [{v:08}] [{v:+}] [{v: }] [{v:-}]")
print(f"[{7:0<4}] [{7:<04}] [{7:x>4}] [{7:é^5}] [{'ab':^7}] [{'ab':0>5}] [{'abc':.2}] [{'abc':>6.1}]")
