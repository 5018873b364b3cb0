
rf'\d{x}'
fr'\n{x}\t'
Rf'{x}\\'
