raise
raise ValueError
raise ValueError('bad')
raise ValueError('bad') from exc
raise ValueError from None
raise Error() from cause()
