import os
import os.path
import os.path as osp
import a, b.c, d as e
from os import path
from os import path as p, sep
from os import (path, sep,)
from os import (
    path as p,
    sep,
)
from os import *
from a.b.c import d
