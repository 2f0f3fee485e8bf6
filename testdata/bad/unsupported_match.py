# Bad input: a match statement.
command = "go"
match command:  # ERROR "unsupported: match"
    case "go":
        print("going")
    case _:
        print("unknown")
