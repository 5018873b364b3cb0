# legb's `pathlib`: the pure path operations of CPython 3.11's Lib/pathlib.py on POSIX
# (joining with `/`, `name`, `stem`, `suffix`, `parent`, `parts`, `with_suffix`,
# `relative_to`, …), which only compute strings. What touches the file system (`exists`,
# `read_text`, `iterdir`, `cwd`, …) and `match` are refused, as is `PureWindowsPath`.

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath", "WindowsPath"]


def _refused(what):
    def refuse(*args, **kwargs):
        raise NotImplementedError(f"legb does not support {what}")
    return refuse


from posixpath import _fspath  # os.fspath


def _splitroot(part):
    # _PosixFlavour.splitroot: exactly two leading slashes are kept, more are one.
    if part and part[0] == '/':
        stripped_part = part.lstrip('/')
        if len(part) - len(stripped_part) == 2:
            return '', '//', stripped_part
        else:
            return '', '/', stripped_part
    else:
        return '', '', part


def _parse_parts(parts):
    # _Flavour.parse_parts: scanned from the right, up to the last absolute part.
    parsed = []
    drv = root = ''
    it = reversed(parts)
    for part in it:
        if not part:
            continue
        drv, root, rel = _splitroot(part)
        if '/' in rel:
            for x in reversed(rel.split('/')):
                if x and x != '.':
                    parsed.append(x)
        else:
            if rel and rel != '.':
                parsed.append(rel)
        if drv or root:
            break
    if drv or root:
        parsed.append(drv + root)
    parsed.reverse()
    return drv, root, parsed


