import os

for p in ["a//b/./c/../d", "/../x", "", "./", "//srv", "///srv", "../../a/..", "a/b/../../.."]:
    print(repr(p), "->", os.path.normpath(p))
