class Settings:
    timeout = 30

print(Settings.timout)
