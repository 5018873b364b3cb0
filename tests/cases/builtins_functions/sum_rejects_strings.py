# sum() refuses a str or bytes start value and points to join().
for start in ["", b""]:
    try:
        sum([], start)
    except TypeError as e:
        print(e)
