class Clock:
    def tick():
        return "tick"

print(Clock.tick())
Clock().tick()
