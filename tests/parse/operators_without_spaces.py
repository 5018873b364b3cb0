x=1+2*3-4/5
y=a<b>c<=d>=e==f!=g
z=a<<b>>c&d|e^f
w=-a**-b
v=a//b%c@d
a+=1;b-=2;c*=3
f=lambda:0
g=x if(y)else(z)
h=[1,2,3][::-1]
i={1:2,**d}
