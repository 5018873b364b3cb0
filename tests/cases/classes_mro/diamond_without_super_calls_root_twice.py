class Root:
    def __init__(self):
        print("Root.__init__")

class A(Root):
    def __init__(self):
        print("A.__init__")
        Root.__init__(self)

class B(Root):
    def __init__(self):
        print("B.__init__")
        Root.__init__(self)

class C(A, B):
    def __init__(self):
        A.__init__(self)
        B.__init__(self)

C()
