handler = lambda event, event: event
