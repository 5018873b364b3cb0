class Engine:
    def __start(self):
        return "started"

e = Engine()
print(e._Engine__start())
try:
    e.__start()
except AttributeError as ex:
    print("AttributeError:", ex)
