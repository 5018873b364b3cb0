class LoggerMixin:
    def save(self):
        print("log: saving", type(self).__name__)
        return super().save()

class Store:
    def save(self):
        print("Store.save")
        return "saved"

class LoggedStore(LoggerMixin, Store):
    pass

print(LoggedStore().save())
try:
    LoggerMixin().save()
except AttributeError as e:
    print("AttributeError:", e)
