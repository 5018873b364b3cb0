__limit = "module level"

class Config:
    def read(self):
        try:
            return __limit
        except NameError as e:
            return f"NameError: {e}"

_Config__limit = "mangled global"
print(Config().read())
