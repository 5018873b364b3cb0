from dataclasses import dataclass, field, fields


@dataclass
class B:
    a: int = field(default=1, metadata={"unit": "m"})
    b: int = 2


m = fields(B)[0].metadata
print(m)
print(repr(m), type(m))
print(fields(B)[1].metadata, repr(fields(B)[1].metadata))
print(m["unit"], len(m), "unit" in m)
