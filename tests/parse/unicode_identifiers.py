café = 1
naïve = café + 1
日本 = '日本'
π = 3.14159
Δx = 1
ﬁle = 2
ℌ = 3
xⁱ = 4
𝔘𝔫𝔦 = 5
print(café, naïve, 日本, π, Δx, file, H, xi)
def grüßen(näme):
    return f'Hallo {näme}'
class Ωmega:
    λ = lambda α: α
