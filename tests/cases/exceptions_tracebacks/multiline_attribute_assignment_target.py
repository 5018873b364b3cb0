config = None
(config
    .debug) = True
