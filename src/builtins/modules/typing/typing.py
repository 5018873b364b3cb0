# legb's `typing` module, run by legb itself when a program imports it. It gives what
# annotations use (List[int], Optional[str], Callable[..., T], TypeVar, NamedTuple,
# Generic, cast, get_origin/get_args) with CPython 3.11's reprs, equality and messages,
# after Lib/typing.py, without its metaclass machinery: subscripting builds aliases that
# print as CPython's do. Frames running this file do not show in tracebacks.

import collections

__all__ = ['Any', 'Callable', 'ClassVar', 'Final', 'Generic', 'Literal', 'Optional',
           'Protocol', 'Tuple', 'Type', 'TypeVar', 'Union', 'Dict', 'List', 'Set',
           'FrozenSet', 'DefaultDict', 'Deque', 'Counter', 'OrderedDict', 'Iterable',
           'Iterator', 'Generator', 'Sequence', 'MutableSequence', 'Mapping',
           'MutableMapping', 'AbstractSet', 'MutableSet', 'Collection', 'Container',
           'Hashable', 'Sized', 'Reversible', 'NamedTuple', 'TypedDict', 'NoReturn', 'cast',
           'get_args', 'get_origin', 'TYPE_CHECKING', 'overload', 'final', 'no_type_check']

TYPE_CHECKING = False

_FunctionType = type(lambda: None)


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, _FunctionType):
        return obj.__name__
    return repr(obj)


def _type_convert(arg):
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _refuse(what):
    raise NotImplementedError(f"legb does not support {what}")


class ForwardRef:
    def __init__(self, arg):
        self.__forward_arg__ = arg

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'


class _UnionOps:
    # `X | Y` of typing objects is Union[X, Y].
    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class TypeVar(_UnionOps):
    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__constraints__ = tuple(_type_convert(t) for t in constraints)
        self.__bound__ = None if bound is None else _type_convert(bound)
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__


class _SpecialForm(_UnionOps):
    # Any, NoReturn, ClassVar, Final, Literal, Union, Optional.
    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._getitem(self, parameters)

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")


class _AnyForm(_SpecialForm):
    def __call__(self, *args, **kwds):
        raise TypeError("Any cannot be instantiated")


def _alias_call(self, *args, **kwargs):
    # List[int]() and List() as CPython's aliases answer them.
    if self._name in _NOT_INSTANTIABLE:
        raise TypeError(f"Type {self._name} cannot be instantiated; "
                        f"use {self.__origin__.__name__.lower()}() instead")
    return self.__origin__(*args, **kwargs)


class _GenericAlias(_UnionOps):
    # List[int], Dict[str, int], Callable[[int], str], ClassVar[int], S[int] for a
    # user's Generic class S.
    def __init__(self, origin, args, name=None, module='typing'):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name
        self._module = module

    def _head(self):
        if self._name is not None:
            return f'{self._module}.{self._name}'
        return _type_repr(self.__origin__)

    def __repr__(self):
        if not self.__args__:
            return f'{self._head()}[()]'
        return f"{self._head()}[{', '.join(_type_repr(a) for a in self.__args__)}]"

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias) or isinstance(other, _UnionGenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    __call__ = _alias_call

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")


class _CallableGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return f'{self._head()}[..., {_type_repr(args[1])}]'
        params = ', '.join(_type_repr(a) for a in args[:-1])
        return f'{self._head()}[[{params}], {_type_repr(args[-1])}]'


class _UnionGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is type(None):
                return f'typing.Optional[{_type_repr(args[1])}]'
            if args[1] is type(None):
                return f'typing.Optional[{_type_repr(args[0])}]'
        return f"typing.Union[{', '.join(_type_repr(a) for a in args)}]"

    def __eq__(self, other):
        if not isinstance(other, _UnionGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")


_NOT_INSTANTIABLE = {'List', 'Dict', 'Set', 'FrozenSet', 'Tuple', 'Type'}


class _SpecialGenericAlias(_UnionOps):
    # List, Dict, Iterable, ... unsubscripted: `nparams` arguments make a _GenericAlias.
    def __init__(self, origin, nparams, name, check=None):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name
        self._check = check

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_convert(p) for p in params)
        if len(params) != self._nparams:
            many = 'many' if len(params) > self._nparams else 'few'
            raise TypeError(f"Too {many} arguments for {self}; actual {len(params)}, "
                            f"expected {self._nparams}")
        return _GenericAlias(self.__origin__, params, self._name)

    __call__ = _alias_call

    def __mro_entries__(self, bases):
        if self._check is not None:
            _refuse(f"subclassing {self}")
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        if self._check is None:
            return issubclass(cls, self.__origin__)
        if self._check is _refuse:
            _refuse(f"isinstance() and issubclass() with {self}")
        return self._check(cls)


class _TupleAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), 'Tuple')
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(tuple, tuple(_type_convert(p) for p in params), 'Tuple')


