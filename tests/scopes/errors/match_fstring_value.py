match text:
    case f"hello":
        pass
