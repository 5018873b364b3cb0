class S(str):
    def encode(self, *a):
        return b'X'
for f in (bytes, bytearray):
    print(f(S('ab'), 'utf-8'), f(S('é'), 'latin-1', 'strict'), f(), f(b'xy'), f(3), f([1, 2]))
    for args, kw in [((), {'encoding': 'utf-8'}), ((), {'errors': 'strict'}), ((S('a'),), {'errors': 'strict'}),
                     (('a',), {'errors': 'strict'}), ((5,), {'encoding': 'utf-8'}), ((b'a',), {'errors': 'x'}),
                     (('a',), {'encoding': 5}), (('a', 'utf-8'), {'errors': 7}), (('a', 'no-such'), {})]:
        try:
            print(f(*args, **kw))
        except Exception as e:
            print(type(e).__name__, e)
