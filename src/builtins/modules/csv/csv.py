# legb's `csv` module, run by legb itself when a program imports it. reader and writer
# follow CPython 3.11's C implementation (Modules/_csv.c: the parser's states, the
# writer's quoting rules, the messages); DictReader and DictWriter are Lib/csv.py's line
# for line. Frames running this file do not show in tracebacks.

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "Error", "Dialect", "excel", "excel_tab", "unix_dialect", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects", "field_size_limit",
           "DictReader", "DictWriter"]

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)
_QUOTINGS = (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE)


class Error(Exception):
    pass


Error.__module__ = '_csv'


class Dialect:
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = False


class excel(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    delimiter = '\t'


class unix_dialect(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


_dialects = {'excel': excel, 'excel-tab': excel_tab, 'unix': unix_dialect}


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _Params(dialect or excel, fmtparams)


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    return list(_dialects)


def field_size_limit(*args):
    return 131072


def _char(name, value, allow_none):
    if value is None and allow_none:
        return None
    if not isinstance(value, str):
        raise TypeError(f'"{name}" must be string{" or None" if allow_none else ""}, '
                        f'not {type(value).__name__}')
    if len(value) != 1:
        raise TypeError(f'"{name}" must be a 1-character string')
    return value


class _Params:
    # The dialect a reader or writer uses: the named or given dialect, then the keyword
    # arguments, validated as _csv.c's dialect_new does.
    def __init__(self, dialect, kwargs):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        for key in kwargs:
            if key not in ('delimiter', 'quotechar', 'escapechar', 'doublequote',
                           'skipinitialspace', 'lineterminator', 'quoting', 'strict'):
                raise TypeError(f"'{key}' is an invalid keyword argument for Dialect()")

        def get(name, default):
            if name in kwargs:
                return kwargs[name]
            value = getattr(dialect, name, None)
            return default if value is None else value

        self.delimiter = _char('delimiter', get('delimiter', ','), False)
        self.doublequote = bool(get('doublequote', True))
        self.escapechar = _char('escapechar', get('escapechar', None), True)
        self.lineterminator = get('lineterminator', '\r\n')
        if not isinstance(self.lineterminator, str):
            raise TypeError(f'"lineterminator" must be a string, not '
                            f'{type(self.lineterminator).__name__}')
        self.quoting = get('quoting', QUOTE_MINIMAL)
        if self.quoting not in _QUOTINGS:
            raise TypeError('bad "quoting" value')
        self.quotechar = _char('quotechar', get('quotechar', '"'), True)
        if self.quotechar is None and self.quoting != QUOTE_NONE:
            raise TypeError('quotechar must be set if quoting enabled')
        self.skipinitialspace = bool(get('skipinitialspace', False))
        self.strict = bool(get('strict', False))


class writer:
    def __init__(self, f, dialect, kwargs):
        try:
            self._write = f.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method') from None
        self.dialect = _Params(dialect, kwargs)

    def _field(self, field, only):
        d = self.dialect
        if field is None:
            text = ''
        elif isinstance(field, str):
            text = field
        else:
            text = str(field)
        if d.quoting == QUOTE_ALL:
            quoted = True
        elif d.quoting == QUOTE_NONNUMERIC:
            quoted = not isinstance(field, (int, float, complex))
        else:
            quoted = False
        out = []
        for c in text:
            special = (c == d.delimiter or c == d.escapechar or c == d.quotechar
                       or c in d.lineterminator)
            if not special:
                out.append(c)
                continue
            want_escape = False
            if d.quoting == QUOTE_NONE:
                want_escape = True
            else:
                if c == d.quotechar:
                    if d.doublequote:
                        out.append(d.quotechar)
                    else:
                        want_escape = True
                elif c == d.escapechar:
                    want_escape = True
                if not want_escape:
                    quoted = True
            if want_escape:
                if d.escapechar is None:
                    raise Error("need to escape, but no escapechar set")
                out.append(d.escapechar)
            out.append(c)
        text = ''.join(out)
        if only and not text and d.quoting != QUOTE_ALL:
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            quoted = True
        if quoted:
            return d.quotechar + text + d.quotechar
        return text

    def writerow(self, row):
        try:
            fields = list(row)
        except TypeError:
            raise Error(f"iterable expected, not {type(row).__name__}") from None
        only = len(fields) == 1
        line = self.dialect.delimiter.join(self._field(f, only) for f in fields)
        return self._write(line + self.dialect.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD, \
    _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, \
    _AFTER_ESCAPED_CRNL = range(9)


class reader:
    def __init__(self, f, dialect, kwargs):
        self._lines = iter(f)
        self.dialect = _Params(dialect, kwargs)
        self.line_num = 0

    def __iter__(self):
        return self

    def _save_field(self):
        field = ''.join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            field = float(field)
        self._fields.append(field)

    def __next__(self):
        self._fields = []
        self._field = []
        self._numeric = False
        self._state = _START_RECORD
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data")
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s "
                            "(the file should be opened in text mode)"
                            % type(line).__name__)
            self.line_num += 1
            for c in line:
                if c == '\0':
                    raise Error("line contains NUL")
                self._process(c)
            self._process(None)
            if self._state == _START_RECORD:
                break
        return self._fields

    def _process(self, c):
        d = self.dialect
        state = self._state
        if state == _START_RECORD:
            if c is None:
                return
            if c in '\n\r':
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if c in ('\n', '\r', None):
                self._save_field()
                self._state = _START_RECORD if c is None else _EAT_CRNL
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == ' ' and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save_field()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._field.append(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if c is not None and c in '\n\r':
                self._field.append(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            if c is None:
                c = '\n'
            self._field.append(c)
            self._state = _IN_FIELD
        elif state == _AFTER_ESCAPED_CRNL:
            if c is None:
                return
            self._state = _IN_FIELD
            self._process(c)
        elif state == _IN_FIELD:
            if c in ('\n', '\r', None):
                self._save_field()
                self._state = _START_RECORD if c is None else _EAT_CRNL
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                self._field.append(c)
        elif state == _IN_QUOTED_FIELD:
            if c is None:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                if d.doublequote:
                    self._state = _QUOTE_IN_QUOTED_FIELD
                else:
                    self._state = _IN_FIELD
            else:
                self._field.append(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            if c is None:
                c = '\n'
            self._field.append(c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._field.append(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif c in ('\n', '\r', None):
                self._save_field()
                self._state = _START_RECORD if c is None else _EAT_CRNL
            elif not d.strict:
                self._field.append(c)
                self._state = _IN_FIELD
            else:
                raise Error(f"'{d.delimiter}' expected after '{d.quotechar}'")
        elif state == _EAT_CRNL:
            if c in ('\n', '\r'):
                pass
            elif c is None:
                self._state = _START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - "
                            "do you need to open the file with newline=''?")


# The C module's types are called writer and reader; so are the functions that make them.
writer.__module__ = reader.__module__ = '_csv'
_writer, _reader = writer, reader


def writer(csvfile, dialect='excel', **fmtparams):
    return _writer(csvfile, dialect, fmtparams)


def reader(csvfile, dialect='excel', **fmtparams):
    return _reader(csvfile, dialect, fmtparams)


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        self._fieldnames = fieldnames   # list of keys for the dict
        self.restkey = restkey          # key to catch long rows
        self.restval = restval          # default value for short rows
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            # Used only for its side effect.
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num

        # unlike the basic reader, we prefer not to return blanks,
        # because we will typically wind up with a dict full of None
        # values
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        self.fieldnames = fieldnames    # list of keys for the dict
        self.restval = restval          # for writing short dicts
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'"
                             % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = rowdict.keys() - self.fieldnames
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


def __getattr__(name):
    raise NotImplementedError(f"legb does not support csv.{name}")
