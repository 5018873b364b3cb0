try:
    try:
        raise SystemExit("bye")
    except Exception:
        print("Exception clause never runs")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
