try:
    pass
except:
    pass
try:
    pass
except E:
    pass
except E as e:
    pass
except (A, B):
    pass
except (A, B) as e:
    pass
except A.B as e:
    pass
except f() as e:
    pass
except A or B:
    pass