class _CallableAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if args is ...:
            flat = (..., _type_convert(result))
        elif isinstance(args, list):
            flat = tuple(_type_convert(a) for a in args) + (_type_convert(result),)
        else:
            raise TypeError(f"Callable[args, result]: args must be a list. Got {args!r:.100}.")
        return _CallableGenericAlias(self.__origin__, flat, 'Callable')


def _has(*names):
    def check(cls):
        return all(any(n in c.__dict__ for c in cls.__mro__) for n in names)
    return check


class _AbcOrigin:
    # Stands for the collections.abc class legb does not have.
    def __init__(self, name):
        self.__name__ = self.__qualname__ = name
        self.__module__ = 'collections.abc'

    def __repr__(self):
        return f"<class 'collections.abc.{self.__name__}'>"

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Can't instantiate abstract class {self.__name__}")


def _abc(name, nparams, check=_refuse):
    return _SpecialGenericAlias(_AbcOrigin(name), nparams, name, check)


List = _SpecialGenericAlias(list, 1, 'List')
Dict = _SpecialGenericAlias(dict, 2, 'Dict')
Set = _SpecialGenericAlias(set, 1, 'Set')
FrozenSet = _SpecialGenericAlias(frozenset, 1, 'FrozenSet')
Type = _SpecialGenericAlias(type, 1, 'Type')
Deque = _SpecialGenericAlias(collections.deque, 1, 'Deque')
DefaultDict = _SpecialGenericAlias(collections.defaultdict, 2, 'DefaultDict')
OrderedDict = _SpecialGenericAlias(collections.OrderedDict, 2, 'OrderedDict')
Counter = _SpecialGenericAlias(collections.Counter, 1, 'Counter')
Tuple = _TupleAlias(tuple, -1, 'Tuple')
Callable = _CallableAlias(_AbcOrigin('Callable'), 2, 'Callable', _has('__call__'))
Iterable = _abc('Iterable', 1, _has('__iter__'))
Iterator = _abc('Iterator', 1, _has('__iter__', '__next__'))
Hashable = _abc('Hashable', 0)
Sized = _abc('Sized', 0, _has('__len__'))
Container = _abc('Container', 1, _has('__contains__'))
Collection = _abc('Collection', 1, _has('__len__', '__iter__', '__contains__'))
Reversible = _abc('Reversible', 1, _has('__reversed__', '__iter__'))
Generator = _abc('Generator', 3)
Sequence = _abc('Sequence', 1)
MutableSequence = _abc('MutableSequence', 1)
Mapping = _abc('Mapping', 2)
MutableMapping = _abc('MutableMapping', 2)
AbstractSet = _abc('AbstractSet', 1)
MutableSet = _abc('MutableSet', 1)


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    params = []
    for p in parameters:
        p = _type_convert(p)
        members = p.__args__ if isinstance(p, (_UnionGenericAlias, type(int | str))) else (p,)
        for m in members:
            if m not in params:
                params.append(m)
    if len(params) == 1:
        return params[0]
    return _UnionGenericAlias(Union, tuple(params))


def _optional_getitem(self, parameters):
    if isinstance(parameters, tuple):
        raise TypeError(f"{self} requires a single type. Got {parameters!r:.100}.")
    return Union[parameters, None]


