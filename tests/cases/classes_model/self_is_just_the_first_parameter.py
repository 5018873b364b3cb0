class Robot:
    def __init__(this, name):
        this.name = name

    def hello(me, other):
        return f"{me.name} greets {other}"

r = Robot("R2")
print(r.hello("C3PO"))
print(Robot.hello(r, "BB8"))
