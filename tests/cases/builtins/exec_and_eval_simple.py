print(eval("1 + 2 * 3"))
print(eval("x * 2", {"x": 21}))
namespace = {}
exec("y = 5\nz = y * 2", namespace)
print(namespace["y"], namespace["z"])
print(eval("[i for i in range(3)]"))
