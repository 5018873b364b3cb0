def f(jobs):
    return [await job for job in jobs]
