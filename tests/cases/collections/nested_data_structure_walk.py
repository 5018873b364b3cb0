data = {
    "team": "core",
    "members": [
        {"name": "ann", "skills": ["py", "rust"]},
        {"name": "bo", "skills": []},
    ],
}
for m in data["members"]:
    print(m["name"], len(m["skills"]), ",".join(m["skills"]) or "-")
data["members"][1]["skills"].append("go")
print(data)
print(sum(len(m["skills"]) for m in data["members"]))
