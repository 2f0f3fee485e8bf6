if x:
	pass
	if y:
		z = 1

def f():
    # comment

    return 1  # trailing
        

	
class A:
  x = 1
  def m(self):
      return (1,
  2,
        3)
x = [
  1,
# comment in brackets

  2]
y = {
}
z = 1 \
  + \
  2
w = 3
if a:
    if b:
        if c:
            pass
v = 1;
