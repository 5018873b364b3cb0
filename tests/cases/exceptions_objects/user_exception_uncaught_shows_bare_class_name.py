class ParseError(ValueError):
    pass

raise ParseError("unexpected token")
