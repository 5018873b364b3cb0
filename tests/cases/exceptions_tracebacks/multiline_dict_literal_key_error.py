settings = {
    "debug": True,
}
mode = (
    settings["mode"]
    if settings["debug"]
    else "prod"
)
