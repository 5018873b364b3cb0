import csv, io

rows = [["id", "text"], [1, 'he said "ok"'], [2, "a,b"], [3, "multi\nline"]]
buf = io.StringIO()
csv.writer(buf).writerows(rows)
buf.seek(0)
back = list(csv.reader(buf))
print(back)
print(back[1:] == [[str(a), b] for a, b in rows[1:]])
