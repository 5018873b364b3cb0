from dataclasses import field

try:
    field(default=1, default_factory=list)
except ValueError as e:
    print(e)
