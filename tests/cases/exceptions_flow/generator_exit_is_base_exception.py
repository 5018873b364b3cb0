print(issubclass(GeneratorExit, Exception))
print(issubclass(GeneratorExit, BaseException))
print(issubclass(KeyboardInterrupt, Exception))
print(issubclass(SystemExit, BaseException))
