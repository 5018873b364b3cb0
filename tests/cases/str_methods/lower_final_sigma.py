# A capital sigma lowers to the final form at the end of a word.
print("ΟΔΟΣ".lower(), "ΣΑΣ ΣΑΣ".lower(), "Σ".lower(), "ΑΣ'Σ".lower(), "ΑΣ.".lower(), "ΑΣΑ".lower())
print("ΟΔΟΣ".title(), "ΟΔΟΣ".capitalize(), "οδοσ".upper())