def _one_type(self, parameters):
    if isinstance(parameters, tuple):
        raise TypeError(f"{self} accepts only single type. Got {parameters!r:.100}.")
    return _GenericAlias(self, (_type_convert(parameters),), self._name)


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, parameters, 'Literal')


Any = _AnyForm('Any')
NoReturn = _SpecialForm('NoReturn')
Union = _SpecialForm('Union', _union_getitem)
Optional = _SpecialForm('Optional', _optional_getitem)
ClassVar = _SpecialForm('ClassVar', _one_type)
Final = _SpecialForm('Final', _one_type)
Literal = _SpecialForm('Literal', _literal_getitem)


class Generic:
    """Abstract base class for generic types."""

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_convert(p) for p in params)
        if cls is Generic or cls is Protocol:
            return _GenericAlias(cls, params, cls.__name__)
        return _GenericAlias(cls, params)


class Protocol(Generic):
    pass


class TypedDict(dict):
    # legb: without metaclasses a TypedDict class is a dict subclass whose call builds a
    # plain dict, as CPython's does; its annotations gather those of its bases.
    def __new__(cls, *args, **kwargs):
        if cls is TypedDict:
            return _typeddict_functional(*args, **kwargs)
        return dict(*args, **kwargs)

    def __init_subclass__(cls, /, total=True, **kwargs):
        super().__init_subclass__(**kwargs)
        own = cls.__dict__.get('__annotations__', {})
        annotations = {}
        required = set()
        optional = set()
        for base in cls.__bases__:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        annotations.update(own)
        (required if total else optional).update(own)
        cls.__annotations__ = annotations
        cls.__required_keys__ = frozenset(required)
        cls.__optional_keys__ = frozenset(optional)
        cls.__total__ = total


def _typeddict_functional(typename, fields=None, /, *, total=True):
    if fields is None:
        fields = {}
    ns = {'__annotations__': dict(fields), '__module__': '__main__'}
    td = type(typename, (TypedDict,), ns)
    if not total:
        td.__required_keys__ = frozenset()
        td.__optional_keys__ = frozenset(td.__annotations__)
        td.__total__ = False
    return td


def cast(typ, val):
    """Cast a value to a type (at runtime this does nothing)."""
    return val


_BuiltinGenericAlias = type(list[int])
_BuiltinUnionType = type(int | str)


def get_origin(tp):
    if isinstance(tp, (_GenericAlias, _BuiltinGenericAlias)):
        return tp.__origin__
    if isinstance(tp, _BuiltinUnionType):
        return _BuiltinUnionType
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, _CallableGenericAlias):
        args = tp.__args__
        if args[0] is not ...:
            return (list(args[:-1]), args[-1])
        return args
    if isinstance(tp, (_GenericAlias, _BuiltinGenericAlias, _BuiltinUnionType)):
        return tp.__args__
    return ()


def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            "You should not call an overloaded function. "
            "A series of @typing.overload-decorated functions "
            "outside a stub module should always be followed "
            "by an implementation that is not @typing.overload-decorated.")
    return _overload_dummy


def final(f):
    return f


def no_type_check(arg):
    return arg


class _NamedTuple(tuple):
    # `class P(NamedTuple)`: NamedTuple's __mro_entries__ makes this the base, and the
    # subclass gets the methods of collections.namedtuple built from its annotations.
    __slots__ = ()

    def __init_subclass__(cls, **kwargs):
        ns = cls.__dict__
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nt = collections.namedtuple(cls.__name__, list(types),
                                    defaults=[ns[n] for n in default_names],
                                    module=cls.__module__)
        for key, value in nt.__dict__.items():
            if key in ('__doc__', '__module__', '__dict__', '__weakref__', '__slots__'):
                continue
            if key in ns and key not in types:
                continue
            setattr(cls, key, value)
        cls.__annotations__ = dict(types)


def NamedTuple(typename, fields=None, /, **kwargs):
    if fields is None:
        fields = kwargs.items()
    return collections.namedtuple(typename, [n for n, t in fields])


NamedTuple.__mro_entries__ = lambda bases: (_NamedTuple,)
