# relative_to strips a leading path or raises ValueError; invalid names and suffixes, a
# path of the wrong type and comparing with a str are errors too.
from pathlib import Path

p = Path("/srv/www/site/index.html")
print(p.relative_to("/srv"), p.relative_to("/srv", "www"), p.is_relative_to("/etc"))
for call in [
    lambda: p.relative_to("/etc"),
    lambda: Path("rel").relative_to("/abs"),
    lambda: Path("/").with_name("x"),
    lambda: p.with_suffix("html"),
    lambda: p.with_name("a/b"),
    lambda: Path(5),
    lambda: p / 5,
    lambda: p < "/srv",
    lambda: p.parents[10],
]:
    try:
        call()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
