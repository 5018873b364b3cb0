class Player:
    count = 0
    history = []

    def play(self, move):
        self.count += 1
        self.history.append(move)

a = Player()
b = Player()
a.play("e4")
a.play("d4")
b.play("c5")
print(a.count, b.count, Player.count)
print(a.history is b.history is Player.history)
print(Player.history)
print(sorted(vars(a)), sorted(vars(b)))
Player.count = 100
c = Player()
print(a.count, c.count)
del a.count
print(a.count)
