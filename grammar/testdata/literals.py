# Numbers and strings.
i = 0, 1, 42, 1_000_000, 0x_ff, 0XFF, 0o17, 0O7_7, 0b101, 0B1_0, 00, 0_0
big = 123456789012345678901234567890, 0xFFFFFFFFFFFFFFFFFFFFFFFF, 2 ** 100
fl = 1.0, 1., .5, 1e10, 1E-5, 1_0.5_0, 3.14159, 1e100, 1e-100, 0.1, 1e16, 1e15, 123456789.0, 1e308, 1e999, 0e0
cx = 1j, 2.5J, 1e3j, 0j, 10_0j
s = 'single', "double", '''triple''', """triple double"""
r = r'\n\d', R"\t", rb'\x00', Rb'a', bR'b', BR"c", br'd', rB'e'
u = u'unicode', U"U"
b = b'bytes', B"BYTES", b'\x00\xff\n\t\\', b''
e = '\n\t\r\\\'\"\a\b\f\v\0\01\012\x41\u00e9\U0001F600'
o = '\777', '\q', '\d'
cont = 'a\
b'
nl = '''line1
line2
	tab'''
cat = 'a' 'b' "c" '''d'''
bcat = b'a' b'b'
uni = 'héllo wörld ✓ 😀', "日本語"
empty = '', "", '''''', """"""
quotes = "it's", 'say "hi"', '''a'b"c''', """a"b'c"""
esc = '\\n', r'\'', r"\""
x = ('implicit'
     'concatenation'
     f'{a}')
s = "\ud800\udc00\udfff"
