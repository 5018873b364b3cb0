# legb's `os` module, run by legb itself when a program imports it: the constants of a
# Linux CPython 3.11 and `os.path`; everything that would reach the operating system is
# refused. Frames running this file do not show in tracebacks.

import posixpath as path

name = 'posix'
linesep = '\n'
from posixpath import curdir, pardir, sep, pathsep, defpath, extsep, altsep, devnull
from posixpath import _fspath as fspath


def __getattr__(name):
    raise NotImplementedError(f"legb does not support os.{name}")
