import os.path
import collections.abc as cabc
from functools import reduce as fold, partial


def helpers():
    import json
    import xml.dom.minidom
    from itertools import chain as c
    return json, xml, c, os, cabc, fold, partial
