# pathlib builds paths with `/` and takes them apart without touching the disk: name,
# stem, suffix(es), parent(s), parts, and new paths with another name or suffix.
from pathlib import Path, PurePath

base = Path("/home/user")
config = base / "projects" / "app" / "config.tar.gz"
print(repr(config), str(config))
print(config.name, config.stem, config.suffix, config.suffixes)
print(config.parent, config.parent.name, config.parts)
print([str(p) for p in config.parents], repr(config.parents), len(config.parents))
print(config.with_suffix(".zip"), config.with_name("settings.json"), config.with_stem("x"))
print(Path(".bashrc").suffix, Path(".bashrc").stem, Path("notes.").suffixes, Path("/").name)
print(Path("a//b/./c/"), Path(""), Path("a", "/b", "c"), Path("//host/share"), Path("///x"))
print(Path("a").parent, Path("/").parent, Path("../up").parts, Path("rel").is_absolute())
print(f"{config.parent}", "%s" % Path("q"), "x" / Path("y"), Path("a").joinpath("b", "c"))
print(type(PurePath("a")).__name__, type(Path("a")).__name__, Path("a") == PurePath("a"))
print(sorted([Path("b"), Path("a/c"), Path("a")]), {Path("k"): 1}[PurePath("k")])
