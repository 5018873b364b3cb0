for i in range(3):
    try:
        if i == 1:
            break
        print("try", i)
    except Exception:
        pass
    else:
        print("else", i)
    finally:
        print("finally", i)
print("after loop")
