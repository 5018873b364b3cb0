class Config:
    def __init__(self):
        self.options = None

cfg = Config()
size = cfg.options.size + 1
