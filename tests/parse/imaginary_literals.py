1j
2J
1.5j
.5j
1e3j
1_0j
0j
09j
1.j
3 + 4j
1e309j
0.1j
1e-7j
