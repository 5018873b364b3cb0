from dataclasses import dataclass, field

counter = 0
def next_id():
    global counter
    counter += 1
    return counter

@dataclass
class Ticket:
    title: str
    id: int = field(default_factory=next_id)

print(Ticket("a"), Ticket("b"), Ticket("c", id=100), Ticket("d"))
