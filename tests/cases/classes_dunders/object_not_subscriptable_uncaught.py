class Record:
    pass

r = Record()
r["key"]
