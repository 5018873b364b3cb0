prix = {"café": 2, "thé": 1}
total = prix["café"] + prix["chocolat"]
