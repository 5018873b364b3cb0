import csv, io

data = 'a,"line one\nline two",c\r\nd,e,f\r\n'
r = csv.reader(io.StringIO(data))
for row in r:
    print(row, r.line_num)
