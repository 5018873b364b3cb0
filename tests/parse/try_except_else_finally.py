try:
    pass
except:
    pass
try:
    pass
except ValueError:
    pass
except (TypeError, KeyError) as e:
    pass
except Exception as e:
    raise
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
try:
    x
except A:
    pass
else:
    y
