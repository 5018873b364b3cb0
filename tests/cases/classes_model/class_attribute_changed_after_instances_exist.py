class Settings:
    debug = False

s1 = Settings()
s2 = Settings()
Settings.debug = True
print(s1.debug, s2.debug)
Settings.level = 3
print(s1.level)
s1.debug = "local"
Settings.debug = None
print(s1.debug, s2.debug)
