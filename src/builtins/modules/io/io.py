# legb's `io` module, run by legb itself when a program imports it: `StringIO`, with the
# behaviour and messages of CPython 3.11's C implementation (Modules/_io/stringio.c) for
# the default newline='\n'; the rest of io is refused. Frames running this file do not
# show in tracebacks.

__all__ = ['StringIO']


def _closed():
    return ValueError('I/O operation on closed file')


def _index(v, what):
    if v is None:
        return -1
    if not isinstance(v, int):
        raise TypeError(f"argument should be integer or None, not '{type(v).__name__}'")
    return v


class StringIO:
    __slots__ = ('_buf', '_pos', '_closed')

    def __init__(self, initial_value='', newline='\n'):
        if newline != '\n':
            raise NotImplementedError("legb does not support StringIO with newline other than '\\n'")
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        self._buf = initial_value
        self._pos = 0
        self._closed = False

    def _check(self):
        if self._closed:
            raise _closed()

    @property
    def closed(self):
        return self._closed

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        self._check()
        return None

    def getvalue(self):
        self._check()
        return self._buf

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        if s:
            buf = self._buf
            if self._pos > len(buf):
                buf += '\0' * (self._pos - len(buf))
            self._buf = buf[:self._pos] + s + buf[self._pos + len(s):]
            self._pos += len(s)
        return len(s)

    def writelines(self, lines):
        self._check()
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check()
        size = _index(size, 'size')
        start = min(self._pos, len(self._buf))
        end = len(self._buf) if size < 0 else min(start + size, len(self._buf))
        self._pos = max(self._pos, end)
        return self._buf[start:end]

    def readline(self, size=-1):
        self._check()
        size = _index(size, 'size')
        start = min(self._pos, len(self._buf))
        end = self._buf.find('\n', start)
        end = len(self._buf) if end < 0 else end + 1
        if size >= 0:
            end = min(end, start + size)
        self._pos = max(self._pos, end)
        return self._buf[start:end]

    def readlines(self, hint=-1):
        self._check()
        hint = _index(hint, 'hint')
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        self._check()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        if not isinstance(pos, int):
            raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer")
        if whence not in (0, 1, 2):
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        if pos < 0 and whence == 0:
            raise ValueError(f"Negative seek position {pos}")
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 2:
            pos = len(self._buf)
        elif whence == 1:
            pos = self._pos
        self._pos = pos
        return pos

    def truncate(self, pos=None):
        self._check()
        size = self._pos if pos is None else _index(pos, 'pos')
        if size < 0:
            raise ValueError(f"Negative size value {size}")
        if size < len(self._buf):
            self._buf = self._buf[:size]
        return size

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def flush(self):
        self._check()

    def close(self):
        self._closed = True

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()


StringIO.__module__ = '_io'


def __getattr__(name):
    raise NotImplementedError(f"legb does not support io.{name}")
