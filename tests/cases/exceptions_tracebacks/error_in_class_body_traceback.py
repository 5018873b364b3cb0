class Settings:
    retries = 3
    delay = retries / 0
