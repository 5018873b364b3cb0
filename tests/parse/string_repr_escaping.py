
'\x7f\x80\xa0\xad'
'\u200b\u2028\u2029\ufeff'
'é\U0001F600'
"it's"
'say "hi"'
'both \' and "'
'\\'
'\r\n'
'\x00\x1f'
'\U000e0001'
'\u0378'
