import os

for name in ["report.pdf", "archive.tar.gz", ".bashrc", "noext", "dir.v2/file", "trailing."]:
    print(name, os.path.splitext(name))
