{}
{1: 2}
{'a': 1, 'b': 2,}
{**a}
{**a, 'b': 1, **c}
{1}
{1, 2,}
{(1, 2): [3]}
{a: b for a, b in c}
{
    'key': 'value',
    'other': {'nested': True},
}
