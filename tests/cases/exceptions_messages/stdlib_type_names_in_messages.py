# Messages name a standard-library type by tp_name: module-qualified for the C types
# (itertools.count, collections.deque, _io.StringIO), bare for classes written in Python.
import functools, itertools, operator, json, string, random, copy, abc, collections, dataclasses, io, csv, datetime, contextlib, typing
objs = [functools.cached_property(len), functools.partial(len), functools.lru_cache(len), functools.cmp_to_key(len)(1),
        itertools.count(), itertools.chain(), operator.itemgetter(1), operator.attrgetter("a"), operator.methodcaller("a"),
        json.JSONEncoder(), string.Template(""), random.Random(1), abc.ABC, collections.Counter(), collections.deque(),
        dataclasses.field(), io.StringIO(), datetime.date(2020, 1, 1), datetime.timedelta(1), contextlib.suppress(), contextlib.nullcontext(),
        typing.TypeVar("T"), csv.excel(), string.Formatter if False else 1]
for o in objs:
    try:
        o + 1
    except TypeError as e:
        print(e)
