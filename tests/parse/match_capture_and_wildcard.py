match command:
    case name:
        pass
match command:
    case _:
        pass
match x:
    case (y):
        pass
