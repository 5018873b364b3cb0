for word in ["a", "abc", "abcdef"]:
    print(f"[{word:<5}] [{word:>5}] [{word:^5}] [{word:.^6}]")
w = 8
print(f"[{'dyn':>{w}}]")
print(f"[{'cut':.2}]")
print(f"{'{'}{'}'} {{literal}}")
print(f"{'nested ' + f'{1 + 1}'}")