class _PathParents:
    """This object provides sequence-like access to the logical ancestors
    of a path.  Don't try to construct it yourself."""

    def __init__(self, path):
        # We don't store the instance to avoid reference cycles
        self._pathcls = type(path)
        self._drv = path._drv
        self._root = path._root
        self._parts = path._parts

    def __len__(self):
        if self._drv or self._root:
            return len(self._parts) - 1
        else:
            return len(self._parts)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))

        if idx >= len(self) or idx < -len(self):
            raise IndexError(idx)
        if idx < 0:
            idx += len(self)
        return self._pathcls._from_parsed_parts(self._drv, self._root,
                                                self._parts[:-idx - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __repr__(self):
        return "<{}.parents>".format(self._pathcls.__name__)


class PurePath(object):
    """Base class for manipulating paths without I/O."""

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_parts(args)

    @classmethod
    def _parse_args(cls, args):
        parts = []
        for a in args:
            if isinstance(a, PurePath):
                parts += a._parts
                continue
            a = _fspath(a)
            if isinstance(a, str):
                parts.append(str(a))
            elif isinstance(a, bytes):
                raise NotImplementedError("legb does not support bytes paths")
            else:
                raise TypeError(
                    "argument should be a str object or an os.PathLike "
                    "object returning str, not %r"
                    % type(a))
        return _parse_parts(parts)

    @classmethod
    def _from_parts(cls, args):
        self = object.__new__(cls)
        drv, root, parts = self._parse_args(args)
        self._drv = drv
        self._root = root
        self._parts = parts
        return self

    @classmethod
    def _from_parsed_parts(cls, drv, root, parts):
        self = object.__new__(cls)
        self._drv = drv
        self._root = root
        self._parts = parts
        return self

    @classmethod
    def _format_parsed_parts(cls, drv, root, parts):
        if drv or root:
            return drv + root + '/'.join(parts[1:])
        else:
            return '/'.join(parts)

    def _make_child(self, args):
        drv, root, parts = self._parse_args(args)
        drv, root, parts = self._join_parsed_parts(
            self._drv, self._root, self._parts, drv, root, parts)
        return self._from_parsed_parts(drv, root, parts)

    @staticmethod
    def _join_parsed_parts(drv, root, parts, drv2, root2, parts2):
        if root2:
            return drv2, root2, parts2
        if parts:
            return drv, root, parts + parts2
        return drv2, root2, parts2

    def __str__(self):
        return self._format_parsed_parts(self._drv, self._root, self._parts) or '.'

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """Return the string representation of the path with forward (/)
        slashes."""
        return str(self)

    def __bytes__(self):
        raise NotImplementedError("legb does not support bytes paths")

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        """Return the path as a 'file' URI."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        raise NotImplementedError("legb does not support PurePath.as_uri")

    @property
    def _cparts(self):
        return self._parts

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts == other._cparts

    def __hash__(self):
        return hash(tuple(self._cparts))

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts < other._cparts

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts <= other._cparts

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts > other._cparts

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts >= other._cparts

    @property
    def drive(self):
        """The drive prefix (letter or UNC path), if any."""
        return self._drv

    @property
    def root(self):
        """The root of the path, if any."""
        return self._root

    @property
    def anchor(self):
        """The concatenation of the drive and root, or ''."""
        anchor = self._drv + self._root
        return anchor

    @property
    def name(self):
        """The final path component, if any."""
        parts = self._parts
        if len(parts) == (1 if (self._drv or self._root) else 0):
            return ''
        return parts[-1]

    @property
    def suffix(self):
        """
        The final component's last suffix, if any.

        This includes the leading period. For example: '.txt'
        """
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        else:
            return ''

    @property
    def suffixes(self):
        """
        A list of the final component's suffixes, if any.

        These include the leading periods. For example: ['.tar', '.gz']
        """
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + suffix for suffix in name.split('.')[1:]]

    @property
    def stem(self):
        """The final path component, minus its last suffix."""
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        else:
            return name

    def with_name(self, name):
        """Return a new path with the file name changed."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        drv, root, parts = _parse_parts((name,))
        if (not name or name[-1] == '/' or drv or root or len(parts) != 1):
            raise ValueError("Invalid name %r" % (name))
        return self._from_parsed_parts(self._drv, self._root,
                                       self._parts[:-1] + [name])

    def with_stem(self, stem):
        """Return a new path with the stem changed."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """Return a new path with the file suffix changed.  If the path
        has no suffix, add given suffix.  If the given suffix is an empty
        string, remove the suffix from the path.
        """
        if '/' in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old_suffix = self.suffix
        if not old_suffix:
            name = name + suffix
        else:
            name = name[:-len(old_suffix)] + suffix
        return self._from_parsed_parts(self._drv, self._root,
                                       self._parts[:-1] + [name])

    def relative_to(self, *other):
        """Return the relative path to another path identified by the passed
        arguments.  If the operation is not possible (because this is not
        a subpath of the other path), raise ValueError.
        """
        if not other:
            raise TypeError("need at least one argument")
        parts = self._parts
        drv = self._drv
        root = self._root
        if root:
            abs_parts = [drv, root] + parts[1:]
        else:
            abs_parts = parts
        to_drv, to_root, to_parts = self._parse_args(other)
        if to_root:
            to_abs_parts = [to_drv, to_root] + to_parts[1:]
        else:
            to_abs_parts = to_parts
        n = len(to_abs_parts)
        if (root or drv) if n == 0 else abs_parts[:n] != to_abs_parts:
            formatted = self._format_parsed_parts(to_drv, to_root, to_parts)
            raise ValueError("{!r} is not in the subpath of {!r}"
                    " OR one path is relative and the other is absolute."
                             .format(str(self), str(formatted)))
        return self._from_parsed_parts('', root if n == 1 else '',
                                       abs_parts[n:])

    def is_relative_to(self, *other):
        """Return True if the path is relative to another path or False.
        """
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    @property
    def parts(self):
        """An object providing sequence-like access to the
        components in the filesystem path."""
        return tuple(self._parts)

    def joinpath(self, *args):
        """Combine this path with one or several arguments, and return a
        new path representing either a subpath (if all arguments are relative
        paths) or a totally different path (if one of the arguments is
        anchored).
        """
        return self._make_child(args)

    def __truediv__(self, key):
        try:
            return self._make_child((key,))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_parts([key] + self._parts)
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        """The logical parent of the path."""
        drv = self._drv
        root = self._root
        parts = self._parts
        if len(parts) == 1 and (drv or root):
            return self
        return self._from_parsed_parts(drv, root, parts[:-1])

    @property
    def parents(self):
        """A sequence of this path's logical parents."""
        return _PathParents(self)

    def is_absolute(self):
        """True if the path is absolute (has both a root and, if applicable,
        a drive)."""
        return bool(self._root)

    def is_reserved(self):
        """Return True if the path contains one of the special names reserved
        by the system, if any."""
        return False

    match = _refused("PurePath.match")


class PurePosixPath(PurePath):
    """PurePath subclass for non-Windows systems."""


class PureWindowsPath(PurePath):
    """PurePath subclass for Windows systems."""

    def __new__(cls, *args):
        raise NotImplementedError("legb does not support pathlib.PureWindowsPath")


class Path(PurePath):
    """PurePath subclass that can make system calls."""

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_parts(args)


# The methods that reach the file system, refused by name.
for _name in ["absolute", "chmod", "exists", "expanduser", "glob", "group", "hardlink_to",
              "is_block_device", "is_char_device", "is_dir", "is_fifo", "is_file",
              "is_mount", "is_socket", "is_symlink", "iterdir", "lchmod", "link_to",
              "lstat", "mkdir", "open", "owner", "read_bytes", "read_text", "readlink",
              "rename", "replace", "resolve", "rglob", "rmdir", "samefile", "stat",
              "symlink_to", "touch", "unlink", "write_bytes", "write_text"]:
    setattr(Path, _name, _refused(f"pathlib.Path.{_name}"))
Path.cwd = staticmethod(_refused("pathlib.Path.cwd"))
Path.home = staticmethod(_refused("pathlib.Path.home"))
del _name


class PosixPath(Path, PurePosixPath):
    """Path subclass for non-Windows systems."""


class WindowsPath(Path, PureWindowsPath):
    """Path subclass for Windows systems."""

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("cannot instantiate %r on your system"
                                  % (cls.__name__,))
