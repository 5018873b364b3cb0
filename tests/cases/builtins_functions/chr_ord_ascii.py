# chr/ord round-trip code points; ascii() escapes everything outside ASCII.
print(chr(65), chr(0x20AC), ord("€"), ord(b"A"), ascii("café ☕ 😀"))
for call in [lambda: chr(0x110000), lambda: ord("ab"), lambda: ord(5)]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
