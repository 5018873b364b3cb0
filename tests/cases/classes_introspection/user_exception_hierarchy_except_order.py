class Base(Exception): pass
class A(Base): pass
class B(Base): pass
for exc in (A, B, Base, ValueError):
    try:
        raise exc("x")
    except A:
        print("caught A")
    except (B, ValueError) as e:
        print("caught B or ValueError:", type(e).__name__)
    except Base as e:
        print("caught Base:", type(e).__name__)
print(issubclass(A, Exception), issubclass(A, BaseException), isinstance(A(), Base))
e = A("one", "two")
print(e.args, str(e), repr(e), e.__class__.__bases__)
