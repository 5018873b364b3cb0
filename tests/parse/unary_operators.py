+a
-a
~a
not a
- - a
not -a
-(not a)
~~a
