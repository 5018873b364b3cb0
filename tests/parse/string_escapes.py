
'\n\t\r\\\'\"'
'\a\b\f\v\0'
'\x41\x7a\x7F'
'\101\0\7\377'
'\u00e9\u20AC'
'\U0001F600\U00000041'
'\N{LATIN SMALL LETTER E WITH ACUTE}\N{BULLET}'
"tab\there"
'line one\
line two'
