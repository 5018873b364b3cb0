from typing import *

def greet(name: Optional[str] = None) -> str:
    return f"hi {name or 'there'}"

print(greet(), greet("bo"), greet.__annotations__["name"])
