class Mine:
    def method(self):
        pass

print(Mine.__module__, Mine().__module__, Mine.method.__module__)
print(int.__module__, object.__module__, ValueError.__module__)
print(__name__)
