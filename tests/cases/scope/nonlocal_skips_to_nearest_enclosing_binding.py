def a():
    x = "a"
    def b():
        def c():
            nonlocal x
            x = "set by c"
        c()
        print("b sees", x)
    b()
    print("a sees", x)

a()
