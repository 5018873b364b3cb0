def make_logger():
    log = []
    def add(msg):
        log.append(msg)
        return len(log)
    return add, log

add, log = make_logger()
add("a")
add("b")
print(log)
