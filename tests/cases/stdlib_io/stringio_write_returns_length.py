import io

buf = io.StringIO()
print(buf.write("hello"), buf.write(" world"))
print(buf.getvalue(), buf.tell())
