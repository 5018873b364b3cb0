from dataclasses import dataclass

@dataclass(order=True)
class A:
    x: int

@dataclass(order=True)
class B:
    x: int

A(1) < B(2)
