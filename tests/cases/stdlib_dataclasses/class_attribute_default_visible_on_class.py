from dataclasses import dataclass, field

@dataclass
class Settings:
    debug: bool = False
    plugins: list = field(default_factory=list)

print(Settings.debug)
print(hasattr(Settings, "plugins"))
print(Settings.__init__.__qualname__)
