values = [1 for __debug__ in (yield)]
