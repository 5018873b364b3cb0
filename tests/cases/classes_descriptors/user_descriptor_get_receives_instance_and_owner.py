class Show:
    def __get__(self, instance, owner):
        who = "None" if instance is None else type(instance).__name__
        return f"get(instance={who}, owner={owner.__name__})"

class Host:
    attr = Show()

class Child(Host):
    pass

print(Host.attr)
print(Host().attr)
print(Child().attr)
