a < b
a < b <= c
a == b != c
a > b >= c < d
1 < x < 10
a < b == c > d <= e >= f != g
(a < b) < c
