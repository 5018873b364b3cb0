import csv

print(list(csv.reader(['1,"a",2.5,"3"'], quoting=csv.QUOTE_NONNUMERIC)))
