import threading

results = []
t = threading.Thread(target=lambda: results.append(1))
t.start()
t.join()
print(results)
