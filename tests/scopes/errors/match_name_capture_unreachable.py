match command:
    case name:
        pass
    case "quit":
        pass
