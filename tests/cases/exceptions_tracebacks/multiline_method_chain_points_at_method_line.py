text = None
result = (text
          .strip()
          .lower())
