class Plugin:
    registry = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        print("registering", cls.__name__)
        Plugin.registry.append(cls.__name__)

class Audio(Plugin):
    pass

class Video(Plugin):
    pass

class HDVideo(Video):
    pass

print(Plugin.registry)
