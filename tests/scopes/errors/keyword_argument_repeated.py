print(sep="", end="", sep=" ")
